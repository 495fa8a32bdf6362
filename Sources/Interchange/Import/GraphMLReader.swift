/// Reads GraphML as NetworkX, igraph, Gephi, yEd and ActorGraph write it: `<key>`s, `<node>`s, `<edge>`s.
///
/// Source: GraphML Primer, http://graphml.graphdrawing.org/primer/graphml-primer.html
///
/// Data values are taken by their key's `attr.name` (or the key id when it has none), with the key's
/// `<default>` where a node or edge leaves one out. Only the first `<graph>` is read; nested graphs,
/// hyperedges and ports are refused rather than silently dropped.
enum GraphMLReader {
    static func read(_ root: XMLElement, file: String) throws(ImportError) -> RawGraph {
        guard root.name == "graphml" else {
            throw .notAGraph(file: file, message: "not GraphML: the root element is <\(root.name)>, not <graphml>")
        }
        var names: [String: String] = [:]
        var defaults: [String: [String: String]] = ["node": [:], "edge": [:]]
        for key in root.children("key") {
            guard let id = key.attributes["id"] else {
                throw .invalidElement(file: file, line: key.line, element: "<key>", message: "the key has no id")
            }
            let name = key.attributes["attr.name"] ?? id
            names[id] = name
            if let value = key.child("default")?.text {
                let domain = key.attributes["for"] ?? "all"
                for target in domain == "all" ? ["node", "edge"] : [domain] {
                    defaults[target, default: [:]][name] = value
                }
            }
        }
        guard let graph = root.child("graph") else {
            throw .notAGraph(file: file, message: "no <graph> element inside <graphml>")
        }
        var raw = RawGraph(file: file)
        for child in graph.children {
            switch child.name {
            case "node":
                let id = child.attributes["id"]
                if child.child("graph") != nil {
                    throw .invalidElement(
                        file: file, line: child.line, element: "node '\(id ?? "")'",
                        message: "nested graphs are not supported; flatten the graph first")
                }
                raw.nodes.append(
                    RawElement(
                        element: "node '\(id ?? "")'", line: child.line, id: id,
                        attributes: data(child, names: names, defaults: defaults["node"] ?? [:])))
            case "edge":
                let id = child.attributes["id"]
                raw.edges.append(
                    RawElement(
                        element: id.map { "edge '\($0)'" } ?? "edge", line: child.line, id: id,
                        attributes: data(child, names: names, defaults: defaults["edge"] ?? [:]),
                        source: child.attributes["source"], target: child.attributes["target"]))
            case "hyperedge":
                throw .invalidElement(
                    file: file, line: child.line, element: "<hyperedge>",
                    message: "hyperedges are not supported; write each connection as an edge")
            default:
                continue
            }
        }
        return raw
    }

    private static func data(
        _ element: XMLElement, names: [String: String], defaults: [String: String]
    ) -> [String: String] {
        var values = defaults
        for item in element.children("data") {
            guard let key = item.attributes["key"] else { continue }
            values[names[key] ?? key] = item.text
        }
        return values
    }
}

/// Reads GEXF 1.1 to 1.3 as Gephi, NetworkX and ActorGraph write it.
///
/// Source: GEXF 1.3 specification, https://gexf.net/schema.html
///
/// Attribute values are taken by their declared `title` (the `id` when it has none), with declared
/// `<default>`s; the node `label` is the name; the edge's `kind` or `label` can carry the relation type.
enum GEXFReader {
    static func read(_ root: XMLElement, file: String) throws(ImportError) -> RawGraph {
        guard root.name == "gexf" else {
            throw .notAGraph(file: file, message: "not GEXF: the root element is <\(root.name)>, not <gexf>")
        }
        guard let graph = root.child("graph") else {
            throw .notAGraph(file: file, message: "no <graph> element inside <gexf>")
        }
        var titles: [String: [String: String]] = ["node": [:], "edge": [:]]
        var defaults: [String: [String: String]] = ["node": [:], "edge": [:]]
        for declaration in graph.children("attributes") {
            let domain = declaration.attributes["class"] ?? "node"
            for attribute in declaration.children("attribute") {
                guard let id = attribute.attributes["id"] else { continue }
                let title = attribute.attributes["title"] ?? id
                titles[domain, default: [:]][id] = title
                if let value = attribute.child("default")?.text { defaults[domain, default: [:]][title] = value }
            }
        }
        var raw = RawGraph(file: file)
        for node in graph.child("nodes")?.children("node") ?? [] {
            let id = node.attributes["id"]
            var attributes = values(node, titles: titles["node"] ?? [:], defaults: defaults["node"] ?? [:])
            if let label = node.attributes["label"] { attributes["label"] = label }
            raw.nodes.append(RawElement(element: "node '\(id ?? "")'", line: node.line, id: id, attributes: attributes))
        }
        for edge in graph.child("edges")?.children("edge") ?? [] {
            let id = edge.attributes["id"]
            var attributes = values(edge, titles: titles["edge"] ?? [:], defaults: defaults["edge"] ?? [:])
            for key in ["label", "kind", "weight"] { if let value = edge.attributes[key] { attributes[key] = value } }
            raw.edges.append(
                RawElement(
                    element: id.map { "edge '\($0)'" } ?? "edge", line: edge.line, id: id, attributes: attributes,
                    source: edge.attributes["source"], target: edge.attributes["target"]))
        }
        return raw
    }

    private static func values(
        _ element: XMLElement, titles: [String: String], defaults: [String: String]
    ) -> [String: String] {
        var values = defaults
        for value in element.child("attvalues")?.children("attvalue") ?? [] {
            guard let key = value.attributes["for"] ?? value.attributes["id"] else { continue }
            values[titles[key] ?? key] = value.attributes["value"] ?? ""
        }
        return values
    }
}
