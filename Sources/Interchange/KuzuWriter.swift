import ActorGraphCore

/// Writes what Kùzu needs to load the graph unedited: `schema.cypher` (DDL), `copy.cypher` (`COPY`
/// statements) and the CSV files they read.
///
/// Source: Kùzu 0.11 documentation, "Create table", "Import data: COPY FROM CSV"
///
/// One node table `Actor` keyed by `id` (the export's node id) and one relationship table per relation
/// type, named as in Neo4j (`SUPPORTS`), created `IF NOT EXISTS` so the schema can be run again. `COPY`
/// reads the CSV files by relative path, so both scripts run from the export folder, into a new database
/// (`COPY` into a table that already holds these actors fails on the primary key). `PARALLEL=false`
/// because evidence sentences may hold line breaks, which Kùzu's parallel CSV reader does not accept.
/// Aliases are one `"; "`-joined string, as in GraphML: Kùzu's CSV lists keep quotes and split on every
/// comma, so a list column could not carry a name with a comma.
enum KuzuWriter {
    private static let options = "(HEADER=true, PARALLEL=false)"

    static func schema() -> String {
        var out = "CREATE NODE TABLE IF NOT EXISTS Actor(id STRING, name STRING, type STRING, subtype STRING, "
        out += "aliases STRING, mentions INT64, PRIMARY KEY (id));\n"
        for type in RelationType.allCases {
            out += "CREATE REL TABLE IF NOT EXISTS \(CypherWriter.relationshipType(type))(FROM Actor TO Actor, "
            out += "id STRING, polarity STRING, symmetric BOOLEAN, weight INT64, confidence DOUBLE, "
            out += "provenance STRING, evidence STRING, document STRING, "
            out += ExportGraph.Edge.citedSourceNames.map { "\($0) STRING, " }.joined() + "MANY_MANY);\n"
        }
        return out
    }

    static func copy(_ graph: ExportGraph) -> String {
        var out = "COPY Actor FROM 'actors.csv' \(options);\n"
        for type in presentTypes(graph) {
            out += "COPY \(CypherWriter.relationshipType(type)) FROM '\(fileName(type))' \(options);\n"
        }
        return out
    }

    static func actors(_ graph: ExportGraph) -> String {
        var out = row(["id", "name", "type", "subtype", "aliases", "mentions"])
        for node in graph.nodes {
            let entity = node.entity
            out += row([
                node.id, entity.name.csvField(), entity.type.rawValue, entity.subtype?.rawValue ?? "",
                entity.joinedAliases.csvField(), String(entity.mentions),
            ])
        }
        return out
    }

    /// One relationship file per relation type present: `from,to,…` in the column order of the schema.
    static func relations(_ graph: ExportGraph) -> [(name: String, text: String)] {
        presentTypes(graph).map { type in
            var out = row(
                [
                    "from", "to", "id", "polarity", "symmetric", "weight", "confidence", "provenance", "evidence",
                    "document",
                ] + ExportGraph.Edge.citedSourceNames)
            for edge in graph.edges where edge.relation.type == type {
                let relation = edge.relation
                out += row(
                    [
                        edge.sourceID, edge.targetID, edge.id, relation.type.polarity.rawValue,
                        relation.type.isSymmetric ? "true" : "false", String(relation.weight),
                        relation.confidence.exportText, edge.provenance.rawValue,
                        (edge.bestEvidence?.sentence ?? "").csvField(), (edge.bestEvidence?.document ?? "").csvField(),
                    ] + edge.citedSource.map { $0.value.csvField() })
            }
            return (fileName(type), out)
        }
    }

    private static func presentTypes(_ graph: ExportGraph) -> [RelationType] {
        let present = Set(graph.edges.map(\.relation.type))
        return RelationType.allCases.filter(present.contains)
    }

    private static func fileName(_ type: RelationType) -> String { "\(type.rawValue).csv" }

    private static func row(_ fields: [String]) -> String {
        fields.joined(separator: ",") + "\r\n"
    }
}
