import ActorGraphCore
import ActorGraphKit
import ArgumentParser
import Foundation

extension ActorGraphCommand {
    struct Curations: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List every curation made in the database: its number, when, and what it did.",
            discussion: """
                Curations are replayed in this order after every ingest. An undone one stays listed, with when it \
                was undone.
                Example:
                  actorgraph curations
                """)

        @OptionGroup var store: StoreOptions
        @OptionGroup var output: OutputOptions

        func run() throws {
            let rows = try Workspace(databasePath: store.db).curations()
            if output.json { return try printJSON(rows) }
            var table = TextTable(headers: ["id", "made", "what", "undone"], numericColumns: [0])
            for row in rows { table.append([String(row.id), row.createdAt, row.description, row.undoneAt ?? ""]) }
            Terminal.say(rows.isEmpty ? "no curations yet" : table.render())
        }
    }

    struct Undo: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Undo a curation: the database is left as if it had never been made.",
            discussion: """
                Every stored document is read again from what the database keeps of it, and the other curations \
                are replayed; the undone curation stays listed by `curations`, marked undone.
                Example:
                  actorgraph curations
                  actorgraph undo 3
                """)

        @OptionGroup var store: StoreOptions
        @OptionGroup var status: StatusOptions
        @Argument(help: "The curation's number, as `curations` lists it.") var id: Int64

        func run() throws {
            let report = try Workspace(databasePath: store.db).undo(curation: id)
            try printOutcome(
                report, status: status, done: "undid curation \(report.curation.id) (\(report.curation.description))")
        }
    }
}

/// Prints what `undo` or `unalias` did, with its warnings on standard error.
func printOutcome(_ report: CurationOutcomeReport, status: StatusOptions, done: String) throws {
    if !status.quiet && !status.json { for warning in report.warnings { printError("warning: \(warning)") } }
    try status.report(
        report,
        text: "\(done): read \(report.documentsReread) "
            + "document\(report.documentsReread == 1 ? "" : "s") again; \(report.entities) entities, "
            + "\(report.relations) relation\(report.relations == 1 ? "" : "s")")
}
