public import ActorGraphCore

/// The file formats the graph can be exported to.
public enum ExportFormat: String, CaseIterable, Sendable {
    /// GraphML, read by NetworkX `read_graphml`, Gephi and yEd.
    case graphml
    /// GEXF 1.3, Gephi's native format.
    case gexf
    /// NetworkX node-link JSON, read by `networkx.node_link_graph`.
    case json
    /// Two RFC 4180 files, `nodes.csv` and `edges.csv` (Gephi's spreadsheet import, pandas).
    case csv
    /// A Cypher script that creates the graph in Neo4j.
    case cypher
}

/// One exported file: its suggested name and its exact bytes (UTF-8).
public struct ExportedFile: Sendable, Hashable {
    /// The file name to write it under, such as `actorgraph.graphml`.
    public var name: String
    /// The file's content.
    public var bytes: [UInt8]

    public init(name: String, bytes: [UInt8]) {
        self.name = name
        self.bytes = bytes
    }
}

/// Writes the stored graph in the formats other tools read.
public enum Exporter {
    /// Exports canonical actors and their relations to one format.
    ///
    /// Output is deterministic: nodes are sorted by name then type, edges by source, type and target,
    /// so the same graph gives byte-identical files whatever the input order. Every name, alias and
    /// evidence sentence is escaped for the format, since it comes from untrusted documents.
    ///
    /// - Parameters:
    ///   - entities: The canonical actors; each becomes one node, named `n<id>` (or `n<index>` without id).
    ///   - relations: Relations between those actors, named by canonical name; each becomes one edge
    ///     whose weight is ``ActorGraphCore/Relation/weight``.
    ///   - format: The format to write.
    /// - Returns: One file (`actorgraph.graphml`, `.gexf`, `.json`, `.cypher`), or two for CSV
    ///   (`nodes.csv`, `edges.csv`).
    /// - Throws: ``InterchangeError/unknownEndpoint(relation:name:)`` if a relation names an actor not in
    ///   `entities`, ``InterchangeError/duplicateActor(name:)`` if two entities share a name, and
    ///   ``InterchangeError/invalidConfidence(relation:value:)`` if a confidence is not finite.
    /// - Complexity: O(*n* log *n* + *m* log *m*) plus the size of the output.
    public static func export(
        entities: [Entity], relations: [Relation], format: ExportFormat
    ) throws(InterchangeError) -> [ExportedFile] {
        let graph = try ExportGraph(entities: entities, relations: relations)
        switch format {
        case .graphml:
            return [ExportedFile(name: "actorgraph.graphml", bytes: Array(GraphMLWriter.write(graph).utf8))]
        case .gexf:
            return [ExportedFile(name: "actorgraph.gexf", bytes: Array(GEXFWriter.write(graph).utf8))]
        case .json:
            return [ExportedFile(name: "actorgraph.json", bytes: Array(NodeLinkJSONWriter.write(graph).utf8))]
        case .csv:
            return [
                ExportedFile(name: "nodes.csv", bytes: Array(CSVWriter.nodes(graph).utf8)),
                ExportedFile(name: "edges.csv", bytes: Array(CSVWriter.edges(graph).utf8)),
            ]
        case .cypher:
            return [ExportedFile(name: "actorgraph.cypher", bytes: Array(CypherWriter.write(graph).utf8))]
        }
    }
}
