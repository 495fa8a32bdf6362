import ActorGraphCore

/// Writes `nodes.csv` and `edges.csv` as RFC 4180 files, the shape Gephi's spreadsheet import and pandas read.
///
/// Source: RFC 4180, "Common Format and MIME Type for Comma-Separated Values (CSV) Files"
///
/// Lines end with CRLF and each file starts with a header row. `edges.csv`'s `source` and `target`
/// hold the node `id`s of `nodes.csv`, as Gephi expects, so joins never depend on escaped names. Text
/// fields get the formula-injection guard of ``Swift/String/csvField``; numbers are written as they are.
enum CSVWriter {
    static func nodes(_ graph: ExportGraph) -> String {
        var out = row(["id", "name", "type", "subtype", "aliases", "mentions"])
        for node in graph.nodes {
            let entity = node.entity
            out += row([
                node.id.csvField, entity.name.csvField, entity.type.rawValue.csvField,
                (entity.subtype?.rawValue ?? "").csvField, entity.joinedAliases.csvField, String(entity.mentions),
            ])
        }
        return out
    }

    static func edges(_ graph: ExportGraph) -> String {
        var out = row(["source", "target", "type", "polarity", "weight", "confidence", "evidence", "document"])
        for edge in graph.edges {
            let relation = edge.relation
            out += row([
                edge.sourceID.csvField, edge.targetID.csvField, relation.type.rawValue.csvField,
                relation.type.polarity.rawValue.csvField, String(relation.weight), relation.confidence.exportText,
                (edge.bestEvidence?.sentence ?? "").csvField, (edge.bestEvidence?.document ?? "").csvField,
            ])
        }
        return out
    }

    private static func row(_ fields: [String]) -> String {
        fields.joined(separator: ",") + "\r\n"
    }
}
