import ActorGraphCore

/// Writes GraphML, as NetworkX `read_graphml`, Gephi and yEd read it.
///
/// Source: GraphML Primer, http://graphml.graphdrawing.org/primer/graphml-primer.html
///
/// The graph is directed (`edgedefault="directed"`). `cooperates_with` is symmetric but stored once,
/// so it is written once with `symmetric` = `true` rather than with `directed="false"`, which NetworkX
/// rejects inside a directed graph. Nodes and edges carry a `label` (the name, the relation type) beside
/// `name` and `type`, since Gephi and yEd show `label`.
enum GraphMLWriter {
    private struct Key {
        var id: String
        var domain: String
        var name: String
        var type: String
    }

    private static let keys: [Key] =
        [
            Key(id: "node_name", domain: "node", name: "name", type: "string"),
            Key(id: "node_label", domain: "node", name: "label", type: "string"),
            Key(id: "node_type", domain: "node", name: "type", type: "string"),
            Key(id: "node_subtype", domain: "node", name: "subtype", type: "string"),
            Key(id: "node_aliases", domain: "node", name: "aliases", type: "string"),
            Key(id: "node_mentions", domain: "node", name: "mentions", type: "int"),
            Key(id: "edge_type", domain: "edge", name: "type", type: "string"),
            Key(id: "edge_label", domain: "edge", name: "label", type: "string"),
            Key(id: "edge_polarity", domain: "edge", name: "polarity", type: "string"),
            Key(id: "edge_symmetric", domain: "edge", name: "symmetric", type: "boolean"),
            Key(id: "edge_weight", domain: "edge", name: "weight", type: "int"),
            Key(id: "edge_confidence", domain: "edge", name: "confidence", type: "double"),
            Key(id: "edge_provenance", domain: "edge", name: "provenance", type: "string"),
            Key(id: "edge_evidence", domain: "edge", name: "evidence", type: "string"),
            Key(id: "edge_document", domain: "edge", name: "document", type: "string"),
        ] + ExportGraph.Edge.citedSourceNames.map { Key(id: "edge_" + $0, domain: "edge", name: $0, type: "string") }

    static func write(_ graph: ExportGraph) -> String {
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns" \
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
            xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns \
            http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">

            """
        for key in keys {
            out += "  <key id=\"\(key.id)\" for=\"\(key.domain)\" attr.name=\"\(key.name)\" "
            out += "attr.type=\"\(key.type)\"/>\n"
        }
        out += "  <graph id=\"ActorGraph\" edgedefault=\"directed\">\n"
        for node in graph.nodes {
            let entity = node.entity
            out += "    <node id=\"\(node.id)\">\n"
            out += data("node_name", entity.name)
            out += data("node_label", entity.name)
            out += data("node_type", entity.type.rawValue)
            if let subtype = entity.subtype { out += data("node_subtype", subtype.rawValue) }
            if !entity.aliases.isEmpty { out += data("node_aliases", entity.joinedAliases) }
            out += data("node_mentions", String(entity.mentions))
            out += "    </node>\n"
        }
        for edge in graph.edges {
            let relation = edge.relation
            out += "    <edge id=\"\(edge.id)\" source=\"\(edge.sourceID)\" target=\"\(edge.targetID)\">\n"
            out += data("edge_type", relation.type.rawValue)
            out += data("edge_label", relation.type.rawValue)
            out += data("edge_polarity", relation.type.polarity.rawValue)
            out += data("edge_symmetric", relation.type.isSymmetric ? "true" : "false")
            out += data("edge_weight", String(relation.weight))
            out += data("edge_confidence", relation.confidence.exportText)
            out += data("edge_provenance", edge.provenance.rawValue)
            if let best = edge.bestEvidence {
                out += data("edge_evidence", best.sentence)
                out += data("edge_document", best.document)
            }
            for (name, value) in edge.citedSource where !value.isEmpty { out += data("edge_" + name, value) }
            out += "    </edge>\n"
        }
        out += "  </graph>\n</graphml>\n"
        return out
    }

    private static func data(_ key: String, _ value: String) -> String {
        "      <data key=\"\(key)\">\(value.xmlEscaped)</data>\n"
    }
}
