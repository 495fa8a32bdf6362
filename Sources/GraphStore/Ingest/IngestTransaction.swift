import ActorGraphCore
import GRDB

/// The work of one ingest batch inside its single write transaction.
///
/// Alias and form lookups are memoised for the transaction only, since nothing else writes while it runs
/// (the memos are cleared when two entities merge); statements are GRDB cached statements, prepared once per
/// connection.
struct IngestTransaction {
    let db: Database
    let batch: Int
    let timestamp: String
    var summary = IngestSummary()
    var touched = TouchedRows()
    var copies = NearDuplicates()
    private var owners: [String: AliasOwner?] = [:]
    /// Entities merged into another during this batch: absorbed id → survivor.
    private var merged: [Int64: Int64] = [:]
    /// `type|form key` → the entity holding that form for that incoming type.
    private var forms: [String: Int64?] = [:]
    /// `NameKey.fold` results: the same names recur in every document of a batch.
    private var folds: [String: String] = [:]

    init(_ db: Database) throws {
        self.db = db
        self.batch = try Int.fetchOne(db, sql: "SELECT COALESCE(MAX(batch), 0) + 1 FROM documents") ?? 1
        self.timestamp = timestampNow()
    }

    /// Stores one document: skipped if unchanged, its old contribution retracted first if changed.
    ///
    /// Returns what it found stored (an unchanged document was not stored again).
    @discardableResult
    mutating func ingest(_ document: ExtractedDocument) throws -> DocumentStatus {
        try ingest(IncomingDocument(document))
    }

