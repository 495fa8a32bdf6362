public import ActorGraphCore
import Analysis
import GraphStore

/// Everything a report reads from the store, once: the relations of the view with their evidence, the actors,
/// the documents, and the centralities of the view.
struct ReportView {
    let request: ReportRequest
    /// Relations passing the confidence floor, date window, polarity and type filters, with their evidence.
    let relations: [RelationSpan]
    /// Every stored actor by canonical name.
    let entities: [String: Entity]
    /// Every stored document by id.
    let documents: [String: DocumentInfo]
    /// The directed view (PageRank) and the undirected one (betweenness, degree, paths, ego networks).
    let directed: MapGraph
    let undirected: MapGraph
    /// Scores by actor name.
    let pagerank: [String: Double]
    let betweenness: [String: Double]
    let degree: [String: Double]

    init(workspace: Workspace, request: ReportRequest) throws {
        self.request = request
        var directedQuery = request.query
        directedQuery.undirected = false
        var undirectedQuery = request.query
        undirectedQuery.undirected = true
        directed = MapGraph(analysis: try workspace.analysisGraph(directedQuery))
            .filtered(types: request.types, minWeight: 0)
        undirected = MapGraph(analysis: try workspace.analysisGraph(undirectedQuery))
            .filtered(types: request.types, minWeight: 0)
        pagerank = try directed.scores(measure: .pagerank)
        betweenness = try undirected.scores(measure: .betweenness)
        degree = try undirected.scores(measure: .degree)

        let stored = try workspace.store.entities()
        entities = Dictionary(stored.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        documents = Dictionary(
            try workspace.store.documents().map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let types = request.types
        let entities = self.entities
        relations = try workspace.store.relationSpans(
            minConfidence: request.query.minConfidence, since: request.query.since, until: request.query.until
        ).filter { span in
            guard request.query.admits(span.relation.type) else { return false }
            guard let types else { return true }
            return [span.relation.source, span.relation.target].allSatisfy { name in
                entities[name].map { types.contains($0.type) } ?? false
            }
        }
    }

    /// Actors with at least one relation in the view, most central first (PageRank, then name).
    var rankedActors: [String] {
        let linked = Set(relations.flatMap { [$0.relation.source, $0.relation.target] })
        return linked.sorted { (pagerank[$0] ?? 0, $1) > (pagerank[$1] ?? 0, $0) }
    }

    /// The relations with `name` at one end.
    func relations(of name: String) -> [RelationSpan] {
        relations.filter { $0.relation.source == name || $0.relation.target == name }
    }

    /// Every evidence sentence of the view, counted once per relation, by document.
    var evidenceByDocument: [String: Int] {
        var counts: [String: Int] = [:]
        for span in relations {
            for evidence in span.relation.evidence { counts[evidence.document, default: 0] += 1 }
        }
        return counts
    }

    /// The citation of a document: what the store knows of it, the id as fallback.
    func source(for evidence: Evidence) -> DocumentSource {
        if evidence.importedFrom != nil { return DocumentSource(document: evidence.document, provenance: .imported) }
        return documents[evidence.document].map(DocumentSources.source) ?? DocumentSource(document: evidence.document)
    }
}

/// How a stored document becomes a citation.
enum DocumentSources {
    /// The source of a stored document: its title, outlet, author and URL as ingest read them (front matter,
    /// sidecar, page head), and its publication date, else the date it was ingested with.
    static func source(_ document: DocumentInfo) -> DocumentSource {
        var source = document.source
        if source.published == nil { source.published = document.date }
        return source
    }
}

extension Workspace {
    /// Every stored document as a citation, sorted by id.
    public func documentSources() throws -> [DocumentSource] {
        try store.documents().map(DocumentSources.source)
    }
}
