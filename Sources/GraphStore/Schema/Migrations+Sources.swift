import GRDB

extension Schema {
    /// Version 4: document identity by path, source metadata, what read each document, and wire copies.
    ///
    /// Adds to `documents` the source metadata (`title`, `outlet`, `author`, `published`, `url`), the `format`
    /// and absolute `source_path` it was read from, the `extractor_version` and `dictionary_hash` it was read
    /// with, its MinHash `fingerprint`, and `copy_of`/`copy_similarity` when it is a near-identical copy of
    /// another document. `document_bands` indexes the fingerprints by band, with the cluster (its original's
    /// id) each document is in, so a lookup finds the clusters that share a band without reading their
    /// members; `evidence.counted` says whether a sentence counts in weights (a copy's do not, see
    /// `NearDuplicates`). Existing rows keep everything: their new columns are NULL (unknown, so a later
    /// ingest of the same file reads it again and fills them in), and all their evidence counts.
    static func addSources(_ db: Database) throws {
        try db.execute(
            sql: """
                ALTER TABLE documents ADD COLUMN title TEXT;
                ALTER TABLE documents ADD COLUMN outlet TEXT;
                ALTER TABLE documents ADD COLUMN author TEXT;
                ALTER TABLE documents ADD COLUMN published TEXT;
                ALTER TABLE documents ADD COLUMN url TEXT;
                ALTER TABLE documents ADD COLUMN format TEXT;
                ALTER TABLE documents ADD COLUMN source_path TEXT;
                ALTER TABLE documents ADD COLUMN extractor_version TEXT;
                ALTER TABLE documents ADD COLUMN dictionary_hash TEXT;
                ALTER TABLE documents ADD COLUMN fingerprint BLOB;
                ALTER TABLE documents ADD COLUMN copy_of TEXT;
                ALTER TABLE documents ADD COLUMN copy_similarity REAL;
                CREATE INDEX documents_by_content_hash ON documents (content_hash);
                CREATE INDEX documents_by_copy_of ON documents (copy_of);
                CREATE INDEX documents_by_source_path ON documents (source_path);

                CREATE TABLE document_bands (
                    band INTEGER NOT NULL,
                    bucket INTEGER NOT NULL,
                    cluster TEXT NOT NULL,
                    document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
                    PRIMARY KEY (band, bucket, cluster, document_id)
                ) WITHOUT ROWID;

                ALTER TABLE evidence ADD COLUMN counted INTEGER NOT NULL DEFAULT 1;

                -- Evidence written by other paths than ingest (a curation unioning two relations) counts by the
                -- same rule: in a cluster of copies, the sentences of the member with the most for the relation.
                CREATE TRIGGER evidence_counts_once_per_cluster AFTER INSERT ON evidence
                WHEN NEW.counted = 1 AND EXISTS (
                    SELECT 1 FROM documents WHERE id = NEW.document_id AND (copy_of IS NOT NULL
                        OR EXISTS (SELECT 1 FROM documents c WHERE c.copy_of = NEW.document_id)))
                BEGIN
                    UPDATE evidence SET counted = (document_id = (
                        SELECT e.document_id FROM evidence e JOIN documents d ON d.id = e.document_id
                        WHERE e.relation_id = NEW.relation_id AND COALESCE(d.copy_of, d.id)
                            = (SELECT COALESCE(copy_of, id) FROM documents WHERE id = NEW.document_id)
                        GROUP BY e.document_id
                        ORDER BY COUNT(*) DESC, d.date IS NULL, d.date, d.id LIMIT 1))
                    WHERE relation_id = NEW.relation_id AND document_id IN (
                        SELECT id FROM documents WHERE copy_of
                            = (SELECT COALESCE(copy_of, id) FROM documents WHERE id = NEW.document_id)
                        UNION SELECT COALESCE(copy_of, id) FROM documents WHERE id = NEW.document_id);
                END;

                UPDATE actorgraph_metadata SET value = '4' WHERE key = 'schema_version';
                """
        )
    }
}
