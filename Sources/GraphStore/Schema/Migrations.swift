import GRDB

/// The database layout, versioned through GRDB's `DatabaseMigrator`.
///
/// Migrations are append-only: a released migration is never edited; a change adds `v2`, `v3`, … and
/// bumps `version`. The metadata table names the application and the version, so a file of another
/// program or of a newer actorgraph is recognised and refused before anything is written.
enum Schema {
    /// The schema version this build writes and reads.
    static let version = 2
    /// The value of the `application` metadata key.
    static let application = "ActorGraph"
    /// The table that marks a file as ActorGraph's.
    static let metadataTable = "actorgraph_metadata"

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in try createVersion1(db) }
        migrator.registerMigration("v2") { db in try addProvenance(db) }
        return migrator
    }

    private static func createVersion1(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE actorgraph_metadata (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL) WITHOUT ROWID;
                INSERT INTO actorgraph_metadata (key, value) VALUES ('application', 'ActorGraph'), ('schema_version', '1');

                CREATE TABLE documents (
                    id TEXT PRIMARY KEY NOT NULL,
                    content_hash TEXT NOT NULL,
                    length INTEGER NOT NULL,
                    date TEXT,
                    ingested_at TEXT NOT NULL,
                    batch INTEGER NOT NULL
                );
                CREATE INDEX documents_by_batch ON documents (batch);

                CREATE TABLE entities (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    name TEXT NOT NULL,
                    name_key TEXT NOT NULL,
                    type TEXT NOT NULL,
                    subtype TEXT,
                    mentions INTEGER NOT NULL DEFAULT 0,
                    type_curated INTEGER NOT NULL DEFAULT 0
                );
                CREATE INDEX entities_by_name_key ON entities (name_key);
                CREATE INDEX entities_by_type ON entities (type);

                CREATE TABLE aliases (
                    alias_key TEXT PRIMARY KEY NOT NULL,
                    alias TEXT NOT NULL,
                    entity_id INTEGER NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
                    curated INTEGER NOT NULL DEFAULT 0
                ) WITHOUT ROWID;
                CREATE INDEX aliases_by_entity ON aliases (entity_id);

                CREATE TABLE relations (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    source_id INTEGER NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
                    type TEXT NOT NULL,
                    target_id INTEGER NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
                    confidence REAL NOT NULL,
                    rejected INTEGER NOT NULL DEFAULT 0,
                    UNIQUE (source_id, type, target_id)
                );
                CREATE INDEX relations_by_target ON relations (target_id, type);

                CREATE TABLE evidence (
                    id INTEGER PRIMARY KEY,
                    relation_id INTEGER NOT NULL REFERENCES relations (id) ON DELETE CASCADE,
                    document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
                    sentence TEXT NOT NULL,
                    start_offset INTEGER NOT NULL,
                    end_offset INTEGER NOT NULL,
                    confidence REAL NOT NULL,
                    UNIQUE (relation_id, document_id, start_offset)
                );
                CREATE INDEX evidence_by_document ON evidence (document_id);

                CREATE TABLE mentions (
                    entity_id INTEGER NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
                    document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
                    count INTEGER NOT NULL,
                    PRIMARY KEY (entity_id, document_id)
                ) WITHOUT ROWID;
                CREATE INDEX mentions_by_document ON mentions (document_id);

                CREATE TABLE curations (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    kind TEXT NOT NULL,
                    subject TEXT NOT NULL,
                    object TEXT NOT NULL,
                    relation_type TEXT,
                    created_at TEXT NOT NULL
                );

                CREATE TABLE settings (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL) WITHOUT ROWID;
                """
        )
    }

    /// Version 2: imported graph files become documents marked `imported`, and their evidence keeps the
    /// document the file cites.
    private static func addProvenance(_ db: Database) throws {
        try db.execute(
            sql: """
                ALTER TABLE documents ADD COLUMN provenance TEXT NOT NULL DEFAULT 'extracted';
                ALTER TABLE evidence ADD COLUMN cited_document TEXT;
                UPDATE actorgraph_metadata SET value = '2' WHERE key = 'schema_version';
                """)
    }
}