    /// Stores one document with its details: a moved file is renamed first; then it is skipped when
    /// unchanged (its details updated if they differ), and its old contribution is retracted first when its
    /// text changed or it is read again (another extractor, dictionary or date, or no archive of it).
    ///
    /// Returns what it found stored.
    @discardableResult
    mutating func ingest(_ incoming: IncomingDocument) throws -> DocumentStatus {
        let document = incoming.document
        if let old = incoming.movedFrom {
            try move(from: old, to: document.id, contentHash: document.contentHash, path: incoming.details?.path)
        }
        let stored = try DocumentRows.state(db, id: document.id)
        let status =
            stored?.status(contentHash: document.contentHash, date: document.date, details: incoming.details) ?? .new
        switch status {
        case .unchanged:
            summary.documentsUnchanged += 1
            if let details = incoming.details, let stored, details != stored.details {
                let refingerprinted = details.fingerprint != stored.details.fingerprint
                if refingerprinted { try copies.detach(db, document: document.id) }
                try DocumentRows.write(db, details: details, id: document.id)
                if refingerprinted { copies.attach(document.id, fingerprint: details.fingerprint) }
                if Self.citedDifferently(details, stored.details) { summary.documentsUpdated += 1 }
            }
            return status
        case .changed, .outdated:
            _ = try Retraction.retract(db, document: document.id, into: &touched)
            try copies.detach(db, document: document.id)
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
            if case .outdated(let reasons) = status {
                summary.documentsReextracted += 1
                for reason in reasons { summary.reextractionReasons[reason, default: 0] += 1 }
            } else {
                summary.documentsReplaced += 1
            }
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
        if let details = incoming.details {
            try DocumentRows.write(db, details: details, id: document.id)
            copies.attach(document.id, fingerprint: details.fingerprint)
        } else {
            // No details: the text is not known to be what an old fingerprint describes.
            try db.cachedStatement(sql: "UPDATE documents SET fingerprint = NULL WHERE id = ?").execute(
                arguments: [document.id])
            copies.attach(document.id, fingerprint: nil)
        }
        summary.batch = batch
        try storeContents(document)
        return status
    }

    /// Stores a document's entities and relations; its `documents` row must exist.
    ///
    /// A rebuild calls it for every archived document.
    mutating func storeContents(_ document: ExtractedDocument) throws {
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

    /// Renames the stored document `old` to `document`'s id when the file moved: same content, new path.
    ///
    /// Nothing happens unless `old` is stored with this content and the new id is free, so a stale hint
    /// cannot rename the wrong document.
    private mutating func move(from old: String, to document: ExtractedDocument) throws {
        try move(from: old, to: document.id, contentHash: document.contentHash, path: nil)
    }

    /// Renames `old` to `new` when `old` is stored with this content (or was read from `path`) and `new`
    /// is free; nothing happens otherwise.
    mutating func move(from old: String, to new: String, contentHash: String, path: String?) throws {
        guard old != new, let stored = try DocumentRows.state(db, id: old),
            stored.contentHash == contentHash || (path != nil && stored.details.path == path),
            try DocumentRows.state(db, id: new) == nil
        else { return }
        try copies.detach(db, document: old)
        try DocumentRows.move(db, from: old, to: new)
        copies.attach(new, fingerprint: stored.details.fingerprint)
        summary.documentsMoved.append(DocumentMove(from: old, to: new))
    }

    /// Brings an unchanged document's stored details up to date, after renaming it when its file moved: no
    /// extraction, no evidence touched.
    mutating func refresh(_ refresh: DocumentRefresh) throws {
        if let old = refresh.movedFrom {
            try move(from: old, to: refresh.id, contentHash: refresh.contentHash, path: refresh.details.path)
        }
        guard let stored = try DocumentRows.state(db, id: refresh.id), stored.contentHash == refresh.contentHash
        else { return }
        summary.documentsUnchanged += 1
        guard refresh.details != stored.details else { return }
        let refingerprinted = refresh.details.fingerprint != stored.details.fingerprint
        if refingerprinted { try copies.detach(db, document: refresh.id) }
        try DocumentRows.write(db, details: refresh.details, id: refresh.id)
        if refingerprinted { copies.attach(refresh.id, fingerprint: refresh.details.fingerprint) }
        if Self.citedDifferently(refresh.details, stored.details) { summary.documentsUpdated += 1 }
    }

    /// Whether what a reader sees of the document changed (its metadata or format), not only its path.
    static func citedDifferently(_ new: DocumentDetails, _ old: DocumentDetails) -> Bool {
        new.metadata != old.metadata || new.format != old.format
    }

    /// Checks what SQLite cannot: relations name listed entities, evidence belongs to this document.
    private mutating func validate(_ document: ExtractedDocument) throws {
        let listed = Set(document.entities.map { fold($0.name) })
        if listed.contains("") {
            throw GraphStoreError.invalidDocument(id: document.id, problem: "an entity has an empty name")
        }
        // SQLite's C interface ends text at NUL: "Wag\0ner" would be stored as "Wag".
        for entity in document.entities {
            for name in [entity.name] + entity.aliases where name.utf8.contains(0) {
                throw GraphStoreError.invalidDocument(
                    id: document.id, problem: "the name '\(name)' holds a NUL character, which cannot be stored")
            }
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

    /// The entity that holds `key` as a form for incoming entities of `type`.
    private mutating func formOwner(type: EntityType, key: String) throws -> Int64? {
        let memoKey = type.rawValue + "|" + key
        if let cached = forms[memoKey] { return cached }
        let found = try Int64.fetchOne(
            db.cachedStatement(sql: "SELECT entity_id FROM entity_forms WHERE type = ? AND form_key = ?"),
            arguments: [type.rawValue, key])
        forms[memoKey] = found
        return found
    }

    private mutating func owner(of key: String) throws -> AliasOwner? {
        if let cached = owners[key] { return cached }
        let found = try AliasOwner.fetch(db, key: key)
        owners[key] = found
        return found
    }

    /// Finds or creates the stored entity an incoming one denotes, with its forms, name and mentions.
    ///
    /// The merge rule, which does not depend on the order documents arrive in: an incoming entity is the
    /// stored entity of the same type that already has one of its folded forms (name or alias), or the owner
    /// of a curated alias or a retyped entity that has one. When its forms belong to several such entities,
    /// they are one actor and are merged. The stored name, subtype and alias owners are recomputed from
    /// everything stored when the batch ends (``Canonicalisation``), never left to whoever came first.
    /// Returns the stored id.
    private mutating func store(_ entity: Entity, from document: String) throws -> Int64 {
        var seen = Set<String>()
        let keyed = ([entity.name] + entity.aliases).map { (form: $0, key: fold($0)) }
            .filter { !$0.key.isEmpty && seen.insert($0.key).inserted }
        var candidates = Set<Int64>()
        for (_, key) in keyed {
            if let id = try formOwner(type: entity.type, key: key) { candidates.insert(id) }
            if let owner = try owner(of: key), owner.aliasCurated || owner.typeCurated {
                candidates.insert(owner.entity)
            }
        }
        let id: Int64
        if let survivor = candidates.min() {
            id = survivor
            for other in candidates.sorted() where other != survivor {
                try EntityMerge.merge(db, keep: survivor, absorbing: other, curated: false)
                merged[other] = survivor
                touched.entities.remove(other)
                forms.removeAll()
                owners.removeAll()
            }
        } else {
            try db.cachedStatement(
                sql: "INSERT INTO entities (name, name_key, type, subtype, mentions) VALUES (?, ?, ?, ?, 0)"
            ).execute(arguments: [entity.name, fold(entity.name), entity.type.rawValue, entity.subtype?.rawValue])
            id = db.lastInsertedRowID
            summary.entitiesAdded += 1
        }
        let insertForm = try db.cachedStatement(
            sql: """
                INSERT INTO entity_forms (type, form_key, surface, entity_id) VALUES (?, ?, ?, ?)
                ON CONFLICT (type, form_key) DO UPDATE SET surface = excluded.surface
                WHERE \(Canonicalisation.preferredSurfaceSQL("excluded.surface", over: "entity_forms.surface"))
                """)
        for (form, key) in keyed {
            try insertForm.execute(arguments: [entity.type.rawValue, key, form, id])
            forms[entity.type.rawValue + "|" + key] = id
        }
        try EntityNames.record(
            db, entity: id, document: document, name: entity.name, subtype: entity.subtype?.rawValue ?? "",
            mentions: max(entity.mentions, 0))
        try EntityDescriptions.record(db, entity: id, document: document, descriptions: entity.descriptions)
        try db.cachedStatement(
            sql: """
                INSERT INTO mentions (entity_id, document_id, count) VALUES (?, ?, ?)
                ON CONFLICT (entity_id, document_id) DO UPDATE SET count = count + excluded.count
                """
        ).execute(arguments: [id, document, max(entity.mentions, 0)])
        touched.entities.insert(id)
        return id
    }

    /// The entity `id` now is, following merges made during this batch.
    private func survivor(of id: Int64) -> Int64 {
        var current = id
        while let next = merged[current] { current = next }
        return current
    }

    /// Stores a relation (once for symmetric types) and its evidence in this document.
    private mutating func store(_ relation: Relation, from document: String, localIDs: [String: Int64]) throws {
        guard let storedSource = localIDs[fold(relation.source)], let storedTarget = localIDs[fold(relation.target)]
        else { return }  // validate(_:) already refused this
        // A later entity of the document may have merged an earlier one into another.
        let source = survivor(of: storedSource)
        let target = survivor(of: storedTarget)
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
                    (relation_id, document_id, sentence, start_offset, end_offset, confidence, cited_document, counted)
                VALUES (?, ?, ?, ?, ?, ?, ?, 0) ON CONFLICT (relation_id, document_id, start_offset) DO NOTHING
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

    /// Recounts and prunes what the batch touched, recomputes names and alias owners, then replays the
    /// curations.
    mutating func finish() throws {
        try copies.finish(db)
        let pruned = try Retraction.prune(db, touched)
        try Canonicalisation.refresh(db, entities: touched.entities, extraKeys: pruned.deletedKeys)
        summary.warnings += try CurationReplay.replayAll(db)
    }
}

/// Comparing an incoming document with the stored one.
enum DocumentStates {
    static func state(_ db: Database, id: String, contentHash: String) throws -> DocumentState {
        let stored = try String.fetchOne(
            db.cachedStatement(sql: "SELECT content_hash FROM documents WHERE id = ?"), arguments: [id])
        guard let stored else { return .new }
        // A document stored before schema 5 has no archive: it is read again, so that it gets one.
        return try stored == contentHash && DocumentArchive.isArchived(db, document: id) ? .unchanged : .changed
    }
}
