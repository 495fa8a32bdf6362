import ActorGraphCore
import GraphStore
import Render

/// Assembles a report's sections from the view: the data is read once, the quotes are numbered as they are
/// placed, and the figures are drawn as their sections need them.
struct ReportBuilder {
    let workspace: Workspace
    let request: ReportRequest
    let view: ReportView
    let prefix: String
    var citations: ReportCitations
    /// Figures numbered in document order.
    var figureCount = 0
    /// What the renderer had to leave out, for the status output.
    var notes: [String] = []

    /// Quotes per relation in the profile and the connection sections.
    static let quotesPerRelation = 3
    /// Relations the summary quotes.
    static let keyRelations = 3

    init(workspace: Workspace, request: ReportRequest) throws {
        self.workspace = workspace
        self.request = request
        let view = try ReportView(workspace: workspace, request: request)
        guard !view.relations.isEmpty else { throw ReportError.emptyView }
        self.view = view
        self.prefix = request.idPrefix ?? ReportIdentity.prefix(request: request, view: view)
        self.citations = ReportCitations(view: view)
    }

    mutating func build() throws -> ReportDocument {
        let figures = ReportFigures(view: view, prefix: prefix)
        let focus = try request.focus.map { try workspace.resolve($0) }
        let relate = try request.between.map { pair in
            try workspace.relate(pair.0, pair.1, k: request.k, query: request.query)
        }
        var sections = [summary(focus: focus, relate: relate)]
        sections.append(try mapSection(figures))
        sections.append(legendSection())
        sections.append(actorsSection())
        if let focus { sections.append(try profileSection(focus, figures: figures)) }
        if let relate { sections.append(try connectionSection(relate, figures: figures)) }
        sections.append(sourcesSection())
        sections.append(methodologySection())
        sections.append(ReportSection(kind: .notes, heading: "Notes", blocks: [.noteList]))
        return ReportDocument(
            title: title(focus: focus, relate: relate), subtitle: subtitle(), idPrefix: prefix, sections: sections,
            notes: citations.notes, sources: citations.sources, generator: "ActorGraph \(ActorGraphVersion.number)")
    }

    // MARK: - Heading

    private func title(focus: Entity?, relate: RelateReport?) -> String {
        if let title = request.title { return title }
        if let focus { return "\(focus.name): an influence dossier" }
        if let relate { return "\(relate.first) and \(relate.second): an influence dossier" }
        return "Influence dossier"
    }

    private func subtitle() -> String {
        let documents = view.evidenceByDocument.count
        return
            "\(ReportNumbers.count(documents, "document")), \(ReportNumbers.count(view.rankedActors.count, "actor")), "
            + "\(ReportNumbers.count(view.relations.count, "relation")) · ActorGraph \(ActorGraphVersion.number)"
    }

    // MARK: - Summary

    private mutating func summary(focus: Entity?, relate: RelateReport?) -> ReportSection {
        var blocks: [ReportBlock] = [.paragraph([.text(corpusSentence())]), .paragraph([.text(relationsSentence())])]
        let top = view.rankedActors.prefix(3).map { "\($0) (\(ReportNumbers.fixed(view.pagerank[$0] ?? 0)))" }
        if !top.isEmpty {
            blocks.append(
                .paragraph([
                    .text(
                        "The most central \(top.count == 1 ? "actor" : "actors") by PageRank "
                            + "\(top.count == 1 ? "is" : "are") \(ReportNumbers.list(top)).")
                ]))
        }
        // The best-attested relations, skipping one whose first sentence an earlier one already quotes.
        var strongest: [RelationSpan] = []
        var quoted: Set<Evidence> = []
        for span in view.relations.sorted(by: {
            ($1.relation.weight, $0.relation.source, $0.relation.type, $0.relation.target)
                < ($0.relation.weight, $1.relation.source, $1.relation.type, $1.relation.target)
        }) where strongest.count < Self.keyRelations {
            guard let first = Self.quotable(span.relation.evidence, limit: 1).first, quoted.insert(first).inserted
            else { continue }
            strongest.append(span)
        }
        if !strongest.isEmpty {
            blocks.append(.paragraph([.text("The best-attested relations, each with its first sentence:")]))
            for span in strongest { blocks += relationBlocks(span, quotes: 1) }
        }
        if let focus {
            let relations = view.relations(of: focus.name)
            let partners = Set(relations.flatMap { [$0.relation.source, $0.relation.target] }).subtracting([focus.name])
            blocks.append(
                .paragraph([
                    .strong(focus.name),
                    .text(
                        " has \(ReportNumbers.count(relations.count, "relation")) with "
                            + "\(ReportNumbers.count(partners.count, "actor")) in this view; its profile quotes them."),
                ]))
        }
        if let relate { blocks.append(.paragraph([.text(relate.summary)])) }
        return ReportSection(kind: .summary, heading: "Summary", blocks: blocks)
    }

    private func corpusSentence() -> String {
        let cited = view.evidenceByDocument.keys
        let stored = view.documents.count
        let dates = cited.compactMap { view.documents[$0]?.date }.sorted()
        var sentence = "This dossier rests on \(ReportNumbers.count(cited.count, "document"))"
        if stored > cited.count { sentence += " (of \(stored) stored) that hold evidence in this view" }
        if let first = dates.first, let last = dates.last {
            sentence += first == last ? ", dated \(first)" : ", dated \(first) to \(last)"
            let undated = cited.count - dates.count
            if undated > 0 { sentence += " (\(undated) undated)" }
        } else {
            sentence += cited.count == 1 ? ", which is undated" : ", none of them dated"
        }
        return sentence + "."
    }

