import ActorGraphCore
import GRDB

/// Applying curations: strictly when the user makes one, leniently when replaying them after an ingest.
///
/// Replay is idempotent: a curation already in force changes nothing, so replaying every record after
/// every ingest costs a few indexed lookups per record. Lenient mode skips records whose actors are gone
/// (e.g. their documents were removed) and reports conflicts as warnings instead of failing the batch.
enum CurationReplay {
    /// Replays every curation in force (not undone) in order; returns warnings for those that could not be
    /// applied.
    static func replayAll(_ db: Database) throws -> [String] {
        var warnings: [String] = []
        for record in try CurationLog.active(db) {
            do {
                try apply(db, record.action, curation: record.id, strict: false)
            } catch let error as GraphStoreError {
                warnings.append("curation \(record.id) not replayed: \(error.description)")
            }
        }
        return warnings
    }

    /// Applies one curation.
    ///
    /// Strict mode throws for unknown names and for conflicts; lenient (replay) mode skips unknown names.
    /// `curation` is the record's id, which evidence added by hand names.
    static func apply(_ db: Database, _ action: CurationAction, curation: Int64, strict: Bool) throws {
        switch action {
        case .merge(let keep, let absorbed):
            try merge(db, keep: keep, absorbed: absorbed, strict: strict)
        case .rename(let from, let to):
            try rename(db, from: from, to: to, strict: strict)
        case .retype(let name, let type):
            guard let id = try entity(db, name, strict: strict) else { return }
            try db.execute(
                sql: """
                    UPDATE entities SET type = ?1, type_curated = 1,
                        subtype = CASE WHEN ?1 = 'group' THEN subtype ELSE NULL END
                    WHERE id = ?2
                    """,
                arguments: [type.rawValue, id])
        case .rejectRelation(let source, let type, let target):
            try flag(.rejected, db, source: source, type: type, target: target, strict: strict)
        case .acceptRelation(let source, let type, let target):
            try flag(.accepted, db, source: source, type: type, target: target, strict: strict)
        case .unalias:
            // Applied while documents are read (`IngestRules`), and by the rebuild that making it runs.
            break
        case .addRelation(let source, let type, let target, let evidence):
            try HandAddedRelation.apply(
                db, curation: curation, source: source, type: type, target: target, evidence: evidence, strict: strict)
        }
    }

    /// The two review flags a curation sets on a relation, named as their columns.
    private enum ReviewFlag: String {
        case rejected
        case accepted
    }

    /// Sets a relation's review flag; an unknown relation is an error only when strict.
    private static func flag(
        _ flag: ReviewFlag, _ db: Database, source: String, type: RelationType, target: String, strict: Bool
    ) throws {
        guard let s = try entity(db, source, strict: strict), let t = try entity(db, target, strict: strict)
        else { return }
        guard let relation = try EntityLookup.relationID(db, source: s, type: type, target: t) else {
            if strict { throw GraphStoreError.unknownRelation(source: source, type: type, target: target) }
            return
        }
        try db.execute(sql: "UPDATE relations SET \(flag.rawValue) = 1 WHERE id = ?", arguments: [relation])
    }

    private static func entity(_ db: Database, _ name: String, strict: Bool) throws -> Int64? {
        strict ? try EntityLookup.require(db, name: name) : try EntityLookup.id(db, name: name)
    }

    private static func merge(_ db: Database, keep: String, absorbed: String, strict: Bool) throws {
        guard let keepID = try entity(db, keep, strict: strict) else { return }
        if strict { _ = try EntityLookup.require(db, name: absorbed) }
        let key = NameKey.fold(absorbed)
        // The alias owner, plus any entity recreated under that canonical name since the merge was made.
        var candidates = Set(
            try Int64.fetchAll(db, sql: "SELECT id FROM entities WHERE name_key = ?", arguments: [key]))
        if let owner = try AliasOwner.fetch(db, key: key) { candidates.insert(owner.entity) }
        candidates.remove(keepID)
        for other in candidates.sorted() {
            try EntityMerge.merge(db, keep: keepID, absorbing: other, curated: true)
        }
        try db.execute(
            sql: "INSERT OR IGNORE INTO aliases (alias_key, alias, entity_id, curated) VALUES (?, ?, ?, 1)",
            arguments: [key, absorbed, keepID])
        // The merged actor is called what the kept one was called. An ingest since may have named it after
        // the absorbed one ("Sergei Lavrov", two words, over "Russia"), which the merge made an alias.
        let keepKey = NameKey.fold(keep)
        let current = try String.fetchOne(db, sql: "SELECT name_key FROM entities WHERE id = ?", arguments: [keepID])
        if current != keepKey {
            let surface = try String.fetchOne(
                db, sql: "SELECT alias FROM aliases WHERE alias_key = ? AND entity_id = ?",
                arguments: [keepKey, keepID])
            try db.execute(
                sql: "UPDATE entities SET name = ?, name_key = ? WHERE id = ?",
                arguments: [surface ?? keep, keepKey, keepID])
        }
    }

    private static func rename(_ db: Database, from: String, to: String, strict: Bool) throws {
        let newKey = NameKey.fold(to)
        guard !newKey.isEmpty else {
            throw GraphStoreError.conflictingCuration(name: from, reason: "the new name is empty; give a name")
        }
        guard !to.utf8.contains(0) else {
            throw GraphStoreError.conflictingCuration(
                name: from, reason: "the new name holds a NUL character, which cannot be stored; remove it")
        }
        guard let id = try entity(db, from, strict: strict) else { return }
        if let owner = try AliasOwner.fetch(db, key: newKey), owner.entity != id {
            let other = try EntityLookup.name(db, id: owner.entity)
            throw GraphStoreError.conflictingCuration(
                name: from, reason: "'\(to)' already names another actor ('\(other)'); merge the two instead")
        }
        try db.execute(
            sql: "UPDATE entities SET name = ?, name_key = ? WHERE id = ?", arguments: [to, newKey, id])
        try db.execute(
            sql: """
                INSERT INTO aliases (alias_key, alias, entity_id, curated) VALUES (?, ?, ?, 1)
                ON CONFLICT (alias_key) DO UPDATE SET alias = excluded.alias, curated = 1
                """,
            arguments: [newKey, to, id])
        try db.execute(
            sql: "INSERT OR IGNORE INTO aliases (alias_key, alias, entity_id, curated) VALUES (?, ?, ?, 1)",
            arguments: [NameKey.fold(from), from, id])
        try db.execute(
            sql: "UPDATE aliases SET curated = 1 WHERE alias_key = ? AND entity_id = ?",
            arguments: [NameKey.fold(from), id])
    }
}
