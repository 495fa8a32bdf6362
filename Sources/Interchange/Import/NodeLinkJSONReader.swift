/// Reads NetworkX node-link JSON: `nodes` with `id`s, and edges under `edges` (NetworkX 3.4+) or `links`.
///
/// Source: NetworkX 3.6 `networkx.readwrite.json_graph.node_link_graph`
///
/// Scalar members become attributes; an `evidence` array of `{sentence, document}` objects (as
/// ActorGraph writes it) is read in full, and a `aliases` array is joined.
enum NodeLinkJSONReader {
    static func read(_ root: JSONNode, file: String) throws(ImportError) -> RawGraph {
        guard case .object = root else {
            throw .notAGraph(file: file, message: "not node-link JSON: the top level is not an object")
        }
        guard case .array(let nodes, _)? = root["nodes"] else {
            throw .notAGraph(file: file, message: "not node-link JSON: no \"nodes\" array")
        }
        let edgeList = root["edges"] ?? root["links"]
        var edges: [JSONNode] = []
        if let edgeList {
            guard case .array(let items, _) = edgeList else {
                throw .notAGraph(file: file, message: "\"edges\" is not an array")
            }
            edges = items
        }
        var raw = RawGraph(file: file)
        for (index, node) in nodes.enumerated() {
            let line = node.line ?? 1
            guard case .object(let members, _) = node else {
                throw .invalidElement(file: file, line: line, element: "node \(index + 1)", message: "not an object")
            }
            let id = node["id"]?.text
            raw.nodes.append(
                RawElement(
                    element: "node '\(id ?? String(index + 1))'", line: line, id: id,
                    attributes: scalars(members, skipping: ["id"])))
        }
        for (index, edge) in edges.enumerated() {
            let line = edge.line ?? 1
            let element = edge["key"]?.text.map { "edge '\($0)'" } ?? "edge \(index + 1)"
            guard case .object(let members, _) = edge else {
                throw .invalidElement(file: file, line: line, element: element, message: "not an object")
            }
            var sentences: [(sentence: String, document: String?)]?
            if case .array(let items, _)? = edge["evidence"] {
                sentences = items.compactMap { item in
                    guard let sentence = item["sentence"]?.text else { return nil }
                    return (sentence, item["document"]?.text)
                }
            }
            raw.edges.append(
                RawElement(
                    element: element, line: line, id: edge["key"]?.text,
                    attributes: scalars(members, skipping: ["source", "target", "key"]), sentences: sentences,
                    source: edge["source"]?.text, target: edge["target"]?.text))
        }
        return raw
    }

    private static func scalars(_ members: [(key: String, value: JSONNode)], skipping: Set<String>) -> [String: String]
    {
        var values: [String: String] = [:]
        for (key, value) in members where !skipping.contains(key) {
            if let text = value.text {
                values[key] = text
            } else if case .array(let items, _) = value, key == "aliases" {
                values[key] = items.compactMap(\.text).joined(separator: "; ")
            }
        }
        return values
    }
}

/// Reads CSV edge lists with attributes (Gephi's `Source,Target,…` or lower case), with an optional node table.
///
/// Source: RFC 4180; Gephi 0.10 spreadsheet import (special columns matched without regard to case)
///
/// Column names are matched without regard to case. The edge table needs `source` and `target`; the node
/// table, when given, needs `id`. Without a node table, actors are the ends of the edges, typed by
/// `source_type` / `target_type` columns or the default type.
enum CSVGraphReader {
    static func read(
        edges edgeBytes: [UInt8], edgeFile: String, nodes nodeBytes: [UInt8]?, nodeFile: String?
    ) throws(ImportError) -> RawGraph {
        var raw = RawGraph(file: edgeFile)
        if let nodeBytes, let nodeFile {
            let (header, rows) = try table(nodeBytes, file: nodeFile)
            guard header.contains("id") else {
                throw .notAGraph(file: nodeFile, message: "the node table has no 'Id' column")
            }
            for row in rows {
                let id = row.values["id"]
                var node = RawElement(element: "row \(row.line)", line: row.line, id: id, attributes: row.values)
                node.file = nodeFile
                raw.nodes.append(node)
            }
        } else {
            raw.nodesFromEdges = true
        }
        let (header, rows) = try table(edgeBytes, file: edgeFile)
        guard header.contains("source"), header.contains("target") else {
            throw .notAGraph(file: edgeFile, message: "the edge table needs 'Source' and 'Target' columns")
        }
        for row in rows {
            raw.edges.append(
                RawElement(
                    element: "row \(row.line)", line: row.line, id: row.values["id"], attributes: row.values,
                    source: row.values["source"], target: row.values["target"]))
        }
        return raw
    }

    private static func table(
        _ bytes: [UInt8], file: String
    ) throws(ImportError) -> (header: [String], rows: [(line: Int, values: [String: String])]) {
        let records: [CSVRecord]
        do {
            records = try CSVReader.records(bytes)
        } catch {
            throw .syntax(file: file, line: error.line, message: error.message)
        }
        guard let first = records.first else { throw .notAGraph(file: file, message: "the file is empty") }
        let header = first.fields.map { $0.lowercased() }
        var rows: [(line: Int, values: [String: String])] = []
        for record in records.dropFirst() {
            guard record.fields.count == header.count else {
                throw .invalidElement(
                    file: file, line: record.line, element: "row \(record.line)",
                    message: "\(record.fields.count) fields, but the header has \(header.count)")
            }
            rows.append((record.line, Dictionary(zip(header, record.fields), uniquingKeysWith: { first, _ in first })))
        }
        return (header, rows)
    }
}
