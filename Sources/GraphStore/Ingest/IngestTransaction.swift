import ActorGraphCore
import GRDB

/// The work of one ingest batch inside its single write transaction.
///
/// Alias lookups are memoised for the transaction only (an in-memory alias map), since nothing else
/// writes while it runs; statements are GRDB cached statements, prepared once per connection.
struct IngestTransaction {
    let db: Database
    let batch: Int
    let timestamp: String
    var summary = IngestSummary()
    var touched = TouchedRows()
    private var owners: [String: AliasOwner?] = [:]
    /// `NameKey.fold` results: the same names recur in every document of a batch.
    private var folds: [String: String] = [:]

    init(_ db: Database) throws {
        self.db = db
        self.batch = try Int.fetchOne(db, sql: "SELECT COALESCE(MAX(batch), 0) + 1 FROM documents") ?? 1
        self.timestamp = timestampNow()
    }

    /// Stores one document: skipped if unchanged, its old contribution retracted first if changed.
    mutating func ingest(_ document: ExtractedDocument) throws {
        switch try DocumentStates.state(db, id: document.id, contentHash: document.contentHash) {
        case .unchanged:
            summary.documentsUnchanged += 1
            return
        case .changed:
            _ = try Retraction.retract(db, document: document.id, into: &touched)
            try db.cachedStatement(
                sql:
                    """
                    UPDATE documents SET content_hash = ?, length = ?, date = ?, ingested_at = ?, batch = ?,
                    provenance = ? WHERE id = ?
                    """
            ).execute(
                arguments: [
                    document.contentHash, document.length, document.date, timestamp, batch,
                    document.provenance.rawValue, document.id,
                ])
            summary.documentsReplaced += 1
        case .new:
            try db.cachedStatement(
                sql:
                    """
                    INSERT INTO documents (id, content_hash, length, date, ingested_at, batch, provenance)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    """
            ).execute(
                arguments: [
                    document.id, document.contentHash, document.length, document.date, timestamp, batch,
                    document.provenance.rawValue,
                ])
            summary.documentsAdded += 1
        }
        summary.batch = batch
        try validate(document)
        var localIDs: [String: Int64] = [:]
        for entity in document.entities {
            let id = try store(entity, from: document.id)
            localIDs[fold(entity.name)] = id
        }
        for relation in document.relations {
            try store(relation, from: document.id, localIDs: localIDs)
        }
    }

    /// Checks what SQLite cannot: relations name listed entities, evidence belongs to this document.
    private mutating func validate(_ document: ExtractedDocument) throws {
        let listed = Set(document.entities.map { fold($0.name) })
        if listed.contains("") {
            throw GraphStoreError.invalidDocument(id: document.id, problem: "an entity has an empty name")
        }
        for relation in document.relations {
            for end in [relation.source, relation.target] where !listed.contains(fold(end)) {
                throw GraphStoreError.invalidDocument(
                    id: document.id,
                    problem: "relation '\(relation.source) \(relation.type) \(relation.target)' names '\(end)',"
                        + " which is not among the document's entities")
            }
            for evidence in relation.evidence {
                // Imported evidence cites another document; the import itself is the one it belongs to.
                let owner = document.provenance == .imported ? evidence.importedFrom : evidence.document
                if owner != document.id {
                    throw GraphStoreError.invalidDocument(
                        id: document.id,
                        problem: "evidence of '\(relation.source) \(relation.type) \(relation.target)'"
                            + " claims document '\(evidence.document)'")
                }
                if evidence.start < 0 || evidence.end < evidence.start {
                    throw GraphStoreError.invalidDocument(
                        id: document.id, problem: "evidence offsets \(evidence.start)..<\(evidence.end) are not a range"
                    )
                }
            }
        }
    }

    private mutating func fold(_ name: String) -> String {
        if let key = folds[name] { return key }
        let key = NameKey.fold(name)
        folds[name] = key
        return key
    }

    private func sameNamed(_ key: String, type: EntityType) throws -> Int64? {
        try Int64.fetchOne(
            db.cachedStatement(sql: "SELECT id FROM entities WHERE name_key = ? AND type = ? ORDER BY id LIMIT 1"),
            arguments: [key, type.rawValue])
    }

    private mutating func owner(of key: String) throws -> AliasOwner? {
        if let cached = owners[key] { return cached }
        let found = try AliasOwner.fetch(db, key: key)
        owners[key] = found
        return found
    }

