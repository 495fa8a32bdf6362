import ActorGraphCore

/// Writes an idempotent Cypher script that loads the graph into Neo4j 5 (`cypher-shell -f actorgraph.cypher`).
///
/// Source: Neo4j Cypher Manual 5, "MERGE", "UNWIND", "Constraints" and "Syntax: values and types — string literals"
///
/// Every actor is an `:Actor` node keyed by `actor_id` (the export's node id, `n<store id>`), under a
/// uniqueness constraint, with a second label for its type (`:Person`, `:State`, `:Group`, `:Agreement`).
/// Every relation is a relationship whose type is the relation type upper-cased (`SUPPORTS`), keyed by
/// `relation_id`. Nodes and relationships are `MERGE`d, then their properties set, so running the script
/// again, or a later export over the same database, updates instead of failing or duplicating. Rows are
/// sent in `UNWIND` batches of ``batchSize``; cypher-shell runs each statement as its own transaction.
/// Neo4j relationships always have a direction, so a symmetric `cooperates_with` keeps its stored
/// direction and carries `symmetric: true`. Strings are single-quoted with `\'`, `\\` and control
/// characters backslash-escaped.
enum CypherWriter {
    /// Rows per statement, and so per transaction.
    static let batchSize = 500

    static func write(_ graph: ExportGraph) -> String {
        var out = "// ActorGraph export: idempotent; run with cypher-shell -f. One transaction per statement.\n"
        out += "CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (a:Actor) REQUIRE a.actor_id IS UNIQUE;\n"
        for type in EntityType.allCases {
            let rows = graph.nodes.filter { $0.entity.type == type }.map(nodeRow)
            let others = EntityType.allCases.filter { $0 != type }.map { ":" + label($0) }.joined()
            for batch in batches(rows) {
                out += "UNWIND [\n" + batch.joined(separator: ",\n") + "\n] AS row\n"
                out +=
                    "MERGE (a:Actor {actor_id: row.actor_id}) REMOVE a\(others) SET a:\(label(type)), a += row.props;\n"
            }
        }
        for type in RelationType.allCases {
            let rows = graph.edges.filter { $0.relation.type == type }.map(edgeRow)
            for batch in batches(rows) {
                out += "UNWIND [\n" + batch.joined(separator: ",\n") + "\n] AS row\n"
                out += "MATCH (a:Actor {actor_id: row.source}) MATCH (b:Actor {actor_id: row.target})\n"
                out +=
                    "MERGE (a)-[r:\(relationshipType(type)) {relation_id: row.relation_id}]->(b) SET r += row.props;\n"
            }
        }
        return out
    }

    /// The relationship type for a relation type: `official_of` → `OFFICIAL_OF`.
    static func relationshipType(_ type: RelationType) -> String { type.rawValue.uppercased() }

    /// The node label for an actor type: `state` → `State`.
    static func label(_ type: EntityType) -> String {
        switch type {
        case .person: "Person"
        case .state: "State"
        case .group: "Group"
        case .agreement: "Agreement"
        }
    }

    private static func nodeRow(_ node: ExportGraph.Node) -> String {
        let entity = node.entity
        var properties = [
            ("name", entity.name.cypherQuoted),
            ("type", entity.type.rawValue.cypherQuoted),
        ]
        if let subtype = entity.subtype { properties.append(("subtype", subtype.rawValue.cypherQuoted)) }
        properties.append(("aliases", "[" + entity.aliases.map(\.cypherQuoted).joined(separator: ", ") + "]"))
        properties.append(("mentions", String(entity.mentions)))
        return "  {actor_id: \(node.id.cypherQuoted), props: \(map(properties))}"
    }

    private static func edgeRow(_ edge: ExportGraph.Edge) -> String {
        let relation = edge.relation
        var properties = [
            ("polarity", relation.type.polarity.rawValue.cypherQuoted),
            ("symmetric", relation.type.isSymmetric ? "true" : "false"),
            ("weight", String(relation.weight)),
            ("confidence", relation.confidence.exportText),
            ("provenance", edge.provenance.rawValue.cypherQuoted),
        ]
        if let best = edge.bestEvidence {
            properties.append(("evidence", best.sentence.cypherQuoted))
            properties.append(("document", best.document.cypherQuoted))
        }
        properties += edge.citedSource.filter { !$0.value.isEmpty }.map { ($0.name, $0.value.cypherQuoted) }
        return "  {relation_id: \(edge.id.cypherQuoted), source: \(edge.sourceID.cypherQuoted), "
            + "target: \(edge.targetID.cypherQuoted), props: \(map(properties))}"
    }

    private static func batches(_ rows: [String]) -> [ArraySlice<String>] {
        stride(from: 0, to: rows.count, by: batchSize).map { rows[$0..<min($0 + batchSize, rows.count)] }
    }

    private static func map(_ properties: [(String, String)]) -> String {
        "{" + properties.map { "\($0.0): \($0.1)" }.joined(separator: ", ") + "}"
    }
}
