import ActorGraphCore
import ActorGraphKit
import ArgumentParser
import Foundation

extension ActorGraphCommand {
    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Bring a graph file (GraphML, GEXF, node-link JSON, CSV) into the database.",
            discussion: """
                Actors merge with stored ones by name and alias; relations keep the sentences the file carries and
                are marked as imported (an export shows provenance=imported). Types come from each element's
                'type' attribute, else from --type and --relation. A folder is read as the CSV export writes it
                (nodes.csv and edges.csv). Importing the same file again changes nothing; a changed file under
                the same name replaces what it brought. A bad file stops with its line and element, storing nothing.

                Examples:
                  actorgraph import graph.graphml
                  actorgraph import tables/
                  actorgraph import edges.csv --nodes nodes.csv --type group --relation cooperates_with
                  networkx-script | actorgraph import - --format json
                """)

        @OptionGroup var store: StoreOptions

        @Argument(
            help: ArgumentHelp(
                "The graph file, a folder of nodes.csv and edges.csv, or - for stdin.", valueName: "file"))
        var file: String

        @Option(name: .long, help: "The format (default: from the file name; required for -).")
        var format: GraphFileFormat?

        @Option(name: .long, help: ArgumentHelp("CSV: the node table for an edge file.", valueName: "file"))
        var nodes: String?

        @Option(name: .long, help: "The type of actors whose file gives none.")
        var type: EntityType?

        @Option(name: .long, help: "The type of relations whose file gives none.")
        var relation: RelationType?

        @OptionGroup var status: StatusOptions

        func validate() throws {
            if let format, !GraphFileFormat.importable.contains(format) {
                let readable = GraphFileFormat.importable.map(\.rawValue).joined(separator: ", ")
                throw ValidationError("import reads \(readable), not \(format.rawValue)")
            }
            if Files.isStandardStream(file) && format == nil {
                throw ValidationError("give --format when reading from standard input")
            }
        }

        func run() throws {
            let source: ImportSource
            if Files.isStandardStream(file), let format {
                source = ImportSource(name: "stdin", bytes: Files.readStandardInput(), format: format)
            } else {
                source = try ImportSource.file(path: file, format: format, nodesPath: nodes)
            }
            let report = try Workspace(databasePath: store.db, opening: .createIfMissing).importGraph(
                source, entityType: type, relationType: relation)
            if !status.quiet && !status.json { for warning in report.warnings { printError("warning: \(warning)") } }
            try status.report(report, text: report.summary)
        }
    }
}
