import ActorGraphCore
import ActorGraphKit
import ArgumentParser
import Foundation

extension ActorGraphCommand {
    struct Ingest: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Read articles (text, Markdown, HTML, PDF; files or folders) and store their actors, relations"
                + " and evidence.",
            discussion: """
                A document's id is its path relative to the folder given (a file given alone: its name, or --id), so \
                report.txt in two folders is two documents. Title, URL, outlet, author and published date are read \
                from a front-matter block (--- lines around key: value pairs), a sidecar NAME.json, or a web page's \
                head, and cited with every sentence. Each batch of documents is one transaction; a document already \
                stored with the same content, read by the same extractor with the same dictionary and date, is \
                skipped; one whose file moved keeps its evidence under its new id; one read differently is read \
                again. Near-identical copies (wire stories) count once. Every file of a folder that is not read is \
                named with the reason; a bad file named directly stops with an error and stores nothing of it.

                Examples:
                  actorgraph ingest seeds/ --db news.sqlite
                  actorgraph ingest saved/page.html --id 2024/reuters-mali.html
                  curl -s https://example.org/story | actorgraph ingest - --id example/story.html
                """)

        @OptionGroup var store: StoreOptions

        @Argument(
            help: ArgumentHelp(
                "Articles (.txt, .md, .html, .pdf) or folders of them; - reads one article from standard input"
                    + " (with --id).", valueName: "path"))
        var paths: [String]

        @Option(name: .long, help: ArgumentHelp("A JSON dictionary of extra entities and aliases.", valueName: "file"))
        var dictionary: String?

        @Option(name: .long, help: ArgumentHelp("Publication date of these documents.", valueName: "YYYY-MM-DD"))
        var date: String?

        @Option(
            name: .customLong("max-document-size"),
            help: ArgumentHelp(
                "Refuse larger files before reading them (default 10MB; also 500KB, 1GiB…).", valueName: "size"))
        var maxDocumentSize: DocumentSize?

        @Option(
            name: .long,
            help: ArgumentHelp(
                "The document id of the one file given, instead of its file name (needed for -).", valueName: "id"))
        var id: String?

        @OptionGroup var status: StatusOptions

        func run() throws {
            let workspace = try Workspace(databasePath: store.db, opening: .createIfMissing)
            let progress = WorkProgress(label: "documents")
            let limit = maxDocumentSize?.bytes ?? Workspace.defaultMaxDocumentBytes
            let input = paths.contains(where: Files.isStandardStream) ? Files.readStandardInput(limit: limit) : nil
            let report = try ProgressDisplay.showing(progress, enabled: !status.quiet) {
                try workspace.ingest(
                    paths: paths, dictionaryPath: dictionary, date: date,
                    maxDocumentBytes: limit, documentID: id, standardInput: input
                ) { step in
                    progress.begin("documents", total: step.total, completed: step.done)
                }
            }
            if !status.json && !status.quiet { for warning in report.warnings { printError("warning: \(warning)") } }
            try status.report(report, text: report.summary)
        }
    }
}
