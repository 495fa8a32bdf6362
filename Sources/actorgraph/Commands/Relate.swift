import ActorGraphCore
import ActorGraphKit
import ArgumentParser
import Foundation

extension ActorGraphCommand {
    struct Relate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Explain how two actors are connected: direct relations, indirect paths, shared neighbours.",
            discussion: """
                Every claim comes with the sentences behind it. Names go through aliases (Moscow → Russia,
                Goita → Assimi Goïta).

                Examples:
                  actorgraph relate Russia Mali
                  actorgraph relate Moscow Niamey --k 3 --svg russia-niger.svg --json
                """)

        @OptionGroup var store: StoreOptions
        @OptionGroup var output: OutputOptions

        @Argument(help: "The first actor.") var first: String
        @Argument(help: "The second actor.") var second: String

        @Option(name: .long, help: "How many indirect connections to show.")
        var k: Int = 5

        @Option(
            name: .long,
            help: ArgumentHelp("Also write the relation view as SVG (- for standard output).", valueName: "file"))
        var svg: String?

        @OptionGroup var filter: FilterOptions

        func run() throws {
            let workspace = try Workspace(databasePath: store.db)
            let query = GraphQuery(minConfidence: filter.minConfidence, since: filter.since, until: filter.until)
            let report = try workspace.relate(first, second, k: k, query: query)
            if let svg {
                let bytes = try workspace.relationViewSVG(first, second, k: min(k, 3), query: query)
                try Files.write(bytes, to: svg)
                // The drawing went to standard output: the answer would corrupt it.
                if Files.isStandardStream(svg) { return }
            }
            if output.json { return try printJSON(report) }
            Terminal.say(RelatePrinter.text(report))
        }
    }
}

/// Human output of `relate`: the summary, then each section.
enum RelatePrinter {
    static func text(_ report: RelateReport) -> String {
        var lines = [report.summary, ""]
        lines.append("Direct relations (\(report.direct.count))")
        for relation in report.direct {
            let arrow = relation.type.isSymmetric ? "—\(relation.type.rawValue)—" : "—\(relation.type.rawValue)→"
            lines.append(
                "  \(relation.source) \(arrow) \(relation.target)  [\(relation.polarity.rawValue), "
                    + "weight \(relation.weight), confidence \(String(format: "%.2f", relation.confidence))"
                    + (relation.firstSeen.map { first in ", seen \(first) – \(relation.lastSeen ?? first)" } ?? "")
                    + "]")
            for evidence in relation.evidence {
                lines.append(
                    "      \(evidenceLine(evidence))")
            }
        }
        lines.append("")
        lines.append("Indirect connections (\(report.indirect.count))")
        for (number, path) in report.indirect.enumerated() {
            let chain = ([path.hops.first?.from ?? ""] + path.hops.map(\.to)).joined(separator: " — ")
            lines.append("  \(number + 1). \(chain)")
            for hop in path.hops {
                let arrow = PathPrinter.arrow(hop)
                let sentence =
                    hop.evidence.map {
                        "  \(quoted($0.sentence, limit: 110)) [\(Terminal.escape($0.document))]" + citation(of: $0)
                    }
                    ?? ""
                lines.append("       \(arrow)\(sentence)")
            }
        }
        lines.append("")
        lines.append("Shared neighbours (\(report.shared.count))")
        var table = TextTable(headers: ["role", "actor", "type", "with \(report.first)", "with \(report.second)"])
        for neighbour in report.shared {
            table.append([
                neighbour.role, neighbour.name, neighbour.type.rawValue,
                neighbour.withFirst.map(\.rawValue).joined(separator: ","),
                neighbour.withSecond.map(\.rawValue).joined(separator: ","),
            ])
        }
        if !report.shared.isEmpty {
            lines.append(table.render().split(separator: "\n").map { "  " + $0 }.joined(separator: "\n"))
        }
        return lines.joined(separator: "\n")
    }
}
