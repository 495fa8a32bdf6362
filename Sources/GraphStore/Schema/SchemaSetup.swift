import GRDB

/// Creating and migrating a store, inside the caller's exclusive transaction.
enum SchemaSetup {
    /// Judges the file again under the lock, then applies every migration it lacks, in order.
    ///
    /// A second process that waited for the lock finds the work done and applies nothing, instead of
    /// failing with "table already exists".
    static func migrate(_ db: Database, path: String) throws {
        if try FileInspection.outcome(db, path: path) == .current { return }
        try db.execute(
            sql: "CREATE TABLE IF NOT EXISTS \(Schema.migrationsTable) (identifier TEXT NOT NULL PRIMARY KEY)")
        let applied = try FileInspection.appliedMigrations(db)
        for migration in Schema.migrations where !applied.contains(migration.identifier) {
            try migration.apply(db)
            try db.execute(
                sql: "INSERT INTO \(Schema.migrationsTable) (identifier) VALUES (?)", arguments: [migration.identifier])
        }
        // Each migration sets its own version; a file whose migrations were applied out of order (a later one
        // first, as a branch's build may have done) still ends at this build's version.
        try db.execute(
            sql: "UPDATE \(Schema.metadataTable) SET value = ? WHERE key = 'schema_version'",
            arguments: [String(Schema.version)])
    }
}
