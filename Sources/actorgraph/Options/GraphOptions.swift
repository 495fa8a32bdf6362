import ActorGraphCore
import ActorGraphKit
import ArgumentParser

/// The flags every analysis command shares: where the graph comes from and which edges count.
struct GraphOptions: ParsableArguments {
    @OptionGroup var store: StoreOptions

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Analyse this edge list instead of the database (lines 'source target [weight]', # comments).",
            valueName: "file"))
    var edges: String?

    @Flag(name: .long, help: "Ignore relation direction.")
    var undirected: Bool = false

    @Flag(name: .long, help: "Weight edges by their number of evidence sentences.")
    var weighted: Bool = false

    @OptionGroup var polarity: PolarityOption

    @OptionGroup var filter: FilterOptions

    func validate() throws {
    }

    var query: GraphQuery {
        GraphQuery(
            undirected: undirected, weighted: weighted, polarity: polarity.value,
            minConfidence: filter.minConfidence, since: filter.since, until: filter.until)
    }

    /// The graph to analyse: the edge list when given, else the database.
    func load(undirected forced: Bool = false) throws -> AnalysisGraph {
        var query = query
        if forced { query.undirected = true }
        if let edges { return try AnalysisGraph.edgeList(path: edges, query: query) }
        return try Workspace(databasePath: store.db).analysisGraph(query)
    }
}
