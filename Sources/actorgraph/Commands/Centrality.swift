import ActorGraphCore
import ActorGraphKit
import ArgumentParser
import Foundation

extension ActorGraphCommand {
    struct Centrality: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Rank actors by a centrality measure (NetworkX definitions and normalisation).",
            discussion: """
                Measures: \(RankedMeasure.allValueStrings.joined(separator: ", ")); edge-betweenness ranks
                relations rather than actors. Relations are followed in their direction unless --undirected is given.

                Examples:
                  actorgraph centrality --measure pagerank --top 10
                  actorgraph centrality --measure betweenness --undirected --samples 256 --seed 7
                  actorgraph centrality --measure pagerank --edges graph.txt --json --top 0
                """)

        @OptionGroup var graph: GraphOptions
        @OptionGroup var output: OutputOptions

        @Option(name: .long, help: "The measure (see below).")
        var measure: RankedMeasure = .actors(.pagerank)

        @OptionGroup var top: TopOption

        @Flag(name: .long, help: "Raw scores instead of NetworkX's normalised ones.")
        var raw: Bool = false

        @Option(name: .long, help: "Betweenness: sample this many source nodes instead of all.")
        var samples: Int?

        @Option(name: .long, help: "Seed for sampling.")
        var seed: UInt64 = 42

        @Option(name: .long, help: "PageRank damping factor.")
        var damping: Double = 0.85

        @Option(name: .long, help: "Convergence tolerance of the iterative measures.")
        var tolerance: Double?

        @Option(name: .customLong("max-iterations"), help: "Iteration limit of the iterative measures.")
        var maxIterations: Int?

        @Option(
            name: .long, parsing: .singleValue,
            help: ArgumentHelp("PageRank personalisation, repeatable.", valueName: "name=weight"))
        var personalize: [String] = []

        @Option(name: .long, help: "Katz attenuation factor.")
        var alpha: Double = 0.1

        @Option(name: .long, help: "Katz baseline.")
        var beta: Double = 1.0

        @Flag(name: .shortAndLong, help: "No progress line on a terminal while the measure runs.")
        var quiet: Bool = false

        func validate() throws {
            if let samples, samples <= 0 { throw ValidationError("--samples must be positive") }
            for entry in personalize
            where entry.split(separator: "=").count != 2 || Double(entry.split(separator: "=").last ?? "") == nil {
                throw ValidationError("--personalize takes name=weight, got '\(entry)'")
            }
        }

        func run() throws {
            var request = CentralityRequest()
            request.normalized = !raw
            request.samples = samples
            request.seed = seed
            request.damping = damping
            request.tolerance = tolerance
            request.maxIterations = maxIterations
            request.alpha = alpha
            request.beta = beta
            for entry in personalize {
                let parts = entry.split(separator: "=")
                request.personalization[String(parts[0]), default: 0] += Double(parts[1]) ?? 0
            }
            let limit = top.limit(json: output.json)
            let progress = WorkProgress(label: "actors")
            request.progress = progress
            guard case .actors(let actorMeasure) = measure else {
                let rows = try ProgressDisplay.showing(progress, enabled: !quiet) {
                    try graph.load().edgeBetweenness(normalized: !raw, top: limit, progress: progress)
                }
                if output.json { return try printJSON(rows) }
                var table = TextTable(headers: ["rank", "source", "target", measure.name], numericColumns: [0, 3])
                for (rank, row) in rows.enumerated() {
                    table.append([String(rank + 1), row.source, row.target, formatScore(row.score)])
                }
                return Terminal.say(table.render())
            }
            let rows = try ProgressDisplay.showing(progress, enabled: !quiet) {
                try graph.load().centrality(measure: actorMeasure, request: request, top: limit)
            }
            try printScores(rows, column: measure.name, json: output.json)
        }
    }
}
