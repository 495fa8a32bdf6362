import GRDB

extension GraphStore {
    /// Every row of every graph table, ids included, as sorted text lines.
    ///
    /// Stricter than ``canonicalDump()``: two stores with equal table dumps hold the same rows with the same
    /// ids, so exports (which name actors and relations by id) are byte-identical too. The `documents` and
    /// `curations` tables are left out: their timestamps differ between any two stores.
    package func graphTablesDump() throws(GraphStoreError) -> [String] {
        try read { db in
            var lines: [String] = []
            let tables = [
                "entities", "aliases", "entity_forms", "entity_names", "entity_descriptions", "entity_name_totals",
                "relations", "evidence",
                "mentions",
            ]
            for table in tables {
                for row in try Row.fetchAll(db, sql: "SELECT * FROM \(table)") {
                    let cells = row.columnNames.map { "\($0)=\(row[$0] as DatabaseValue)" }
                    lines.append("\(table) " + cells.joined(separator: " "))
                }
            }
            return lines.sorted()
        }
    }
}
