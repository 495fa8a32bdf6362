import GRDB

/// Version 6: the words that describe an entity in one document without identifying it.
///
/// `entity_descriptions` keeps, per entity and document, the descriptions its extraction gave ("security pact"
/// for the "Solomon Islands-China security pact"). Unlike an alias, a description is never a form an entity is
/// found or merged by (every ceasefire is "the ceasefire agreement" somewhere); it is shown with the entity and
/// scored against a gold alias. Rows go with their document and follow merges. A table of its own: a file of an
/// earlier version keeps every row, and its documents gain descriptions when they are next read again.
enum DescriptionsSchema {
    static func migrate(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE entity_descriptions (
                    entity_id INTEGER NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
                    document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
                    description TEXT NOT NULL,
                    PRIMARY KEY (entity_id, document_id, description)
                ) WITHOUT ROWID;
                CREATE INDEX entity_descriptions_by_document ON entity_descriptions (document_id);
                UPDATE actorgraph_metadata SET value = '6' WHERE key = 'schema_version';
                """)
    }
}