    private func relationsSentence() -> String {
        var byPolarity: [Polarity: Int] = [:]
        for span in view.relations { byPolarity[span.relation.type.polarity, default: 0] += 1 }
        let sentences = Set(
            view.relations.flatMap { span in span.relation.evidence.map { "\($0.document):\($0.start):\($0.end)" } }
        ).count
        let parts = Polarity.allCases.compactMap { polarity -> String? in
            guard let count = byPolarity[polarity], count > 0 else { return nil }
            return "\(count) \(ReportWords.polarityPhrase(polarity))"
        }
        return "ActorGraph found \(ReportNumbers.count(view.rankedActors.count, "actor")) linked by "
            + "\(ReportNumbers.count(view.relations.count, "relation")), backed by "
            + "\(ReportNumbers.count(sentences, "evidence sentence")): \(ReportNumbers.list(parts))."
    }

    /// "Russia supports Mali".
    func sentence(_ relation: Relation) -> String {
        "\(relation.source) \(relation.type.verbPhrase) \(relation.target)"
    }

    // MARK: - Map, legend, table

    private mutating func mapSection(_ figures: ReportFigures) throws -> ReportSection {
        let drawn = try figures.influenceMap(top: request.top)
        let shown = drawn.figure.model.nodes.count
        let top = min(request.top, view.rankedActors.count)
        var caption =
            "The most central actors by PageRank (\(shown) of the top \(top)) and the "
            + "\(ReportNumbers.count(drawn.relations, "relation")) among them, drawn as "
            + "\(ReportNumbers.count(drawn.lines, "line")): all relations between two actors share one line, "
            + "and “+2” on it means two more. Node size is PageRank; line width is the number of evidence sentences."
        if drawn.labelled < drawn.lines {
            caption += " Labels name the relation on the \(drawn.labelled) best-attested lines."
        }
        let omitted = drawn.figure.omitted.count
        let unlinked = top - shown - omitted
        if omitted > 0 {
            caption +=
                (omitted == 1 ? " The least central actor is" : " The \(omitted) least central actors are")
                + " left out to keep the labels legible."
            notes.append("map: \(ReportNumbers.count(omitted, "less central actor")) left out so labels stay legible")
        }
        if unlinked > 0 {
            caption +=
                " \(ReportNumbers.count(unlinked, "actor")) with no relation to the others \(unlinked == 1 ? "is" : "are") "
                + "not drawn."
        }
        if omitted + unlinked > 0 { caption += " The table lists all \(top)." }
        let figure = nextFigure(
            key: "map", drawn: drawn, caption: caption,
            alternative: "Influence map of \(shown) of the most central actors and their relations")
        return ReportSection(kind: .map, heading: "Influence map", blocks: [.figure(figure)], startsPage: false)
    }

    mutating func nextFigure(key: String, drawn: ReportFigures.Drawn, caption: String, alternative: String)
        -> ReportFigure
    {
        figureCount += 1
        return ReportFigure(
            key: key, number: figureCount, svg: drawn.figure.map.bytes, caption: caption, alternative: alternative)
    }

    private func legendSection() -> ReportSection {
        let types = Set(view.rankedActors.compactMap { view.entities[$0]?.type })
        let polarities = Set(view.relations.map(\.relation.type.polarity))
        let legend = ReportLegend(
            types: EntityType.allCases.sorted().filter(types.contains),
            polarities: Polarity.allCases.filter(polarities.contains),
            notes: [
                "Node size grows with PageRank; line width with the number of evidence sentences.",
                "A label such as “supports +2” names the best-attested relation between two actors and counts the "
                    + "others on the same line.",
                "Cooperates with is mutual and drawn without an arrowhead; every other relation points from its "
                    + "source to its target.",
                "In the profile and connection maps, the relations of the actors in question are drawn bold; the "
                    + "others are faded.",
            ])
        return ReportSection(kind: .legend, heading: "Legend", blocks: [.legend(legend)])
    }

    private func actorsSection() -> ReportSection {
        let ranked = Array(view.rankedActors.prefix(max(1, request.top)))
        let rows = ranked.enumerated().map { index, name -> [String] in
            let entity = view.entities[name]
            return [
                String(index + 1), name, entity?.type.rawValue ?? "", ReportNumbers.fixed(view.pagerank[name] ?? 0),
                ReportNumbers.fixed(view.betweenness[name] ?? 0), ReportNumbers.fixed(view.degree[name] ?? 0),
                String(view.relations(of: name).count), String(entity?.mentions ?? 0),
            ]
        }
        let table = ReportTable(
            headers: ["#", "Actor", "Type", "PageRank", "Betweenness", "Degree", "Relations", "Mentions"], rows: rows,
            numericColumns: [0, 3, 4, 5, 6, 7])
        return ReportSection(
            kind: .actors, heading: "Most central actors",
            blocks: [
                .paragraph([
                    .text(
                        "The \(ReportNumbers.count(ranked.count, "actor")) with the highest PageRank in this view. "
                            + "Betweenness and degree are computed with relations followed either way; the "
                            + "methodology gives their definitions.")
                ]),
                .table(table),
            ], startsPage: true)
    }
}

/// Words for polarities in running text.
enum ReportWords {
    /// "of cooperation", "of conflict", "structural", "of presence".
    static func polarityPhrase(_ polarity: Polarity) -> String {
        switch polarity {
        case .cooperation: "of cooperation"
        case .conflict: "of conflict"
        case .structural: "structural"
        case .neutral: "of presence"
        }
    }
}
