import ActorGraphKit
import ArgumentParser

extension ActorGraphCommand {
    struct Parse: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show how the English parser reads a text file: tokens, tags, lemmas, dependencies, entities.",
            discussion: """
                A debugging aid for extraction. The whole file is parsed as one document, as spaCy's nlp(text)
                would (en_core_web_sm 3.8, run natively). Offsets count Unicode scalars; a root is its own head.

                Example:
                  actorgraph parse seeds/000_2232b512bc44f881.txt --json
                """)

        @Argument(help: ArgumentHelp("The text file to parse.", valueName: "file")) var file: String

        @Flag(name: .long, help: "Print JSON (tokens, sentences, entities) instead of a table.") var json = false

        func run() throws {
            let text = try Workspace.parse(path: file, format: json ? .json : .table)
            // JSON escapes what it must itself; the table's cells show document text and are escaped one by one.
            if json { Terminal.writeVerbatim(text) } else { Terminal.writeTabSeparated(text) }
        }
    }
}
