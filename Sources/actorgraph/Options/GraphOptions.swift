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

    @Option(name: .customLong("min-confidence"), help: "Keep only relations at or above this confidence (0–1).")
    var minConfidence: Double = 0

    @Option(name: .long, help: ArgumentHelp("Keep only evidence dated on or after this day.", valueName: "YYYY-MM-DD"))
    var since: String?

    @Option(name: .long, help: ArgumentHelp("Keep only evidence dated on or before this day.", valueName: "YYYY-MM-DD"))
    var until: String?

    func validate() throws {
        guard polarity == "any" || Polarity(rawValue: polarity) != nil else {
            throw ValidationError("--polarity must be one of cooperation, conflict, structural, neutral, any")
        }
        guard (0...1).contains(minConfidence) else { throw ValidationError("--min-confidence must be between 0 and 1") }
    }

    var query: GraphQuery {
        GraphQuery(
            undirected: undirected, weighted: weighted, polarity: Polarity(rawValue: polarity),
            minConfidence: minConfidence, since: since, until: until)
    }

    /// The graph to analyse: the edge list when given, else the database.
    func load(undirected forced: Bool = false) throws -> AnalysisGraph {
        var query = query
        if forced { query.undirected = true }
        if let edges { return try AnalysisGraph.edgeList(path: edges, query: query) }
        return try Workspace(databasePath: store.db).analysisGraph(query)
    }
}
