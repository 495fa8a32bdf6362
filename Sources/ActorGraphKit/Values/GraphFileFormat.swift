import Interchange

/// The graph file formats `export` writes; the first four are also what `import` reads.
public enum GraphFileFormat: String, CaseIterable, Sendable, Codable {
    /// GraphML, for NetworkX, igraph, Gephi and yEd.
    case graphml
    /// GEXF 1.3, Gephi's format, with colours, sizes, positions and centralities.
    case gexf
    /// GEXF 1.2draft, the same content for NetworkX 2.x, which reads no GEXF 1.3.
    case gexf12 = "gexf-1.2"
    /// NetworkX node-link JSON.
    case json
    /// `nodes.csv` and `edges.csv` in the shape of Gephi's spreadsheet import.
    case csv
    /// An idempotent Cypher script for Neo4j.
    case cypher
    /// `neo4j-admin database import` CSV files and the command that loads them.
    case neo4j
    /// Kùzu's DDL, CSV files and `COPY` statements.
    case kuzu

    /// Whether the format writes several files, so it needs a folder.
    public var writesSeveralFiles: Bool { interchange.writesSeveralFiles }

    /// The formats `import` reads.
    public static var importable: [GraphFileFormat] { [.graphml, .gexf, .json, .csv] }

    /// The format a file name's extension names, among those `import` reads.
    public init?(importing fileName: String) {
        guard let format = ImportFormat(fileName: fileName) else { return nil }
        self.init(format)
    }

    init(_ format: ImportFormat) {
        switch format {
        case .graphml: self = .graphml
        case .gexf: self = .gexf
        case .json: self = .json
        case .csv: self = .csv
        }
    }

    var interchange: ExportFormat {
        switch self {
        case .graphml: .graphml
        case .gexf: .gexf
        case .gexf12: .gexf12
        case .json: .json
        case .csv: .csv
        case .cypher: .cypher
        case .neo4j: .neo4j
        case .kuzu: .kuzu
        }
    }

    /// The import reader for this format; nil for the formats `import` does not read.
    var importFormat: ImportFormat? {
        switch self {
        case .graphml: .graphml
        case .gexf, .gexf12: .gexf
        case .json: .json
        case .csv: .csv
        case .cypher, .neo4j, .kuzu: nil
        }
    }
}
