import ActorGraphCore
import ActorGraphKit
import ArgumentParser
import Foundation

extension ActorGraphCommand {
    struct Render: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Draw an influence map with Graphviz (in-process): the whole map, an ego map, or two actors' links.",
            discussion: """
                Nodes are shaped and coloured by type and sized by centrality; edges are coloured by polarity,
                as wide as their evidence, and their tooltips quote the best sentence.

                Examples:
                  actorgraph render --format svg --out map.svg --top 30
                  actorgraph render --format png --out russia.png --focus Russia --depth 1
                  actorgraph render --format svg --out link.svg --between Russia Mali --k 3
                  actorgraph render --format dot --out map.dot
                """)

        @OptionGroup var graph: GraphOptions

        @Option(name: .long, help: "The drawing's format.") var format: MapFormat = .svg
        @Option(name: .long, help: ArgumentHelp("Where to write the map; - for standard output.", valueName: "file"))
        var out: String
        @Option(name: .long, help: "The layout engine (default: dot, or sfdp for large maps).") var engine: MapEngine?
        @Option(name: .long, help: "Map title.") var title: String?
        @Option(name: .long, help: "Keep the N most central actors (0: all).") var top: Int = 0
        @Option(name: .long, help: "Measure that picks the top actors.") var measure: Measure = .pagerank
        @Option(name: .customLong("size-by"), help: "Measure that sizes the nodes (default: --measure).")
        var sizeBy: Measure?
        @Option(name: .customLong("min-weight"), help: "Hide relations with fewer evidence sentences.")
        var minWeight: Double = 0
        @Option(
            name: .long, parsing: .upToNextOption,
            help: ArgumentHelp("Only actors of these types.", valueName: "type"))
        var types: [EntityType] = []
        @Option(name: .long, help: "Ego map around this actor.") var focus: String?
        @Option(name: .long, help: "Ego map radius.") var depth: Int = 1
        @Option(
            name: .long, parsing: .upToNextOption,
            help: ArgumentHelp("Relation view between two actors.", valueName: "A B"))
        var between: [String] = []
        @Option(name: .long, help: "Relation view: how many paths.") var k: Int = 3
        @Option(name: .long, help: "Group nodes into boxes.") var clusters: MapRequest.Clusters = .none
        @Option(
            name: .customLong("link-template"),
            help: ArgumentHelp("Make nodes and edges links.", valueName: "https://…/{document}#{start}"))
        var linkTemplate: String?
        @Flag(name: .customLong("no-legend"), help: "Leave out the legend.") var noLegend: Bool = false
        @Option(
            name: .customLong("id-prefix"),
            help: ArgumentHelp(
                "Start every SVG element id with this (default: derived from the map's content).",
                valueName: "prefix"))
        var idPrefix: String?
        @OptionGroup var status: StatusOptions

        func validate() throws {
            if !between.isEmpty && between.count != 2 { throw ValidationError("--between takes exactly two actors") }
            if focus != nil && !between.isEmpty { throw ValidationError("use --focus or --between, not both") }
        }

        /// What `--json` prints.
        struct Drawn: Codable {
            var path: String
            var format: MapFormat
            var engine: MapEngine?
            var actors: Int
            var relations: Int
            var notes: [String]
        }

        func run() throws {
            var request = MapRequest()
            request.format = format
            request.engine = engine
            request.title = title
            request.top = top
            request.measure = measure
            request.sizeBy = sizeBy
            request.minWeight = minWeight
            request.types = types.isEmpty ? nil : Set(types)
            request.focus = focus
            request.depth = depth
            request.between = between.count == 2 ? (between[0], between[1]) : nil
            request.k = k
            request.clusters = clusters
            request.linkTemplate = linkTemplate
            request.legend = !noLegend
            request.idPrefix = idPrefix
            let progress = WorkProgress(label: "actors")
            let output = try ProgressDisplay.showing(progress, enabled: !status.quiet) {
                try graph.load().renderMap(request, progress: progress)
            }
            try Files.write(output.bytes, to: out)
            if !status.quiet && !status.json { for note in output.notes { printError("note: \(note)") } }
            // The drawing itself went to standard output: a status line there would corrupt it.
            if Files.isStandardStream(out) { return }
            let drawn = Drawn(
                path: out, format: format, engine: output.engine, actors: output.nodes, relations: output.edges,
                notes: output.notes)
            try status.report(
                drawn,
                text: "wrote \(out): \(output.nodes) actors, \(output.edges) relations "
                    + "(\(format.rawValue), layout \(output.engine?.rawValue ?? "none"))")
        }
    }
}
