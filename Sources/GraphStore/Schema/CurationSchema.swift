import GRDB

/// Version 5: what makes curations reviewable and undoable.
///
/// `document_archive` keeps each document's extraction (and its text, when the caller gave it), both
/// zlib-compressed with their UTF-8 sizes, so the graph can be rebuilt without a curation that is undone,
/// and a sentence cited by hand can be checked against the text. The `curations` table gains what `add-relation` records and when a curation was undone; evidence
/// added by hand names its curation; a relation a person accepted in review is marked. Only columns and tables
/// of its own: a file of an earlier version keeps every row, and its curations are replayed as before. Its
/// documents have no archive yet: each is read again at its next ingest (see `docs/store.md`).
enum CurationSchema {
    static func migrate(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE document_archive (
                    document_id TEXT PRIMARY KEY NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
                    extraction BLOB NOT NULL,
                    extraction_size INTEGER NOT NULL,
                    text BLOB,
                    text_size INTEGER
                );
                ALTER TABLE curations ADD COLUMN document_id TEXT;
                ALTER TABLE curations ADD COLUMN sentence TEXT;
                ALTER TABLE curations ADD COLUMN start_offset INTEGER;
                ALTER TABLE curations ADD COLUMN end_offset INTEGER;
                ALTER TABLE curations ADD COLUMN undone_at TEXT;
                ALTER TABLE evidence ADD COLUMN curation_id INTEGER;
                ALTER TABLE relations ADD COLUMN accepted INTEGER NOT NULL DEFAULT 0;
                UPDATE actorgraph_metadata SET value = '5' WHERE key = 'schema_version';
                """)
    }
}
