public import ActorGraphCore
import GRDB

extension GraphStore {
    /// The relations to check, lowest confidence first.
    ///
    /// Every visible relation no one has accepted or added by hand is listed, flagged with its
    /// ``ReviewReason``s: contradictions (a relation of the opposite polarity between the same actors, the same
    /// way round, in an overlapping period; an undated relation overlaps every period) and single-sentence
    /// edges. Order: confidence ascending, then contradictions, then single-sentence edges, then by source,
    /// type and target. Accepting or rejecting a relation takes it off the list.
    /// - Parameters:
    ///   - limit: At most this many items; `nil` for all.
    ///   - only: Keep only the relations with this reason.
    /// - Returns: the first `limit` items, and how many there are in all.
    /// - Throws: ``GraphStoreError/database(underlying:)`` if SQLite fails.
    public func review(
        limit: Int? = nil, only: ReviewReason? = nil
    ) throws(GraphStoreError) -> (items: [ReviewItem], total: Int) {
        try read { db in
            let spans = try RelationRows.fetch(db, RelationFilter())
            let accepted = Set(try Int64.fetchAll(db, sql: "SELECT id FROM relations WHERE accepted = 1"))
            let curated = Set(
                try Int64.fetchAll(db, sql: "SELECT DISTINCT relation_id FROM evidence WHERE curation_id IS NOT NULL"))
            let contradictions = ReviewContradictions.find(spans)
            var items: [ReviewItem] = []
            for span in spans {
                guard let id = span.relation.id?.rawValue, !accepted.contains(id), !curated.contains(id) else {
                    continue
                }
                let against = contradictions[id] ?? []
                var reasons: [ReviewReason] = []
                if !against.isEmpty { reasons.append(.contradiction) }
                if span.relation.weight == 1 { reasons.append(.singleSentence) }
                if let only, !reasons.contains(only) { continue }
                items.append(
                    ReviewItem(
                        relation: span.relation, sourceID: span.sourceID, targetID: span.targetID, reasons: reasons,
                        contradicts: against.sorted(), sentence: nil, firstSeen: span.firstSeen,
                        lastSeen: span.lastSeen))
            }
            items.sort(by: ReviewContradictions.order)
            let total = items.count
            if let limit, limit < items.count { items = Array(items.prefix(limit)) }
            for index in items.indices {
                items[index].sentence = try Self.best(items[index], db: db)
            }
            return (items, total)
        }
    }

    /// The evidence with the highest stored confidence, then the earliest in document order.
    private static func best(_ item: ReviewItem, db: Database) throws -> Evidence? {
        guard let id = item.relation.id?.rawValue else { return item.relation.evidence.first }
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT ev.*, \(RelationRows.sourceColumns) FROM evidence ev
                LEFT JOIN documents d ON d.id = ev.document_id WHERE ev.relation_id = ?
                """, arguments: [id])
        var best: (confidence: Double, evidence: Evidence)?
        for row in rows {
            let candidate: (confidence: Double, evidence: Evidence) = (row["confidence"], RelationRows.evidence(row))
            if let current = best,
                current.confidence > candidate.confidence
                    || (current.confidence == candidate.confidence && !(candidate.evidence < current.evidence))
            {
                continue
            }
            best = candidate
        }
        return best?.evidence ?? item.relation.evidence.first
    }
}

/// Finding contradictory relations, and the review order.
enum ReviewContradictions {
    /// For each relation id, the relations it contradicts as "source type target".
    static func find(_ spans: [RelationSpan]) -> [Int64: [String]] {
        // Directed pairs: a symmetric relation stands for both directions.
        var byPair: [Pair: [RelationSpan]] = [:]
        for span in spans where span.relation.type.polarity == .cooperation || span.relation.type.polarity == .conflict
        {
            let forward = Pair(source: span.sourceID.rawValue, target: span.targetID.rawValue)
            byPair[forward, default: []].append(span)
            if span.relation.type.isSymmetric {
                byPair[Pair(source: forward.target, target: forward.source), default: []].append(span)
            }
        }
        var found: [Int64: Set<String>] = [:]
        for group in byPair.values where group.count > 1 {
            for a in group {
                for b in group where a.relation.type.polarity != b.relation.type.polarity && overlap(a, b) {
                    guard let id = a.relation.id?.rawValue else { continue }
                    found[id, default: []].insert("\(b.relation.source) \(b.relation.type) \(b.relation.target)")
                }
            }
        }
        return found.mapValues { Array($0) }
    }

    /// Whether two relations' evidence periods overlap; an undated relation cannot be placed, so it overlaps.
    static func overlap(_ a: RelationSpan, _ b: RelationSpan) -> Bool {
        guard let aFirst = a.firstSeen, let aLast = a.lastSeen, let bFirst = b.firstSeen, let bLast = b.lastSeen
        else { return true }
        return aFirst <= bLast && bFirst <= aLast
    }

    /// Confidence ascending, then contradictions, then single-sentence edges, then source, type, target.
    static func order(_ a: ReviewItem, _ b: ReviewItem) -> Bool {
        if a.relation.confidence != b.relation.confidence { return a.relation.confidence < b.relation.confidence }
        let aContradiction = a.reasons.contains(.contradiction)
        let bContradiction = b.reasons.contains(.contradiction)
        if aContradiction != bContradiction { return aContradiction }
        let aSingle = a.reasons.contains(.singleSentence)
        let bSingle = b.reasons.contains(.singleSentence)
        if aSingle != bSingle { return aSingle }
        return (a.relation.source, a.relation.type, a.relation.target, a.relation.id?.rawValue ?? 0)
            < (b.relation.source, b.relation.type, b.relation.target, b.relation.id?.rawValue ?? 0)
    }

    private struct Pair: Hashable {
        var source: Int64
        var target: Int64
    }
}
