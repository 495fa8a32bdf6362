import ActorGraphCore
import ActorGraphKit
import ArgumentParser
import Foundation

extension ActorGraphCommand {
    struct Relations: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List relations with their weight and evidence sentences.",
            discussion: "Example:\n  actorgraph relations --entity Moscow")

        @OptionGroup var store: StoreOptions
        @OptionGroup var output: OutputOptions

        @Option(name: .long, help: "Only relations of this actor (any alias, case- and accent-insensitive).")
        var entity: String?

        @OptionGroup var filter: FilterOptions

        func run() throws {
            let rows = try Workspace(databasePath: store.db).relations(
                involving: entity, minConfidence: filter.minConfidence, since: filter.since, until: filter.until)
            if output.json { return try printJSON(rows) }
            var table = TextTable(
                headers: ["source", "type", "target", "weight", "evidence", "cited"], numericColumns: [3])
            for row in rows {
                var first = row.evidence.first.map { quoted($0.sentence, limit: 80) } ?? ""
                if row.evidence.contains(where: \.curated) { first = "[curated] " + first }
                // The first sentence's document, by title when it has one.
                let cited = row.evidence.first.map { $0.source?.displayTitle ?? $0.document } ?? ""
                table.append([
                    row.source, row.type.rawValue, row.target, String(row.weight), first, shortened(cited, 40),
                ])
            }
            Terminal.say(table.render())
        }
    }
}
