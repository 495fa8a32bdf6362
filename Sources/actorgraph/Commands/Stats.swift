import ActorGraphCore
import ActorGraphKit
import ArgumentParser
import Foundation

extension ActorGraphCommand {
    struct Stats: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Count the documents, actors, relations and evidence in the database.",
            discussion: "Example:\n  actorgraph stats --db news.sqlite")

        @OptionGroup var store: StoreOptions
        @OptionGroup var output: OutputOptions

        func run() throws {
            let stats = try Workspace(databasePath: store.db).stats()
            if output.json { return try printJSON(stats) }
            var table = TextTable(headers: ["what", "count"], numericColumns: [1])
            table.append(["documents", String(stats.documents)])
            table.append(["entities", String(stats.entities)])
            for type in EntityType.allCases {
                table.append(["  \(type)", String(stats.entityTypes[type.rawValue] ?? 0)])
            }
            table.append(["relations", String(stats.relations)])
            for type in RelationType.allCases {
                table.append(["  \(type)", String(stats.relationTypes[type.rawValue] ?? 0)])
            }
            table.append(["evidence sentences", String(stats.evidence)])
            table.append(["aliases", String(stats.aliases)])
            Terminal.say(table.render())
        }
    }
}
