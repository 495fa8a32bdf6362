import ActorGraphCore
import ActorGraphKit
import ArgumentParser
import Foundation

extension ActorGraphCommand {
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Export the graph, with its evidence, for Gephi, yEd, Neo4j, NetworkX or a spreadsheet.",
            discussion: """
                Formats: \(Workspace.exportFormats.joined(separator: ", ")). CSV writes nodes.csv and edges.csv into
                the --out folder; the others write one file (into --out when it is a folder).

                Examples:
                  actorgraph export --format graphml --out graph.graphml
                  actorgraph export --format csv --out tables/ --min-confidence 0.5
                """)

        @OptionGroup var store: StoreOptions
        @OptionGroup var filter: FilterOptions

        @Option(name: .long, help: "graphml|gexf|json|csv|cypher.") var format: String
        @Option(name: .long, help: ArgumentHelp("Where to write: a file, or a folder.", valueName: "path"))
        var out: String

        @OptionGroup var polarity: PolarityOption

        func run() throws {
            let query = GraphQuery(
                polarity: polarity.value, minConfidence: filter.minConfidence, since: filter.since,
                until: filter.until)
            let files = try Workspace(databasePath: store.db).export(format: format, query: query)
            var isFolder: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: out, isDirectory: &isFolder)
            let intoFolder = files.count > 1 || (exists && isFolder.boolValue) || out.hasSuffix("/")
            if intoFolder { try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true) }
            for file in files {
                let path = intoFolder ? (out as NSString).appendingPathComponent(file.name) : out
                try AtomicFile.write(file.bytes, to: path)
                Terminal.say("wrote \(path) (\(file.bytes.count) bytes)")
            }
        }
    }
}
