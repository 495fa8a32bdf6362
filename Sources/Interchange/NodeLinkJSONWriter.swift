import ActorGraphCore

/// Writes NetworkX node-link JSON, which `networkx.node_link_graph(data)` loads as a `MultiDiGraph`.
///
/// Source: NetworkX 3.6 `networkx.readwrite.json_graph.node_link_data`
///
/// The edge list is written twice, under `"edges"` (the key `node_link_graph` reads since NetworkX 3.4)
/// and under `"links"` (the key of NetworkX 2.x up to 3.3), so every release loads the file unedited;
/// each reader ignores the other key. Node `id`s are the same `n<id>` strings as in GraphML and GEXF;
/// `source` and `target` refer to them, and each edge's `key` is its edge id, so the multigraph keys
/// match GraphML's. Keys are sorted and indented by two spaces, as Python's
/// `json.dumps(data, indent=2, sort_keys=True)` writes them.
enum NodeLinkJSONWriter {
    static func write(_ graph: ExportGraph) -> String {
        let nodes: [JSONValue] = graph.nodes.map { node in
            let entity = node.entity
            return .object([
                "id": .string(node.id),
                "name": .string(entity.name),
                "type": .string(entity.type.rawValue),
                "subtype": entity.subtype.map { .string($0.rawValue) } ?? .null,
                "aliases": .array(entity.aliases.map(JSONValue.string)),
                "mentions": .number(String(entity.mentions)),
            ])
        }
        let edges: [JSONValue] = graph.edges.map { edge in
            let relation = edge.relation
            return .object([
                "key": .string(edge.id),
                "provenance": .string(edge.provenance.rawValue),
                "source": .string(edge.sourceID),
                "target": .string(edge.targetID),
                "type": .string(relation.type.rawValue),
                "polarity": .string(relation.type.polarity.rawValue),
                "symmetric": .bool(relation.type.isSymmetric),
                "weight": .number(String(relation.weight)),
                "confidence": .number(relation.confidence.exportText),
                "evidence": .array(
                    relation.evidence.map { evidence in
                        var fields: [String: JSONValue] = [
                            "document": .string(evidence.document),
                            "sentence": .string(evidence.sentence),
                            "start": .number(String(evidence.start)),
                            "end": .number(String(evidence.end)),
                        ]
                        // The document's citation, its known fields only.
                        if let source = evidence.source, source.hasMetadata {
                            var cited: [String: JSONValue] = [:]
                            for (key, value) in [
                                ("title", source.title), ("outlet", source.outlet), ("author", source.author),
                                ("published", source.published), ("url", source.url),
                            ] {
                                if let value { cited[key] = .string(value) }
                            }
                            fields["source"] = .object(cited)
                        }
                        return .object(fields)
                    }),
            ])
        }
        let document = JSONValue.object([
            "directed": .bool(true),
            "multigraph": .bool(true),
            "graph": .object([:]),
            "nodes": .array(nodes),
            "edges": .array(edges),
            "links": .array(edges),
        ])
        var out = ""
        document.write(to: &out, indent: "")
        return out + "\n"
    }
}

/// A JSON document written with sorted keys; numbers are kept as their already-formatted text.
private indirect enum JSONValue {
    case null
    case bool(Bool)
    case number(String)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    func write(to out: inout String, indent: String) {
        let inner = indent + "  "
        switch self {
        case .null: out += "null"
        case .bool(let value): out += value ? "true" : "false"
        case .number(let text): out += text
        case .string(let text): out += text.jsonQuoted
        case .array(let items):
            guard !items.isEmpty else { return out += "[]" }
            out += "[\n"
            for (index, item) in items.enumerated() {
                out += inner
                item.write(to: &out, indent: inner)
                out += index == items.count - 1 ? "\n" : ",\n"
            }
            out += indent + "]"
        case .object(let members):
            guard !members.isEmpty else { return out += "{}" }
            out += "{\n"
            // Sorted by UTF-8 bytes, not String's Unicode order, so the order is plain and portable.
            let keys = members.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
            for (index, key) in keys.enumerated() {
                out += inner + key.jsonQuoted + ": "
                members[key]?.write(to: &out, indent: inner)
                out += index == keys.count - 1 ? "\n" : ",\n"
            }
            out += indent + "}"
        }
    }
}
