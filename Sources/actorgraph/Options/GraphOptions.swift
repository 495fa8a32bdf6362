import ActorGraphCore
import ActorGraphKit
import ArgumentParser

/// The flags every analysis command shares: where the graph comes from and which edges count.
struct GraphOptions: ParsableArguments {
    @OptionGroup var store: StoreOptions

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Analyse this edge list instead of the database (lines 'source target [weight]', # comments; - for stdin).",
            valueName: "file"))
    var edges: String?

    @Flag(help: "Which way relations are followed (the command's default is in its description).")
    var direction: Direction?

    @Flag(name: .long, help: "Weight edges by their number of evidence sentences.")
    var weighted: Bool = false

    @OptionGroup var polarity: PolarityOption

    @OptionGroup var filter: FilterOptions

    /// The query with the direction given, or the command's default.
    func query(default fallback: Direction) -> GraphQuery {
        GraphQuery(
            undirected: (direction ?? fallback) == .undirected, weighted: weighted, polarity: polarity.value,
            minConfidence: filter.minConfidence, since: filter.since, until: filter.until)
    }

    /// The graph to analyse: the edge list when given, else the database.
    func load(default fallback: Direction = .directed) throws -> AnalysisGraph {
        let query = query(default: fallback)
        if let edges { return try AnalysisGraph.edgeList(path: edges == "-" ? "/dev/stdin" : edges, query: query) }
        return try Workspace(databasePath: store.db).analysisGraph(query)
    }

    /// The undirected graph, for measures defined only there; `--directed` is a usage error.
    func loadUndirected(measure: String) throws -> AnalysisGraph {
        if direction == .directed {
            throw ValidationError("\(measure) are computed on the undirected view; leave out --directed")
        }
        return try load(default: .undirected)
    }
}
