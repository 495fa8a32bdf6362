import ActorGraphCore

/// Writes a Cypher script that recreates the graph in Neo4j (run it with `cypher-shell -f`).
///
/// Source: Neo4j Cypher Manual 5, "Syntax: values and types — string literals"
///
/// Every actor is an `:Actor` node with a second label for its type (`:Person`, `:State`, `:Group`,
/// `:Agreement`) and a uniqueness constraint on `name`. Every relation becomes one relationship whose
/// type is the relation type upper-cased (`SUPPORTS`, `OFFICIAL_OF`). Neo4j relationships always have a
/// direction, so a symmetric `cooperates_with` keeps its stored direction and carries `symmetric: true`.
/// Strings are single-quoted with `\'`, `\\` and control characters backslash-escaped.
enum CypherWriter {
    static func write(_ graph: ExportGraph) -> String {
        var out = "CREATE CONSTRAINT actor_name IF NOT EXISTS FOR (a:Actor) REQUIRE a.name IS UNIQUE;\n"
        for node in graph.nodes {
            let entity = node.entity
            var properties = [
                ("name", entity.name.cypherQuoted),
                ("type", entity.type.rawValue.cypherQuoted),
            ]
            if let subtype = entity.subtype { properties.append(("subtype", subtype.rawValue.cypherQuoted)) }
            let aliases = entity.aliases.map(\.cypherQuoted).joined(separator: ", ")
            properties.append(("aliases", "[\(aliases)]"))
            properties.append(("mentions", String(entity.mentions)))
            out += "CREATE (:Actor:\(label(entity.type)) \(map(properties)));\n"
        }
        for edge in graph.edges {
            let relation = edge.relation
            var properties = [
                ("polarity", relation.type.polarity.rawValue.cypherQuoted),
                ("weight", String(relation.weight)),
                ("confidence", relation.confidence.exportText),
            ]
            if relation.type.isSymmetric { properties.append(("symmetric", "true")) }
            if let best = edge.bestEvidence {
                properties.append(("evidence", best.sentence.cypherQuoted))
                properties.append(("document", best.document.cypherQuoted))
            }
            out += "MATCH (a:Actor {name: \(relation.source.cypherQuoted)}), "
            out += "(b:Actor {name: \(relation.target.cypherQuoted)}) "
            out += "CREATE (a)-[:\(relation.type.rawValue.uppercased()) \(map(properties))]->(b);\n"
        }
        return out
    }

    private static func label(_ type: EntityType) -> String {
        switch type {
        case .person: "Person"
        case .state: "State"
        case .group: "Group"
        case .agreement: "Agreement"
        }
    }

    private static func map(_ properties: [(String, String)]) -> String {
        "{" + properties.map { "\($0.0): \($0.1)" }.joined(separator: ", ") + "}"
    }
}
