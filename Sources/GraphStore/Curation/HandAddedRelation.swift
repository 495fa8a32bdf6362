import ActorGraphCore
import GRDB

/// Applying `addRelation`: a relation a person asserts, with a sentence of a stored document as evidence.
///
/// The sentence must stand in the document's stored text word for word (Unicode scalar for scalar); its
/// offsets are where it first occurs. The evidence row names its curation (`curation_id`) and has confidence
/// 1, so the relation's confidence is 1 too. On replay the sentence is looked for again at its offsets, then
/// anywhere in the text, since a changed document may have moved it.
enum HandAddedRelation {
    /// The confidence of a relation a person asserts.
    static let confidence = 1.0

    static func apply(
        _ db: Database, curation: Int64, source: String, type: RelationType, target: String, evidence: Evidence,
        strict: Bool
    ) throws {
        let lookup = { (name: String) throws -> Int64? in
            strict ? try EntityLookup.require(db, name: name) : try EntityLookup.id(db, name: name)
        }
        guard let s = try lookup(source), let t = try lookup(target) else { return }
        guard s != t else {
            throw GraphStoreError.conflictingCuration(
                name: source, reason: "'\(source)' and '\(target)' are one actor; a relation needs two")
        }
        let sourceType = try entityType(db, s)
        let targetType = try entityType(db, t)
        guard type.admits(source: sourceType, target: targetType) else {
            throw GraphStoreError.inadmissibleRelation(
                source: source, sourceType: sourceType, type: type, target: target, targetType: targetType)
        }
        guard let located = try locate(db, evidence, strict: strict) else { return }
        let (storedSource, storedTarget) = EntityLookup.storedEnds(source: s, type: type, target: t)
        var relation = try EntityLookup.relationID(db, source: storedSource, type: type, target: storedTarget)
        if relation == nil {
            try db.execute(
                sql: "INSERT INTO relations (source_id, type, target_id, confidence) VALUES (?, ?, ?, ?)",
                arguments: [storedSource, type.rawValue, storedTarget, confidence])
            relation = db.lastInsertedRowID
        }
        guard let relation else { return }
        if strict,
            try Bool.fetchOne(
                db, sql: "SELECT 1 FROM evidence WHERE relation_id = ? AND document_id = ? AND start_offset = ?",
                arguments: [relation, located.document, located.start]) != nil
        {
            throw GraphStoreError.conflictingCuration(
                name: source,
                reason: "'\(source) \(type) \(target)' already has this sentence of \(located.document) as evidence;"
                    + " accept the relation instead")
        }
        try db.execute(
            sql: """
                INSERT INTO evidence (relation_id, document_id, sentence, start_offset, end_offset, confidence, curation_id)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (relation_id, document_id, start_offset)
                DO UPDATE SET confidence = MAX(confidence, excluded.confidence), curation_id = excluded.curation_id
                """,
            arguments: [
                relation, located.document, located.sentence, located.start, located.end, confidence, curation,
            ])
        try db.execute(
            sql: "UPDATE relations SET confidence = MAX(confidence, ?) WHERE id = ?", arguments: [confidence, relation])
    }

    /// Where the sentence stands in the stored text now.
    ///
    /// Strict: throws for an unknown document, one without stored text, or a sentence not in it. Replay: nil
    /// for a document that is gone (removed), a throw (a warning) when the sentence left the document.
    static func locate(_ db: Database, _ evidence: Evidence, strict: Bool) throws -> Evidence? {
        let known = try Bool.fetchOne(db, sql: "SELECT 1 FROM documents WHERE id = ?", arguments: [evidence.document])
        guard known != nil else {
            guard strict else { return nil }
            let ids = try String.fetchAll(db, sql: "SELECT id FROM documents ORDER BY id")
            throw GraphStoreError.unknownDocument(
                id: evidence.document, suggestions: NameKey.closest(to: evidence.document, among: ids))
        }
        guard let text = try DocumentArchive.text(db, document: evidence.document) else {
            throw GraphStoreError.noStoredText(document: evidence.document)
        }
        guard let range = VerbatimSearch.range(of: evidence.sentence, in: text, preferring: evidence.start) else {
            throw GraphStoreError.evidenceNotInDocument(document: evidence.document, evidence: evidence.sentence)
        }
        var located = evidence
        located.start = range.lowerBound
        located.end = range.upperBound
        located.curated = true
        return located
    }

    private static func entityType(_ db: Database, _ id: Int64) throws -> EntityType {
        let raw = try String.fetchOne(db, sql: "SELECT type FROM entities WHERE id = ?", arguments: [id]) ?? ""
        return EntityType(rawValue: raw) ?? .group
    }
}

/// Finding a sentence in a text, scalar for scalar, as offsets in Unicode scalars (the evidence convention).
enum VerbatimSearch {
    /// The scalar range of `needle` in `text`: at `preferring` if it stands there, else its first occurrence.
    ///
    /// Nil for an empty needle or one that does not occur.
    static func range(of needle: String, in text: String, preferring start: Int = -1) -> Range<Int>? {
        let wanted = Array(needle.unicodeScalars)
        guard let first = wanted.first else { return nil }
        let haystack = Array(text.unicodeScalars)
        guard wanted.count <= haystack.count else { return nil }
        func matches(at index: Int) -> Bool {
            guard index >= 0, index + wanted.count <= haystack.count else { return false }
            return haystack[index..<(index + wanted.count)].elementsEqual(wanted)
        }
        if matches(at: start) { return start..<(start + wanted.count) }
        for index in 0...(haystack.count - wanted.count) where haystack[index] == first && matches(at: index) {
            return index..<(index + wanted.count)
        }
        return nil
    }
}
