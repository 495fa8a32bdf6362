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

    @Option(name: .long, help: "Keep only relations of this polarity: cooperation|conflict|structural|neutral|any.")
    var polarity: String = "any"

    @OptionGroup var filter: FilterOptions

    func validate() throws {
        guard polarity == "any" || Polarity(rawValue: polarity) != nil else {
            throw ValidationError("--polarity must be one of cooperation, conflict, structural, neutral, any")
        }
    }

    var query: GraphQuery {
        GraphQuery(
            undirected: undirected, weighted: weighted, polarity: Polarity(rawValue: polarity),
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
