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
            try Self.snapshot(db, filter: RelationFilter(minConfidence: minConfidence, since: since, until: until))
        }
    }

    /// The subgraph induced on `centres` and their neighbours: every path of up to three hops between two
    /// centres, and every neighbour they share, without reading the rest of the graph.
    ///
    /// Nodes are the centres and their neighbours (through visible relations passing the filter); edges are the
    /// visible relations among them, weighted as in ``snapshot(minConfidence:since:until:)``.
    public func neighbourhoodSnapshot(
        around centres: [EntityID], minConfidence: Double = 0, since: String? = nil, until: String? = nil
    ) throws(GraphStoreError) -> GraphSnapshot {
        try read { db in
            let filter = RelationFilter(minConfidence: minConfidence, since: since, until: until)
            let (conditions, arguments) = filter.sql
            let ids = centres.map(\.rawValue)
            let placeholders = ids.map { _ in "?" }.joined(separator: ", ")
            let neighbours = try Int64.fetchAll(
                db,
                sql: """
                    SELECT DISTINCT CASE WHEN r.source_id IN (\(placeholders)) THEN r.target_id ELSE r.source_id END
                    FROM relations r JOIN evidence ev ON ev.relation_id = r.id \(filter.documentJoin)
                    WHERE (r.source_id IN (\(placeholders)) OR r.target_id IN (\(placeholders))) AND \(conditions)
                    """,
                arguments: StatementArguments(ids) + StatementArguments(ids) + StatementArguments(ids) + arguments)
            return try Self.snapshot(db, filter: filter, within: Set(ids).union(neighbours))
        }
    }

    /// The snapshot query, optionally restricted to the subgraph induced on `within`.
    private static func snapshot(_ db: Database, filter: RelationFilter, within: Set<Int64>? = nil) throws
        -> GraphSnapshot
    {
        var (conditions, arguments) = filter.sql
        let since = filter.since
        let until = filter.until
        let windowed = since != nil || until != nil
        var nodes: [Int64: GraphSnapshot.Node] = [:]
        var entitySQL = "SELECT id, name, type, mentions FROM entities"
        var entityArguments: StatementArguments = []
        if let within {
            let ids = within.sorted()
            let placeholders = ids.map { _ in "?" }.joined(separator: ", ")
            entitySQL += " WHERE id IN (\(placeholders))"
            entityArguments = StatementArguments(ids)
            conditions += " AND r.source_id IN (\(placeholders)) AND r.target_id IN (\(placeholders))"
            arguments += StatementArguments(ids) + StatementArguments(ids)
        }
        let entityRows = try Row.fetchAll(db, sql: entitySQL, arguments: entityArguments)
        var all: [Int64: GraphSnapshot.Node] = [:]
        for row in entityRows {
            let id: Int64 = row["id"]
            all[id] = GraphSnapshot.Node(
                id: EntityID(id), name: row["name"], type: EntityType(rawValue: row["type"]) ?? .group,
                mentions: row["mentions"])
        }
        if windowed {
            var window: [String] = []
            var windowArguments: StatementArguments = []
            if let since {
                window.append("d.date >= ?")
                windowArguments += [since]
            }
            if let until {
                window.append("d.date <= ?")
                windowArguments += [until]
            }
            for row in try Row.fetchAll(
                db,
                sql: """
                    SELECT m.entity_id, SUM(m.count) AS n FROM mentions m JOIN documents d ON d.id = m.document_id
                    WHERE \(window.joined(separator: " AND ")) GROUP BY m.entity_id
                    """,
                arguments: windowArguments)
            {
                let id: Int64 = row["entity_id"]
                if within.map({ !$0.contains(id) }) ?? false { continue }
                if var node = all[id] {
                    node.mentions = row["n"]
                    nodes[id] = node
                }
            }
        } else {
            nodes = all
        }
        // Rows are distinct sentences: evidence is UNIQUE(relation_id, document_id, start_offset).
        var edges: [GraphSnapshot.Edge] = []
        for row in try Row.fetchAll(
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
        {
            let type = RelationType(rawValue: row["type"]) ?? .supports
            var source: Int64 = row["source_id"]
            var target: Int64 = row["target_id"]
            if type.isSymmetric, let s = all[source], let t = all[target], (t.name, t.id) < (s.name, s.id) {
                swap(&source, &target)
            }
            for end in [source, target] where nodes[end] == nil {
                var node = all[end]
                if windowed { node?.mentions = 0 }
                nodes[end] = node
            }
            edges.append(
                GraphSnapshot.Edge(
                    id: RelationID(row["id"] as Int64), source: EntityID(source), target: EntityID(target),
                    type: type, weight: Double(row["weight"] as Int), confidence: row["confidence"]))
        }
        return GraphSnapshot(nodes: nodes.values.sorted { $0.id < $1.id }, edges: edges)
    }
}
