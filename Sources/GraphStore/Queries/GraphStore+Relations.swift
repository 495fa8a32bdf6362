public import ActorGraphCore
import GRDB

extension GraphStore {
    /// Visible relations with their evidence (in document order), optionally those of one actor.
    ///
    /// Sorted by source name, type, target name. Symmetric relations come with ends in alphabetical order.
    /// - Parameters:
    ///   - name: An actor's name or alias; `nil` for every relation.
    ///   - minConfidence: Keeps relations whose confidence is at least this.
    ///   - since: Keeps evidence from documents dated on or after this `YYYY-MM-DD`.
    ///   - until: Keeps evidence from documents dated on or before this `YYYY-MM-DD`.
    /// - Returns: The relations, each with its evidence inside the window.
    /// - Throws: ``GraphStoreError/unknownEntity(name:suggestions:)`` for an unknown name.
    public func relations(
        involving name: String? = nil, minConfidence: Double = 0, since: String? = nil, until: String? = nil
    ) throws(GraphStoreError) -> [Relation] {
        try relationSpans(involving: name, minConfidence: minConfidence, since: since, until: until).map(\.relation)
    }

    /// Like ``relations(involving:minConfidence:since:until:)``, with each relation's first and last
    /// evidence-document date.
    public func relationSpans(
        involving name: String? = nil, minConfidence: Double = 0, since: String? = nil, until: String? = nil
    ) throws(GraphStoreError) -> [RelationSpan] {
        try read { db in
            var filter = RelationFilter(minConfidence: minConfidence, since: since, until: until)
            if let name { filter.involving = try EntityLookup.require(db, name: name) }
            return try RelationRows.fetch(db, filter)
        }
    }

    /// Visible relations between two actors, in both directions.
    public func relations(between a: EntityID, and b: EntityID) throws(GraphStoreError) -> [Relation] {
        try relationSpans(between: a, and: b).map(\.relation)
    }

    /// Visible relations between two actors, in both directions, with their evidence inside the date window and
    /// their first and last evidence-document dates.
    public func relationSpans(
        between a: EntityID, and b: EntityID, minConfidence: Double = 0, since: String? = nil, until: String? = nil
    ) throws(GraphStoreError) -> [RelationSpan] {
        try read { db in
            var filter = RelationFilter(minConfidence: minConfidence, since: since, until: until)
            filter.between = (a.rawValue, b.rawValue)
            return try RelationRows.fetch(db, filter)
        }
    }

