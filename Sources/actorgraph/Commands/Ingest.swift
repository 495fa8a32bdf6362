import ActorGraphCore
import ActorGraphKit
import ArgumentParser
import Foundation

extension ActorGraphCommand {
    struct Ingest: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Read .txt articles (files or folders) and store their actors, relations and evidence.",
            discussion: """
                Each batch of documents is one transaction; a document already stored with the same content is
                skipped, and a changed one replaces its old evidence. A bad file inside a folder is skipped with a
                warning; a bad file named directly stops with an error and stores nothing of it.

                Example:
                  actorgraph ingest seeds/ --db news.sqlite
                """)

        @OptionGroup var store: StoreOptions

        @Argument(help: ArgumentHelp("Files or folders of .txt articles.", valueName: "path"))
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

        @OptionGroup var status: StatusOptions

        func run() throws {
            let workspace = try Workspace(databasePath: store.db, opening: .createIfMissing)
            let live = standardErrorIsTerminal && !status.quiet
            let report = try workspace.ingest(
                paths: paths, dictionaryPath: dictionary, date: date,
                maxDocumentBytes: maxDocumentSize?.bytes ?? Workspace.defaultMaxDocumentBytes
            ) { progress in
                guard live, progress.total > 0 else { return }
                let eta = progress.remaining.map { String(format: "ETA %.0fs", $0) } ?? "ETA –"
                Terminal.progress(
                    String(
                        format: "%d/%d documents  %.1f docs/s  %@", progress.done, progress.total, progress.rate, eta))
            }
            if live { Terminal.endProgress() }
            if !status.json && !status.quiet { for warning in report.warnings { printError("warning: \(warning)") } }
            try status.report(report, text: report.summary)
        }
    }
}
