import ActorGraphCore

/// Writes the files `neo4j-admin database import full` reads: `actors.csv`, `relations.csv` and `import.sh`.
///
/// Source: Neo4j Operations Manual 5, "Neo4j Admin import" (header format `:ID`, `:LABEL`, `:START_ID`,
/// `:END_ID`, `:TYPE`, typed properties `name:int`, `name:string[]`; options `--array-delimiter`,
/// `--multiline-fields`)
///
/// This is the bulk path into a new database: it writes the store files directly, far faster than Cypher,
/// but only into a database that does not exist yet (or with `--overwrite-destination`). The same ids and
/// relationship types as the Cypher export are used, so the Cypher script can update a database loaded
/// this way. Arrays (the `:LABEL` column and `aliases`) are separated by U+001F, a character names do not
/// hold (one that does is written as U+FFFD), since `;`, the default, appears in real names.
enum Neo4jImportWriter {
    /// The array delimiter, as neo4j-admin's `--array-delimiter` names it.
    static let arrayDelimiterOption = "U+001F"
    private static let arrayDelimiter = "\u{1F}"

    static func actors(_ graph: ExportGraph) -> String {
        var out = row(["actor_id:ID(Actor)", ":LABEL", "name", "type", "subtype", "aliases:string[]", "mentions:int"])
        for node in graph.nodes {
            let entity = node.entity
            out += row([
                node.id, "Actor" + arrayDelimiter + CypherWriter.label(entity.type), entity.name.csvField(),
                entity.type.rawValue, entity.subtype?.rawValue ?? "",
                entity.aliases.map(arrayElement).joined(separator: arrayDelimiter).csvField(), String(entity.mentions),
            ])
        }
        return out
    }

    static func relations(_ graph: ExportGraph) -> String {
        var out = row(
            [
                ":START_ID(Actor)", ":END_ID(Actor)", ":TYPE", "relation_id", "polarity", "symmetric:boolean",
                "weight:int", "confidence:double", "provenance", "evidence", "document",
            ] + ExportGraph.Edge.citedSourceNames)
        for edge in graph.edges {
            let relation = edge.relation
            out += row(
                [
                    edge.sourceID, edge.targetID, CypherWriter.relationshipType(relation.type), edge.id,
                    relation.type.polarity.rawValue, relation.type.isSymmetric ? "true" : "false",
                    String(relation.weight), relation.confidence.exportText, edge.provenance.rawValue,
                    (edge.bestEvidence?.sentence ?? "").csvField(), (edge.bestEvidence?.document ?? "").csvField(),
                ] + edge.citedSource.map { $0.value.csvField() })
        }
        return out
    }

    /// The shell script that runs the import from the folder holding the CSV files.
    static func script() -> String {
        """
        #!/bin/sh
        # Loads actors.csv and relations.csv into a NEW Neo4j 5 database with neo4j-admin (stop Neo4j first,
        # or use a database name that does not exist yet; add --overwrite-destination to replace one).
        # Usage, from this folder: sh import.sh [database]   (default: neo4j)
        # Afterwards, in cypher-shell: CREATE DATABASE <name> (Enterprise) or restart Neo4j for the default one,
        # then CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (a:Actor) REQUIRE a.actor_id IS UNIQUE;
        set -eu
        here=$(cd "$(dirname "$0")" && pwd)
        neo4j-admin database import full \\
          --nodes="$here/actors.csv" \\
          --relationships="$here/relations.csv" \\
          --delimiter=',' --quote='"' --array-delimiter='\(arrayDelimiterOption)' \\
          --multiline-fields=true --ignore-empty-strings=true \\
          "${1:-neo4j}"

        """
    }

    private static func arrayElement(_ text: String) -> String {
        text.replacing(arrayDelimiter, with: "\u{FFFD}")
    }

    private static func row(_ fields: [String]) -> String {
        fields.joined(separator: ",") + "\r\n"
    }
}