    /// Finds or creates the stored entity an incoming one denotes, with its new aliases and mentions.
    ///
    /// The merge rule: the first of its folded name and aliases owned by an entity of the same type (or
    /// through a curated alias, or a retyped entity) names it. Returns the stored id.
    private mutating func store(_ entity: Entity, from document: String) throws -> Int64 {
        let forms = [entity.name] + entity.aliases
        let keyed = forms.map { (form: $0, key: fold($0)) }.filter { !$0.key.isEmpty }
        var id: Int64?
        var storedType = entity.type
        for (_, key) in keyed {
            if let owner = try owner(of: key), owner.accepts(entity.type) {
                id = owner.entity
                storedType = owner.type
                break
            }
        }
        if id == nil {
            // Its names may all be aliases of an actor of another type; then an entity created earlier under
            // the same canonical name and type (which could not take those aliases) is the one.
            id = try sameNamed(fold(entity.name), type: entity.type)
        }
        if id == nil {
            try db.cachedStatement(
                sql: "INSERT INTO entities (name, name_key, type, subtype, mentions) VALUES (?, ?, ?, ?, 0)"
            ).execute(arguments: [entity.name, fold(entity.name), entity.type.rawValue, entity.subtype?.rawValue])
            id = db.lastInsertedRowID
            summary.entitiesAdded += 1
        }
        guard let id else { return 0 }
        if let subtype = entity.subtype {
            try db.cachedStatement(sql: "UPDATE entities SET subtype = ? WHERE id = ? AND subtype IS NULL")
                .execute(arguments: [subtype.rawValue, id])
        }
        let insertAlias = try db.cachedStatement(
            sql: "INSERT OR IGNORE INTO aliases (alias_key, alias, entity_id, curated) VALUES (?, ?, ?, 0)")
        for (form, key) in keyed where try owner(of: key) == nil {
            try insertAlias.execute(arguments: [key, form, id])
            owners[key] = AliasOwner(entity: id, type: storedType, aliasCurated: false, typeCurated: false)
        }
        try db.cachedStatement(
            sql: """
                INSERT INTO mentions (entity_id, document_id, count) VALUES (?, ?, ?)
                ON CONFLICT (entity_id, document_id) DO UPDATE SET count = count + excluded.count
                """
        ).execute(arguments: [id, document, max(entity.mentions, 0)])
        touched.entities.insert(id)
        return id
    }

    /// Stores a relation (once for symmetric types) and its evidence in this document.
    private mutating func store(_ relation: Relation, from document: String, localIDs: [String: Int64]) throws {
        guard let source = localIDs[fold(relation.source)], let target = localIDs[fold(relation.target)]
        else { return }  // validate(_:) already refused this
        if relation.evidence.isEmpty {
            summary.warnings.append(
                "\(document): relation '\(relation.source) \(relation.type) \(relation.target)' has no evidence;"
                    + " skipped")
            return
        }
        if source == target {
            summary.warnings.append(
                "\(document): relation '\(relation.source) \(relation.type) \(relation.target)' joins one actor"
                    + " to itself after alias resolution; skipped")
            return
        }
        let (s, t) = EntityLookup.storedEnds(source: source, type: relation.type, target: target)
        var id = try EntityLookup.relationID(db, source: s, type: relation.type, target: t)
        if id == nil {
            try db.cachedStatement(
                sql: "INSERT INTO relations (source_id, type, target_id, confidence) VALUES (?, ?, ?, ?)"
            ).execute(arguments: [s, relation.type.rawValue, t, relation.confidence])
            id = db.lastInsertedRowID
            summary.relationsAdded += 1
        }
        guard let id else { return }
        let insert = try db.cachedStatement(
            sql: """
                INSERT INTO evidence
                    (relation_id, document_id, sentence, start_offset, end_offset, confidence, cited_document)
                VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (relation_id, document_id, start_offset) DO NOTHING
                """)
        let raise = try db.cachedStatement(
            sql: """
                UPDATE evidence SET confidence = MAX(confidence, ?)
                WHERE relation_id = ? AND document_id = ? AND start_offset = ?
                """)
        for evidence in relation.evidence {
            let cited = evidence.importedFrom == nil ? nil : evidence.document
            try insert.execute(
                arguments: [id, document, evidence.sentence, evidence.start, evidence.end, relation.confidence, cited])
            if db.changesCount == 1 {
                summary.evidenceAdded += 1
            } else {
                try raise.execute(arguments: [relation.confidence, id, document, evidence.start])
            }
        }
        touched.relations.insert(id)
    }

    /// Recounts and prunes what the batch touched, then replays the curations.
    mutating func finish() throws {
        _ = try Retraction.prune(db, touched)
        summary.warnings += try CurationReplay.replayAll(db)
    }
}

/// Comparing an incoming document with the stored one.
enum DocumentStates {
    static func state(_ db: Database, id: String, contentHash: String) throws -> DocumentState {
        let stored = try String.fetchOne(
            db.cachedStatement(sql: "SELECT content_hash FROM documents WHERE id = ?"), arguments: [id])
        guard let stored else { return .new }
        return stored == contentHash ? .unchanged : .changed
    }
}
