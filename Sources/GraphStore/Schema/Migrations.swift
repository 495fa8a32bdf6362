import GRDB

/// The database layout, versioned by an append-only list of migrations.
///
/// Migrations are append-only: a released migration is never edited; a change appends one and bumps
/// `version`. The metadata table names the application and the version, so a file of another program or
/// of a newer actorgraph is recognised and refused before anything is written. Applied migrations are
/// recorded in GRDB's `grdb_migrations` table (files of earlier builds were migrated by GRDB's
/// `DatabaseMigrator`), but they are run by ``SchemaSetup`` inside one exclusive transaction, so two
/// processes creating or upgrading the same file cannot both run them.
enum Schema {
    /// The schema version this build writes and reads.
    static let version = 6
    /// The value of the `application` metadata key.
    static let application = "ActorGraph"
    /// The table that marks a file as ActorGraph's.
    static let metadataTable = "actorgraph_metadata"
    /// The table that records applied migrations (GRDB's name, kept for files made by earlier builds).
    static let migrationsTable = "grdb_migrations"

    /// One step of the schema's history.
    struct Migration: Sendable {
        var identifier: String
        var apply: @Sendable (Database) throws -> Void
    }

    /// Every migration, oldest first.
    static let migrations: [Migration] = [
        Migration(identifier: "v1", apply: createVersion1),
        Migration(identifier: "v2", apply: addProvenance),
        Migration(identifier: "v3-entity-forms", apply: addEntityForms),
        Migration(identifier: "v4-sources", apply: addSources),
        Migration(identifier: "v5-curation", apply: CurationSchema.migrate),
        Migration(identifier: "v6-descriptions", apply: DescriptionsSchema.migrate),
    ]

    /// The identifiers of ``migrations``.
    static var knownIdentifiers: Set<String> { Set(migrations.map(\.identifier)) }

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

    /// Version 3: what makes entity merging independent of the order documents arrive in.
    ///
    /// `entity_forms` records every folded form (name or alias) an entity was given, per incoming type, with
    /// its preferred surface, even when another entity owns the alias key, so two same-type entities that
    /// share a form are always found and merged, and an alias key's owner can be recomputed. `entity_names`
    /// records each document's canonical name for an entity with its subtype ('' for none) and mentions, so a
    /// changed or removed document takes back exactly its own, and `entity_name_totals` keeps their sums per
    /// name and subtype, from which the stored name and subtype are recomputed without reading a row per
    /// document. A file of an earlier version gets all three from its aliases and mentions (its per-document
    /// names were not recorded: the stored name stands in for them).
    private static func addEntityForms(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE entity_forms (
                    type TEXT NOT NULL,
                    form_key TEXT NOT NULL,
                    surface TEXT NOT NULL,
                    entity_id INTEGER NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
                    PRIMARY KEY (type, form_key)
                ) WITHOUT ROWID;
                CREATE INDEX entity_forms_by_entity ON entity_forms (entity_id);
                CREATE INDEX entity_forms_by_key ON entity_forms (form_key);

                CREATE TABLE entity_names (
                    entity_id INTEGER NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
                    document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
                    name TEXT NOT NULL,
                    subtype TEXT NOT NULL DEFAULT '',
                    mentions INTEGER NOT NULL,
                    PRIMARY KEY (entity_id, document_id, name, subtype)
                ) WITHOUT ROWID;
                CREATE INDEX entity_names_by_document ON entity_names (document_id);

                CREATE TABLE entity_name_totals (
                    entity_id INTEGER NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
                    name TEXT NOT NULL,
                    subtype TEXT NOT NULL DEFAULT '',
                    mentions INTEGER NOT NULL,
                    records INTEGER NOT NULL,
                    PRIMARY KEY (entity_id, name, subtype)
                ) WITHOUT ROWID;

                INSERT OR IGNORE INTO entity_forms (type, form_key, surface, entity_id)
                    SELECT type, name_key, name, id FROM entities WHERE name_key <> '' ORDER BY id;
                INSERT OR IGNORE INTO entity_forms (type, form_key, surface, entity_id)
                    SELECT e.type, a.alias_key, a.alias, a.entity_id FROM aliases a JOIN entities e ON e.id = a.entity_id
                    ORDER BY a.entity_id, a.alias_key;
                INSERT INTO entity_names (entity_id, document_id, name, subtype, mentions)
                    SELECT m.entity_id, m.document_id, e.name, COALESCE(e.subtype, ''), m.count
                    FROM mentions m JOIN entities e ON e.id = m.entity_id;
                INSERT INTO entity_name_totals (entity_id, name, subtype, mentions, records)
                    SELECT entity_id, name, subtype, SUM(mentions), COUNT(*) FROM entity_names
                    GROUP BY entity_id, name, subtype;

                UPDATE actorgraph_metadata SET value = '3' WHERE key = 'schema_version';
                """
        )
    }
}
