import ActorGraphCore
import ActorGraphKit
import ArgumentParser
import Foundation

extension ActorGraphCommand {
    struct Report: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write an influence dossier: summary, map, legend, central actors, profiles, sources, notes.",
            discussion: """
                The extension picks the format: .html is one self-contained page (inline SVG and CSS, no script),
                printable; .md is Markdown with its figures written beside it as SVG files; .pdf is the page
                printed by headless Chromium (install it with apt-get install chromium). Every quote is verbatim
                and cites its document in a note.

                Examples:
                  actorgraph report --out report.html
                  actorgraph report --focus Russia --out russia.md
                  actorgraph report --between Russia Mali --top 10 --out russia-mali.pdf
                """)

        @OptionGroup var store: StoreOptions

        @Option(
            name: .long,
            help: ArgumentHelp("Where to write the report: .html, .md or .pdf.", valueName: "file"))
        var out: String
        @Option(name: .long, help: "The report's title.") var title: String?
        @Option(name: .long, help: "Add this actor's profile and ego map.") var focus: String?
        @Option(
            name: .long, parsing: .upToNextOption,
            help: ArgumentHelp("Add how these two actors are connected.", valueName: "A B"))
        var between: [String] = []
        @Option(name: .long, help: "How many of the most central actors the map and the table show.")
        var top: Int = 15
        @Option(name: .long, help: "How many indirect connections --between shows.") var k: Int = 3
        @Option(
            name: .long, parsing: .upToNextOption,
            help: ArgumentHelp("Only actors of these types in the map and table.", valueName: "type"))
        var types: [EntityType] = []
        @Option(
            name: .customLong("id-prefix"),
            help: ArgumentHelp(
                "Start every HTML and SVG id with this (default: derived from the report's content).",
                valueName: "prefix"))
        var idPrefix: String?
        @OptionGroup var polarity: PolarityOption
        @OptionGroup var filter: FilterOptions
        @OptionGroup var status: StatusOptions

        func validate() throws {
            if !between.isEmpty && between.count != 2 { throw ValidationError("--between takes exactly two actors") }
            if top < 1 { throw ValidationError("--top must be 1 or more") }
            if k < 1 { throw ValidationError("--k must be 1 or more") }
            if Files.isStandardStream(out) { throw ValidationError("--out must name a file: .html, .md or .pdf") }
        }

        /// What `--json` prints.
        struct Written: Codable {
            var format: ReportFormat
            var files: [String]
            var figures: Int
            var quotes: Int
            var sources: Int
            var notes: [String]
        }

        func run() throws {
            var request = ReportRequest()
            request.title = title
            request.focus = focus
            request.between = between.count == 2 ? (between[0], between[1]) : nil
            request.top = top
            request.k = k
            request.types = types.isEmpty ? nil : Set(types)
            request.idPrefix = idPrefix
            request.query = GraphQuery(
                polarity: polarity.value, minConfidence: filter.minConfidence, since: filter.since,
                until: filter.until)
            let workspace = try Workspace(databasePath: store.db)
            let output = try workspace.report(request, writingTo: out)
            let folder = (out as NSString).deletingLastPathComponent
            let paths = output.files.map {
                folder.isEmpty ? $0.name : (folder as NSString).appendingPathComponent($0.name)
            }
            for (file, path) in zip(output.files, paths) { try Files.write(file.bytes, to: path) }
            if !status.quiet && !status.json { for note in output.notes { printError("note: \(note)") } }
            let written = Written(
                format: output.format, files: paths, figures: output.figures, quotes: output.quotes,
                sources: output.sources, notes: output.notes)
            let extra = paths.count > 1 ? " and \(paths.count - 1) figure file\(paths.count == 2 ? "" : "s")" : ""
            try status.report(
                written,
                text: "wrote \(paths[0])\(extra): \(output.figures) figure\(output.figures == 1 ? "" : "s"), "
                    + "\(output.quotes) quote\(output.quotes == 1 ? "" : "s") from "
                    + "\(output.sources) source\(output.sources == 1 ? "" : "s")")
        }
    }
}
