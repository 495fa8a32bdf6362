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

        @Option(name: .long, help: "svg|png|pdf|dot|xdot|json.") var format: String = "svg"
        @Option(name: .long, help: ArgumentHelp("Where to write the map.", valueName: "file")) var out: String
        @Option(name: .long, help: "dot|neato|fdp|sfdp|circo|twopi (default: by size).") var engine: String?
        @Option(name: .long, help: "Map title.") var title: String?
        @Option(name: .long, help: "Keep the N most central actors (0: all).") var top: Int = 0
        @Option(name: .long, help: "Measure that picks the top actors.") var measure: String = "pagerank"
        @Option(name: .customLong("size-by"), help: "Measure that sizes the nodes (default: --measure).")
        var sizeBy: String?
        @Option(name: .customLong("min-weight"), help: "Hide relations with fewer evidence sentences.")
        var minWeight: Double = 0
        @Option(name: .long, help: "Only these types, comma-separated: person,state,group,agreement.")
        var types: String?
        @Option(name: .long, help: "Ego map around this actor.") var focus: String?
        @Option(name: .long, help: "Ego map radius.") var depth: Int = 1
        @Option(
            name: .long, parsing: .upToNextOption,
            help: ArgumentHelp("Relation view between two actors.", valueName: "A B"))
        var between: [String] = []
        @Option(name: .long, help: "Relation view: how many paths.") var k: Int = 3
        @Option(name: .long, help: "Group nodes: none|type|community.") var clusters: String = "none"
        @Option(
            name: .customLong("link-template"),
            help: ArgumentHelp("Make nodes and edges links.", valueName: "https://…/{document}#{start}"))
        var linkTemplate: String?
        @Flag(name: .customLong("no-legend"), help: "Leave out the legend.") var noLegend: Bool = false

        func validate() throws {
            if !between.isEmpty && between.count != 2 { throw ValidationError("--between takes exactly two actors") }
            if focus != nil && !between.isEmpty { throw ValidationError("use --focus or --between, not both") }
            if MapRequest.Clusters(rawValue: clusters) == nil {
                throw ValidationError("--clusters must be none, type or community")
            }
            for type in typeList where EntityType(userInput: type) == nil {
                throw ValidationError("--types: unknown type '\(type)'; use person, state, group, agreement")
            }
        }

        private var typeList: [String] {
            (types ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
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
            request.types = types == nil ? nil : Set(typeList.compactMap(EntityType.init(userInput:)))
            request.focus = focus
            request.depth = depth
            request.between = between.count == 2 ? (between[0], between[1]) : nil
            request.k = k
            request.clusters = MapRequest.Clusters(rawValue: clusters) ?? .none
            request.linkTemplate = linkTemplate
            request.legend = !noLegend
            let output = try graph.load().renderMap(request)
            try AtomicFile.write(output.bytes, to: out)
            for note in output.notes { printError("note: \(note)") }
            Terminal.say(
                "wrote \(out): \(output.nodes) actors, \(output.edges) relations (\(format), layout \(output.engine))")
        }
    }
}
