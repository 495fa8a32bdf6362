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
    /// An idempotent Cypher script (`MERGE`, batched) that loads or updates the graph in Neo4j.
    case cypher
    /// The CSV files and command of `neo4j-admin database import`, the bulk path into a new Neo4j database.
    case neo4j
    /// Kùzu's schema DDL, CSV files and `COPY` statements.
    case kuzu
    /// GEXF 1.2draft, the newest version NetworkX 2.x reads (Gephi reads it too).
    case gexf12 = "gexf-1.2"

    /// Whether the format writes several files (into a folder) rather than one.
    public var writesSeveralFiles: Bool {
        switch self {
        case .graphml, .gexf, .gexf12, .json, .cypher: false
        case .csv, .neo4j, .kuzu: true
        }
    }
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
    ///   - options: Colours, positions and centralities for GEXF and CSV; the CSV formula guard.
    /// - Returns: One file (`actorgraph.graphml`, `.gexf`, `.json`, `.cypher`), two for CSV
    ///   (`nodes.csv`, `edges.csv`), three for Neo4j (`actors.csv`, `relations.csv`, `import.sh`), and for
    ///   Kùzu `schema.cypher`, `copy.cypher`, `actors.csv` and one CSV per relation type present.
    /// - Throws: ``InterchangeError/unknownEndpoint(relation:name:)`` if a relation names an actor not in
    ///   `entities`, ``InterchangeError/duplicateActor(name:)`` if two entities share a name, and
    ///   ``InterchangeError/invalidConfidence(relation:value:)`` if a confidence is not finite.
    /// - Complexity: O(*n* log *n* + *m* log *m*) plus the size of the output.
    public static func export(
        entities: [Entity], relations: [Relation], format: ExportFormat, options: ExportOptions = .init()
    ) throws(InterchangeError) -> [ExportedFile] {
        let graph = try ExportGraph(entities: entities, relations: relations, appearance: options.appearance)
        func file(_ name: String, _ text: String) -> ExportedFile { ExportedFile(name: name, bytes: Array(text.utf8)) }
        switch format {
        case .graphml:
            return [ExportedFile(name: "actorgraph.graphml", bytes: Array(GraphMLWriter.write(graph).utf8))]
        case .gexf:
            return [ExportedFile(name: "actorgraph.gexf", bytes: Array(GEXFWriter.write(graph, version: .v1_3).utf8))]
        case .gexf12:
            return [
                ExportedFile(name: "actorgraph.gexf", bytes: Array(GEXFWriter.write(graph, version: .v1_2draft).utf8))
            ]
        case .json:
            return [ExportedFile(name: "actorgraph.json", bytes: Array(NodeLinkJSONWriter.write(graph).utf8))]
        case .csv:
            return [
                file("nodes.csv", CSVWriter.nodes(graph, spreadsheetSafe: options.spreadsheetSafe)),
                file("edges.csv", CSVWriter.edges(graph, spreadsheetSafe: options.spreadsheetSafe)),
            ]
        case .cypher:
            return [file("actorgraph.cypher", CypherWriter.write(graph))]
        case .neo4j:
            return [
                file("actors.csv", Neo4jImportWriter.actors(graph)),
                file("relations.csv", Neo4jImportWriter.relations(graph)),
                file("import.sh", Neo4jImportWriter.script()),
            ]
        case .kuzu:
            return [
                file("schema.cypher", KuzuWriter.schema()), file("copy.cypher", KuzuWriter.copy(graph)),
                file("actors.csv", KuzuWriter.actors(graph)),
            ] + KuzuWriter.relations(graph).map { file($0.name, $0.text) }
        }
    }
}
