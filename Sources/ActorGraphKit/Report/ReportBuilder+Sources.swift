import ActorGraphCore
import GraphStore
import Render

extension ReportBuilder {
    // MARK: - Sources

    func sourcesSection() -> ReportSection {
        var blocks: [ReportBlock] = [
            .paragraph([
                .text(
                    "Every quotation in this report comes from one of these "
                        + "\(ReportNumbers.count(citations.sources.count, "document")); its note gives the "
                        + "sentence’s position in the document’s text.")
            ]),
            .sourceList,
        ]
        let cited = Set(citations.sources.map(\.source.document))
        let uncited = view.evidenceByDocument.keys.filter { !cited.contains($0) }.count
        if uncited > 0 {
            blocks.append(
                .paragraph([
                    .text(
                        "\(ReportNumbers.count(uncited, "more document")) \(uncited == 1 ? "holds" : "hold") evidence "
                            + "in this view but \(uncited == 1 ? "is" : "are") not quoted.")
                ]))
        }
        return ReportSection(kind: .sources, heading: "Sources", blocks: blocks, startsPage: true)
    }

    // MARK: - Methodology

    func methodologySection() -> ReportSection {
        let query = request.query
        var filters: [[ReportInline]] = []
        filters.append([
            .strong("Confidence floor: "),
            .text(
                query.minConfidence > 0
                    ? "relations of confidence \(ReportNumbers.fixed(query.minConfidence, digits: 2)) or more."
                    : "none; every relation counts."),
        ])
        filters.append([
            .strong("Polarity: "),
            .text(query.polarity.map { "only relations \(ReportWords.polarityPhrase($0))." } ?? "every polarity."),
        ])
        filters.append([
            .strong("Actor types: "),
            .text(
                request.types.map { types in
                    ReportNumbers.list(EntityType.allCases.sorted().filter(types.contains).map(\.rawValue)) + " only."
                } ?? "all."),
        ])
        let window: String
        switch (query.since, query.until) {
        case (nil, nil): window = "every document, dated or not."
        case (let since?, nil): window = "evidence from documents dated \(since) or later."
        case (nil, let until?): window = "evidence from documents dated \(until) or earlier."
        case (let since?, let until?): window = "evidence from documents dated \(since) to \(until)."
        }
        filters.append([.strong("Dates: "), .text(window)])
        filters.append([
            .strong("Map and table: "),
            .text("the \(request.top) actors of highest PageRank among those with a relation in this view."),
        ])
        let measures: [[ReportInline]] = [
            [
                .strong("PageRank"),
                .text(
                    ": NetworkX’s pagerank on the directed graph, damping 0.85 (an actor is central when central "
                        + "actors point to it)."),
            ],
            [
                .strong("Betweenness"),
                .text(
                    ": NetworkX’s betweenness_centrality, normalised, with relations followed either way (how "
                        + "often an actor lies on the shortest paths between others)."),
            ],
            [
                .strong("Degree"),
                .text(": neighbours divided by the number of other actors, relations followed either way."),
            ],
        ]
        var polarities: [[ReportInline]] = []
        for polarity in Polarity.allCases {
            let relations = RelationType.allCases.filter { $0.polarity == polarity }.sorted().map(\.shortLabel)
            polarities.append([
                .strong(polarity.rawValue),
                .text(" (\(ReportNumbers.list(relations))): \(ReportWords.polarityMeaning(polarity))"),
            ])
        }
        let imported = view.relations.contains { $0.relation.evidence.contains { $0.importedFrom != nil } }
        var blocks: [ReportBlock] = [
            .paragraph([
                .text(
                    "Actors and relations were read from the documents by ActorGraph \(ActorGraphVersion.number) "
                        + "(database schema \(GraphStore.schemaVersion)), a rule-based reader of English news. Each "
                        + "relation keeps the sentences that state it; every quotation here is one of them, word for "
                        + "word, and its note gives its position as character offsets (Unicode scalars) in the "
                        + "document’s text. A relation’s weight is its number of distinct sentences; its confidence is "
                        + "that of the strongest rule that found it.")
            ]),
            .subheading("Filters"), .list(filters),
            .subheading("Measures"), .list(measures),
            .subheading("What the colours mean"), .list(polarities),
            .paragraph([
                .text(
                    "Figures are drawn by Graphviz (dot, top to bottom). All relations between two actors share one "
                        + "line, labelled with the best-attested one and a count of the others; only the "
                        + "\(ReportFigures.labelledLines) best-attested lines with \(Int(ReportFigures.labelMinimumWeight)) "
                        + "sentences or more are labelled. When a map would need labels under 9 pt at print size, its "
                        + "least central actors are left out and the caption says so.")
            ]),
        ]
        if imported {
            blocks.append(
                .paragraph([
                    .text(
                        "Some relations were imported from graph files; their notes name the file, since such a "
                            + "sentence has no position in an article read here.")
                ]))
        }
        return ReportSection(kind: .methodology, heading: "Methodology", blocks: blocks, startsPage: true)
    }
}

extension ReportWords {
    /// What a polarity's colour on the map says.
    static func polarityMeaning(_ polarity: Polarity) -> String {
        switch polarity {
        case .cooperation: "support, partnership or alliance; bluish-green solid lines."
        case .conflict: "hostility, sanctions or withdrawal; vermillion lines ending in a bar."
        case .structural: "membership, leadership, office, succession or party to an agreement; grey dashed lines."
        case .neutral: "presence without a stance (forces deployed somewhere); sky-blue dotted lines."
        }
    }
}

/// The report's id prefix, derived from what it shows.
enum ReportIdentity {
    /// `ag` and eight hex digits of the SHA-256 of the request and of the view's relations and documents: the
    /// same report always gets the same prefix, two different ones inlined in a page get different ones.
    static func prefix(request: ReportRequest, view: ReportView) -> String {
        var canonical = "report 1\n"
        canonical += "title \(request.title ?? "")\nfocus \(request.focus ?? "")\n"
        canonical += "between \(request.between.map { "\($0.0)\u{1F}\($0.1)" } ?? "")\n"
        canonical += "top \(request.top) k \(request.k)\n"
        let query = request.query
        canonical +=
            "query \(query.polarity?.rawValue ?? "any") \(query.minConfidence) \(query.since ?? "") \(query.until ?? "")\n"
        canonical += "types \(request.types.map { $0.map(\.rawValue).sorted().joined(separator: ",") } ?? "all")\n"
        for span in view.relations {
            canonical += "r \(span.relation.id?.rawValue ?? 0) \(span.relation.weight) \(span.relation.confidence)\n"
        }
        for document in view.documents.values.sorted(by: { $0.id < $1.id }) {
            canonical += "d \(document.id) \(document.contentHash)\n"
        }
        return "ag" + SHA256.hex(of: Array(canonical.utf8)).prefix(8)
    }
}
