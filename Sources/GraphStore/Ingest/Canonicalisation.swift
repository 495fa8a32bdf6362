import ActorGraphCore
import GRDB

/// Recomputing what "first come, first served" used to decide: an entity's canonical name and subtype, and
/// which entity owns an alias key.
///
/// Each is a function of everything stored (the per-document names in `entity_names`, the forms in
/// `entity_forms`, the mention counts), recomputed for what a transaction touched. So the stored graph
/// does not depend on the order documents arrived in, how they were batched, or which of two concurrent
/// ingests committed first (see `docs/store.md`, "Order independence").
enum Canonicalisation {
    /// Recomputes names and subtypes of `entities`, then the owners of their forms and of `extraKeys`.
    static func refresh(_ db: Database, entities: Set<Int64>, extraKeys: Set<String>) throws {
        var keys = extraKeys
        let formsOf = try db.cachedStatement(sql: "SELECT form_key FROM entity_forms WHERE entity_id = ?")
        for entity in entities.sorted() {
            try refreshName(db, entity: entity)
            keys.formUnion(try String.fetchAll(formsOf, arguments: [entity]))
        }
        for key in keys.sorted() {
            try refreshOwner(db, key: key)
        }
    }

    /// Recomputes an entity's canonical name and subtype from what documents gave it.
    ///
    /// The name is a name of two words or more if documents gave one (a full name over a surname, "Donald Trump"
    /// over "Trump"; a name over its acronym, "Confederation of Sahel States" over "AES"), then the one given
    /// with the most mentions, then the longer, then the smaller in Unicode scalar order. The subtype is the one given with the most
    /// mentions (ties: the smaller raw value).
    private static func refreshName(_ db: Database, entity: Int64) throws {
        guard
            let row = try Row.fetchOne(
                db.cachedStatement(sql: "SELECT name, type FROM entities WHERE id = ?"), arguments: [entity])
        else { return }
        let current: String = row[0]
        let names = try Row.fetchAll(
            db.cachedStatement(
                sql: "SELECT name, SUM(mentions) FROM entity_name_totals WHERE entity_id = ? GROUP BY name"),
            arguments: [entity]
        ).map { (name: $0[0] as String, mentions: $0[1] as Int) }
        guard !names.isEmpty else { return }
        let best = names.min { a, b in
            let aFull = a.name.split(separator: " ").count >= 2
            let bFull = b.name.split(separator: " ").count >= 2
            if aFull != bFull { return aFull }
            if a.mentions != b.mentions { return a.mentions > b.mentions }
            let aLength = a.name.unicodeScalars.count
            let bLength = b.name.unicodeScalars.count
            if aLength != bLength { return aLength > bLength }
            return a.name.unicodeScalars.lexicographicallyPrecedes(b.name.unicodeScalars)
        }
        if let best, best.name != current {
            try db.cachedStatement(sql: "UPDATE entities SET name = ?, name_key = ? WHERE id = ?")
                .execute(arguments: [best.name, NameKey.fold(best.name), entity])
        }
        let subtype = try String.fetchOne(
            db.cachedStatement(
                sql: """
                    SELECT subtype FROM entity_name_totals WHERE entity_id = ? AND subtype <> ''
                    GROUP BY subtype ORDER BY SUM(mentions) DESC, subtype LIMIT 1
                    """),
            arguments: [entity])
        try db.cachedStatement(sql: "UPDATE entities SET subtype = ? WHERE id = ? AND subtype IS NOT ?")
            .execute(arguments: [subtype, entity, subtype])
    }

    /// Gives `key`'s alias row to the entity it names best, unless a curation owns it.
    ///
    /// Among the entities holding the form: the one whose canonical name it is, then the most mentioned,
    /// then by type order, name and id. The surface shown is the preferred one among all given.
    private static func refreshOwner(_ db: Database, key: String) throws {
        let current = try Row.fetchOne(
            db.cachedStatement(sql: "SELECT entity_id, alias, curated FROM aliases WHERE alias_key = ?"),
            arguments: [key])
        if let current, current[2] as Bool { return }
        let holders = try Row.fetchAll(
            db.cachedStatement(
                sql: """
                    SELECT f.entity_id, f.surface, e.name_key, e.mentions, e.type, e.name
                    FROM entity_forms f JOIN entities e ON e.id = f.entity_id WHERE f.form_key = ?
                    """),
            arguments: [key]
        ).map { row in
            Holder(
                id: row[0], surface: row[1], isCanonical: (row[2] as String) == key, mentions: row[3],
                typeRank: EntityType.allCases.firstIndex { $0.rawValue == (row[4] as String) } ?? 0, name: row[5])
        }
        guard let best = holders.min(by: Holder.ranksBefore) else {
            try db.cachedStatement(sql: "DELETE FROM aliases WHERE alias_key = ? AND curated = 0")
                .execute(arguments: [key])
            return
        }
        let surface = holders.map(\.surface).min(by: preferredSurface) ?? best.surface
        if let current, current[0] as Int64 == best.id, current[1] as String == surface { return }
        try db.cachedStatement(
            sql: """
                INSERT INTO aliases (alias_key, alias, entity_id, curated) VALUES (?, ?, ?, 0)
                ON CONFLICT (alias_key) DO UPDATE SET entity_id = excluded.entity_id, alias = excluded.alias
                WHERE curated = 0
                """
        ).execute(arguments: [key, surface, best.id])
    }

    private struct Holder {
        var id: Int64
        var surface: String
        var isCanonical: Bool
        var mentions: Int
        var typeRank: Int
        var name: String

        static func ranksBefore(_ a: Holder, _ b: Holder) -> Bool {
            if a.isCanonical != b.isCanonical { return a.isCanonical }
            if a.mentions != b.mentions { return a.mentions > b.mentions }
            if a.typeRank != b.typeRank { return a.typeRank < b.typeRank }
            if a.name != b.name { return a.name.unicodeScalars.lexicographicallyPrecedes(b.name.unicodeScalars) }
            return a.id < b.id
        }
    }

    /// Whether surface `a` is shown rather than `b` for the same folded key: one with lower-case ASCII letters
    /// beats one without ("Niger" over "NIGER"), then the smaller UTF-8 byte string.
    static func preferredSurface(_ a: String, _ b: String) -> Bool {
        let aShouts = !a.utf8.contains { $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") }
        let bShouts = !b.utf8.contains { $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") }
        if aShouts != bShouts { return !aShouts }
        return Array(a.utf8).lexicographicallyPrecedes(Array(b.utf8))
    }

    /// The SQL condition "`new` is a preferred surface over `old`": the rule of ``preferredSurface(_:_:)``
    /// (SQLite's `upper` changes only ASCII letters; `<` compares UTF-8 bytes).
    static func preferredSurfaceSQL(_ new: String, over old: String) -> String {
        "((\(new) <> upper(\(new))) > (\(old) <> upper(\(old)))"
            + " OR ((\(new) <> upper(\(new))) = (\(old) <> upper(\(old))) AND \(new) < \(old)))"
    }
}
