import ActorGraphCore
import ActorGraphKit
import ArgumentParser
import Foundation

extension ActorGraphCommand {
    struct Eval: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Score the extractor against a gold file: precision, recall and F1, with every miss.",
            discussion: """
                Ingests the documents into a temporary database (your database is not touched) and compares
                entities (name + type) and relations (source, type, target) by the schema's matching rules.

                Example:
                  actorgraph eval --gold gold/seeds.json --docs seeds/
                """)

        @OptionGroup var output: OutputOptions

        @Option(name: .long, help: ArgumentHelp("The gold annotation (JSON).", valueName: "file")) var gold: String
        @Option(name: .long, help: ArgumentHelp("The documents it annotates.", valueName: "folder")) var docs: String
        @Option(name: .long, help: ArgumentHelp("A user dictionary to extract with.", valueName: "file"))
        var dictionary: String?

        func run() throws {
            let result = try Workspace.evaluate(goldPath: gold, documentsPath: docs, dictionaryPath: dictionary)
            Terminal.say(output.json ? result.json : result.table)
        }
    }
}
