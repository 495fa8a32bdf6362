public import ActorGraphCore
import GRDB

extension GraphStore {
    /// The graph as plain values for analysis and rendering: nodes and visible edges, each sorted by id.
    ///
    /// An edge's weight is its number of distinct evidence sentences inside the date window; an edge with
    /// none there is left out. Without a window every actor is a node; with one, the actors mentioned in a
    /// document of the window or joined by a kept edge, with mentions counted inside the window.
    /// Symmetric edges point from the alphabetically first name, as ``Relation/normalised()`` does.
    public func snapshot(
        minConfidence: Double = 0, since: String? = nil, until: String? = nil
    ) throws(GraphStoreError) -> GraphSnapshot {
        try read { db in
            try Self.snapshot(
                db, filter: RelationFilter(minConfidence: minConfidence, since: since, until: until), touching: nil)
        }
    }

    /// The visible relations with at least one end among `centres`, and the actors at their ends (the centres
    /// included): a neighbourhood read without touching the rest of the graph.
    ///
    /// Edges are weighted and oriented as in ``snapshot(minConfidence:since:until:)``.
    /// - Complexity: proportional to the relations touching the centres, not to the size of the graph.
    public func snapshot(
        touching centres: [EntityID], minConfidence: Double = 0, since: String? = nil, until: String? = nil
    ) throws(GraphStoreError) -> GraphSnapshot {
        try read { db in
            try Self.snapshot(
                db, filter: RelationFilter(minConfidence: minConfidence, since: since, until: until),
                touching: Set(centres.map(\.rawValue)))
        }
    }

    /// The snapshot query: every visible relation, or only those touching `centres`.
    private static func snapshot(_ db: Database, filter: RelationFilter, touching centres: Set<Int64>?) throws
        -> GraphSnapshot
    {
        var (conditions, arguments) = filter.sql
        if let centres {
            let ids = centres.sorted()
            let list = placeholders(ids.count)
            conditions += " AND (r.source_id IN (\(list)) OR r.target_id IN (\(list)))"
            arguments += StatementArguments(ids) + StatementArguments(ids)
        }
        // Rows are distinct sentences: evidence is UNIQUE(relation_id, document_id, start_offset).
        let edgeRows = try Row.fetchAll(
            db,
            sql: """
                SELECT r.id, r.source_id, r.target_id, r.type, r.confidence, COUNT(*) AS weight
                FROM relations r
                JOIN evidence ev ON ev.relation_id = r.id
                \(filter.documentJoin)
                WHERE \(conditions)
                GROUP BY r.id ORDER BY r.id
                """,
            arguments: arguments)

        var wanted: Set<Int64>?
        if let centres {
            var ends = centres
            for row in edgeRows {
                ends.insert(row["source_id"])
                ends.insert(row["target_id"])
            }
            wanted = ends
        }
        let all = try entities(db, ids: wanted)
        var nodes = try nodesInScope(db, all: all, filter: filter, restrictedTo: wanted)

        var edges: [GraphSnapshot.Edge] = []
        edges.reserveCapacity(edgeRows.count)
        for row in edgeRows {
            let type = RelationType(rawValue: row["type"]) ?? .supports
            var source: Int64 = row["source_id"]
            var target: Int64 = row["target_id"]
            if type.isSymmetric, let s = all[source], let t = all[target], (t.name, t.id) < (s.name, s.id) {
                swap(&source, &target)
            }
            for end in [source, target] where nodes[end] == nil {
                var node = all[end]
                if filter.isWindowed { node?.mentions = 0 }
                nodes[end] = node
            }
            edges.append(
                GraphSnapshot.Edge(
                    id: RelationID(row["id"] as Int64), source: EntityID(source), target: EntityID(target),
                    type: type, weight: Double(row["weight"] as Int), confidence: row["confidence"]))
        }
        return GraphSnapshot(nodes: nodes.values.sorted { $0.id < $1.id }, edges: edges)
    }

    /// Entity rows as snapshot nodes, all of them or only `ids`.
    private static func entities(_ db: Database, ids: Set<Int64>?) throws -> [Int64: GraphSnapshot.Node] {
        var sql = "SELECT id, name, type, mentions FROM entities"
        var arguments: StatementArguments = []
        if let ids {
            sql += " WHERE id IN (\(placeholders(ids.count)))"
            arguments = StatementArguments(ids.sorted())
        }
        var result: [Int64: GraphSnapshot.Node] = [:]
        for row in try Row.fetchAll(db, sql: sql, arguments: arguments) {
            let id: Int64 = row["id"]
            result[id] = GraphSnapshot.Node(
                id: EntityID(id), name: row["name"], type: EntityType(rawValue: row["type"]) ?? .group,
                mentions: row["mentions"])
        }
        return result
    }

    /// The nodes a snapshot starts from before edges add their ends: every entity without a date window;
    /// with one, those mentioned in a document of the window, with their mentions counted there.
    private static func nodesInScope(
        _ db: Database, all: [Int64: GraphSnapshot.Node], filter: RelationFilter, restrictedTo wanted: Set<Int64>?
    ) throws -> [Int64: GraphSnapshot.Node] {
        guard filter.isWindowed else { return all }
        var window: [String] = []
        var arguments: StatementArguments = []
        if let since = filter.since {
            window.append("d.date >= ?")
            arguments += [since]
        }
        if let until = filter.until {
            window.append("d.date <= ?")
            arguments += [until]
        }
        var nodes: [Int64: GraphSnapshot.Node] = [:]
        for row in try Row.fetchAll(
            db,
            sql: """
                SELECT m.entity_id, SUM(m.count) AS n FROM mentions m JOIN documents d ON d.id = m.document_id
                WHERE \(window.joined(separator: " AND ")) GROUP BY m.entity_id
                """,
            arguments: arguments)
        {
            let id: Int64 = row["entity_id"]
            if let wanted, !wanted.contains(id) { continue }
            if var node = all[id] {
                node.mentions = row["n"]
                nodes[id] = node
            }
        }
        return nodes
    }

    private static func placeholders(_ count: Int) -> String {
        Array(repeating: "?", count: count).joined(separator: ", ")
    }
}
