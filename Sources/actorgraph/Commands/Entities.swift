import ActorGraphCore
import ActorGraphKit
import ArgumentParser
import Foundation

extension ActorGraphCommand {
    struct Entities: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the actors, most mentioned first.",
            discussion: "Example:\n  actorgraph entities --type person")

        @OptionGroup var store: StoreOptions
        @OptionGroup var output: OutputOptions

        @Option(name: .long, help: "Only actors of this type.")
        var type: EntityType?

        func run() throws {
            let rows = try Workspace(databasePath: store.db).entities(type: type)
            if output.json { return try printJSON(rows) }
            var table = TextTable(headers: ["name", "type", "mentions", "aliases"], numericColumns: [2])
            for row in rows {
                table.append([row.name, row.type.rawValue, String(row.mentions), row.aliases.joined(separator: ", ")])
            }
            Terminal.say(table.render())
        }
    }
}
