import ActorGraphCore
import ActorGraphKit
import ArgumentParser
import Foundation

extension ActorGraphCommand {
    struct Path: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Find how two actors are connected: the shortest path, each hop with its evidence sentence.",
            discussion: """
                Names go through aliases, case- and accent-insensitively (Moscow → Russia). Relations are followed
                in either direction unless --directed is given.

                Examples:
                  actorgraph path Russia Mali
                  actorgraph path Moscow Bamako --k 3
                  actorgraph path "Wagner Group" Niger --max-length 4 --json
                """)

        @OptionGroup var graph: GraphOptions
        @OptionGroup var output: OutputOptions

        @Argument(help: "The first actor.") var from: String
        @Argument(help: "The second actor.") var to: String

        @Option(name: .long, help: "The k shortest simple paths (Yen).")
        var k: Int = 1

        @Option(name: .customLong("max-length"), help: "All simple paths of at most this many hops.")
        var maxLength: Int?

        @Flag(name: .long, help: "All shortest paths.")
        var all: Bool = false

        func validate() throws {
            guard k >= 1 else { throw ValidationError("--k must be at least 1") }
            if let maxLength, maxLength < 1 { throw ValidationError("--max-length must be at least 1") }
        }

        func run() throws {
            var request = PathRequest()
            request.k = k
            request.maxLength = maxLength
            request.allShortest = all
            request.weighted = graph.weighted
            let report = try graph.load(default: .undirected).paths(from: from, to: to, request: request)
            if output.json { return try printJSON(report) }
            Terminal.say(PathPrinter.text(report))
        }
    }
}

/// Human output of paths: one block per path, each hop with its relation and quoted evidence.
enum PathPrinter {
    static func text(_ report: PathReport) -> String {
        var lines: [String] = []
        for (number, path) in report.paths.enumerated() {
            let hops = path.hops.count
            let header = report.paths.count > 1 ? "path \(number + 1): " : ""
            lines.append("\(header)\(report.source) → \(report.target) (\(hops) hop\(hops == 1 ? "" : "s"))")
            for hop in path.hops {
                lines.append("  \(arrow(hop))")
                if let evidence = hop.evidence {
                    lines.append(
                        "      \(evidenceLine(evidence))")
                }
            }
        }
        return lines.joined(separator: "\n")
    }

    /// "A —supports→ B", "A ←supports— B" when walked backwards, "A —cooperates_with— B" for symmetric types.
    static func arrow(_ hop: PathHop) -> String {
        guard let type = hop.type else { return "\(hop.from) — \(hop.to)" }
        if type.isSymmetric { return "\(hop.from) —\(type.rawValue)— \(hop.to)" }
        return hop.forward ? "\(hop.from) —\(type.rawValue)→ \(hop.to)" : "\(hop.from) ←\(type.rawValue)— \(hop.to)"
    }
}
