import ActorGraphCore
import ActorGraphKit
import ArgumentParser
import Foundation

extension ActorGraphCommand {
    struct Documents: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the stored documents: source, date, what each gives, and which are copies of which.",
            discussion: """
                A document's id is its path relative to the folder given to ingest. Title, outlet, author, date and \
                URL come from front matter, a sidecar NAME.json or the page's head. A copy is a near-identical \
                text (a wire story run again): its sentences count once in relation weights, with its original's.

                Examples:
                  actorgraph documents
                  actorgraph documents --json
                """)

        @OptionGroup var store: StoreOptions
        @OptionGroup var output: OutputOptions

        func run() throws {
            let rows = try Workspace(databasePath: store.db).documents()
            if output.json { return try printJSON(rows) }
            var table = TextTable(
                headers: ["document", "title", "outlet", "date", "actors", "relations", "evidence", "copy of"],
                numericColumns: [4, 5, 6])
            for row in rows {
                let copy =
                    row.copyOf.map { original in
                        "\(original)" + (row.copySimilarity.map { String(format: " (%.0f%%)", $0 * 100) } ?? "")
                    } ?? (row.copies > 0 ? "(\(row.copies) cop\(row.copies == 1 ? "y" : "ies"))" : "")
                table.append([
                    row.id, shortened(row.title ?? "", 48), shortened(row.outlet ?? "", 24), row.date ?? "",
                    String(row.entities), String(row.relations), String(row.evidence), copy,
                ])
            }
            Terminal.say(table.render())
        }
    }
}
