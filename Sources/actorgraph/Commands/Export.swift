import ActorGraphCore
import ActorGraphKit
import ArgumentParser
import Foundation

extension ActorGraphCommand {
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Export the graph, with its evidence, for Gephi, NetworkX, igraph, Neo4j, Kùzu or a spreadsheet.",
            discussion: """
                graphml, gexf, gexf-1.2, json and cypher write one file (into --out when it is a folder, to
                standard output for -); csv, neo4j and kuzu write several files into the --out folder. gexf is
                GEXF 1.3 for Gephi; gexf-1.2 is the same graph as GEXF 1.2draft, for NetworkX 2.x.
                docs/interchange.md says how each tool loads them and how to reproduce actorgraph's
                centralities from them.

                Examples:
                  actorgraph export --format graphml --out graph.graphml
                  actorgraph export --format gexf --out - > graph.gexf
                  actorgraph export --format neo4j --out neo4j-import/
                  actorgraph export --format csv --out tables/ --min-confidence 0.5
                """)

        @OptionGroup var store: StoreOptions
        @OptionGroup var filter: FilterOptions

        @Option(name: .long, help: "The format.") var format: GraphFileFormat
        @Option(
            name: .long,
            help: ArgumentHelp("Where to write: a file, a folder, or - for standard output.", valueName: "path"))
        var out: String

        @Flag(
            name: .customLong("spreadsheet-safe"),
            help: "CSV: prefix text that a spreadsheet would run as a formula with ' (changes the text).")
        var spreadsheetSafe: Bool = false

        @OptionGroup var polarity: PolarityOption
        @OptionGroup var status: StatusOptions

        func validate() throws {
            if Files.isStandardStream(out) && format.writesSeveralFiles {
                throw ValidationError("--format \(format.rawValue) writes several files; give a folder as --out")
            }
            if spreadsheetSafe && format != .csv { throw ValidationError("--spreadsheet-safe applies to --format csv") }
        }

        /// What `--json` prints: one entry per file written.
        struct WrittenFile: Codable {
            var path: String
            var bytes: Int
        }

        func run() throws {
            let query = GraphQuery(
                polarity: polarity.value, minConfidence: filter.minConfidence, since: filter.since,
                until: filter.until)
            let files = try Workspace(databasePath: store.db).export(
                format: format, query: query, spreadsheetSafe: spreadsheetSafe)
            if Files.isStandardStream(out), let file = files.first {
                return try Files.write(file.bytes, to: out)
            }
            var isFolder: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: out, isDirectory: &isFolder)
            let intoFolder = format.writesSeveralFiles || (exists && isFolder.boolValue) || out.hasSuffix("/")
            if intoFolder { try Files.makeFolder(out) }
            var written: [WrittenFile] = []
            for file in files {
                let path = intoFolder ? (out as NSString).appendingPathComponent(file.name) : out
                try Files.write(file.bytes, to: path)
                written.append(WrittenFile(path: path, bytes: file.bytes.count))
            }
            try status.report(
                written, text: written.map { "wrote \($0.path) (\($0.bytes) bytes)" }.joined(separator: "\n"))
        }
    }
}