    /// Every evidence sentence of a relation that counts, in document order; empty for an unknown id.
    ///
    /// A wire copy's sentences are left out when another member of its cluster supplies the relation's
    /// (see docs/store.md, "Near-duplicates").
    public func evidence(for relation: RelationID) throws(GraphStoreError) -> [Evidence] {
        try read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT ev.*, \(RelationRows.sourceColumns) FROM evidence ev JOIN documents d ON d.id = ev.document_id
                    WHERE ev.relation_id = ? AND ev.counted = 1
                    """, arguments: [relation.rawValue]
            ).map(RelationRows.evidence).sorted()
        }
    }

    /// The sentence that best shows a relation: highest confidence, then earliest in document order.
    ///
    /// With a date window, only sentences from documents dated inside it count.
    public func bestEvidence(
        for relation: RelationID, since: String? = nil, until: String? = nil
    ) throws(GraphStoreError) -> Evidence? {
        try read { db in
            var sql = "SELECT ev.*, \(RelationRows.sourceColumns) FROM evidence ev"
            var arguments: StatementArguments = []
            sql += " JOIN documents d ON d.id = ev.document_id"
            sql += " WHERE ev.relation_id = ? AND ev.counted = 1"
            arguments += [relation.rawValue]
            if let since {
                sql += " AND d.date >= ?"
                arguments += [since]
            }
            if let until {
                sql += " AND d.date <= ?"
                arguments += [until]
            }
            return try Row.fetchAll(db, sql: sql, arguments: arguments).map { (row: Row) in
                (confidence: row["confidence"] as Double, evidence: RelationRows.evidence(row))
            }
            .min {
                ($0.confidence > $1.confidence) || ($0.confidence == $1.confidence && $0.evidence < $1.evidence)
            }?
            .evidence
        }
    }
}

/// Reading relations with their evidence in one query.
enum RelationRows {
    /// The `documents d` columns an evidence row needs for its source.
    static let sourceColumns =
        "d.title, d.outlet, d.author, d.published, d.url, d.provenance AS document_provenance"

    /// An evidence row as Core evidence; imported rows name the document their file cites, rows added by
    /// hand (they name their curation) are curated.
    ///
    /// Extracted evidence carries its document's source (title, outlet, date, URL, as far as known);
    /// imported evidence cites a document the store need not hold, and has none.
    static func evidence(_ row: Row) -> Evidence {
        let document: String = row["document_id"]
        let cited: String? = row["cited_document"]
        let curation: Int64? = row["curation_id"]
        let source =
            cited == nil
            ? DocumentRows.metadata(row).source(
                document: document,
                provenance: (row["document_provenance"] as String?).flatMap(Provenance.init(rawValue:)) ?? .extracted)
            : nil
        return Evidence(
            document: cited ?? document, sentence: row["sentence"], start: row["start_offset"],
            end: row["end_offset"], importedFrom: cited == nil ? nil : document,
            curated: curation != nil, source: source)
    }

    static func fetch(_ db: Database, _ filter: RelationFilter) throws -> [RelationSpan] {
        let (conditions, arguments) = filter.sql
        let rows = try Row.fetchCursor(
            db,
            sql: """
                SELECT r.id, r.type, r.confidence, r.source_id, r.target_id, s.name AS source, t.name AS target,
                       ev.document_id, ev.sentence, ev.start_offset, ev.end_offset, ev.cited_document, ev.curation_id,
                       d.date, \(sourceColumns)
                FROM relations r
                JOIN entities s ON s.id = r.source_id
                JOIN entities t ON t.id = r.target_id
                JOIN evidence ev ON ev.relation_id = r.id
                JOIN documents d ON d.id = ev.document_id
                WHERE \(conditions)
                ORDER BY r.id
                """,
            arguments: arguments)
        var spans: [RelationSpan] = []
        var currentID: Int64?
        while let row = try rows.next() {
            let id: Int64 = row["id"]
            if id != currentID {
                currentID = id
                let relation = Relation(
                    id: RelationID(id), source: row["source"], type: RelationType(rawValue: row["type"]) ?? .supports,
                    target: row["target"], confidence: row["confidence"])
                spans.append(
                    RelationSpan(
                        relation: relation, firstSeen: nil, lastSeen: nil,
                        sourceID: EntityID(row["source_id"] as Int64),
                        targetID: EntityID(row["target_id"] as Int64)))
            }
            let last = spans.count - 1
            spans[last].relation.evidence.append(evidence(row))
            if let date: String = row["date"] {
                spans[last].firstSeen = min(spans[last].firstSeen ?? date, date)
                spans[last].lastSeen = max(spans[last].lastSeen ?? date, date)
            }
        }
        for index in spans.indices {
            spans[index].relation.evidence.sort()
            let normalised = spans[index].relation.normalised()
            if normalised.source != spans[index].relation.source {
                (spans[index].sourceID, spans[index].targetID) = (spans[index].targetID, spans[index].sourceID)
            }
            spans[index].relation = normalised
        }
        return spans.sorted {
            ($0.relation.source, $0.relation.type, $0.relation.target, $0.relation.id?.rawValue ?? 0)
                < ($1.relation.source, $1.relation.type, $1.relation.target, $1.relation.id?.rawValue ?? 0)
        }
    }
}
