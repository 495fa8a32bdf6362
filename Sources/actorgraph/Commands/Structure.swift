import ActorGraphCore
import ActorGraphKit
import ArgumentParser
import Foundation

extension ActorGraphCommand {
    struct Components: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List connected components, largest first (weak by default).",
            discussion: "Examples:\n  actorgraph components\n  actorgraph components --strong --edges graph.txt")

        @OptionGroup var graph: GraphOptions
        @OptionGroup var output: OutputOptions

        @Flag(name: .long, help: "Strongly connected components (follow direction).")
        var strong: Bool = false

        func run() throws {
            let rows = try graph.load().components(strong: strong)
            if output.json { return try printJSON(rows) }
            var table = TextTable(headers: ["#", "size", "members"], numericColumns: [0, 1])
            for (index, row) in rows.enumerated() {
                table.append([String(index + 1), String(row.size), row.members.map(\.name).joined(separator: ", ")])
            }
            Terminal.say(table.render())
        }
    }

    struct Communities: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Find communities with Louvain (seeded, reproducible) and report their modularity.",
            discussion: "Example:\n  actorgraph communities --seed 7")

        @OptionGroup var graph: GraphOptions
        @OptionGroup var output: OutputOptions

        @Option(name: .long, help: "Random seed.") var seed: UInt64 = 42
        @Option(name: .long, help: "Resolution (above 1: smaller communities).") var resolution: Double = 1

        func run() throws {
            let report = try graph.loadUndirected(measure: "communities").communities(
                resolution: resolution, seed: seed)
            if output.json { return try printJSON(report) }
            Terminal.say("modularity \(String(format: "%.6f", report.modularity))")
            // Actors with no relation in this view are communities of one: counted, not listed (JSON lists them).
            let groups = report.communities.filter { $0.size > 1 }
            var table = TextTable(headers: ["#", "size", "members"], numericColumns: [0, 1])
            for (index, row) in groups.enumerated() {
                table.append([String(index + 1), String(row.size), row.members.map(\.name).joined(separator: ", ")])
            }
            Terminal.say(table.render())
            let alone = report.communities.count - groups.count
            if alone > 0 {
                Terminal.say("and \(alone) actor\(alone == 1 ? "" : "s") in communities of one (see --json)")
            }
        }
    }

    struct KCore: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "kcore",
            abstract: "Core number of every actor (the largest k such that it sits in the k-core).",
            discussion: "Example:\n  actorgraph kcore --top 0")

        @OptionGroup var graph: GraphOptions
        @OptionGroup var output: OutputOptions
        @OptionGroup var top: TopOption

        func run() throws {
            let rows = try graph.loadUndirected(measure: "core numbers").coreNumbers(top: top.limit(json: output.json))
            try printScores(rows, column: "core", json: output.json) { String(Int($0)) }
        }
    }

    struct Clustering: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Clustering coefficient of every actor: how many of its neighbours are linked to each other.",
            discussion: "Example:\n  actorgraph clustering --top 0 --json")

        @OptionGroup var graph: GraphOptions
        @OptionGroup var output: OutputOptions
        @OptionGroup var top: TopOption

        func run() throws {
            let rows = try graph.loadUndirected(measure: "clustering coefficients").clustering(
                top: top.limit(json: output.json))
            try printScores(rows, column: "clustering", json: output.json)
        }
    }

    struct Ego: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the actors within R hops of one actor.",
            discussion: "Example:\n  actorgraph ego Russia --radius 2")

        @OptionGroup var graph: GraphOptions
        @OptionGroup var output: OutputOptions

        @Argument(help: "The centre actor.") var name: String
        @Option(name: .long, help: "How many hops.") var radius: Int = 1

        func validate() throws { if radius < 0 { throw ValidationError("--radius must be 0 or more") } }

        func run() throws {
            let report = try graph.loadUndirected(measure: "ego networks").ego(name, radius: radius)
            if output.json { return try printJSON(report) }
            Terminal.say(
                "\(report.center): \(report.members.count) actors, \(report.edges) relations within \(report.radius) hop\(report.radius == 1 ? "" : "s")"
            )
            for member in report.members { Terminal.say("  \(member.name)") }
        }
    }
}
