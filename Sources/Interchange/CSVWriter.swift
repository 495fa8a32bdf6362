import ActorGraphCore

/// Writes `nodes.csv` and `edges.csv` as RFC 4180 files in the shape of Gephi's spreadsheet import.
///
/// Source: RFC 4180, "Common Format and MIME Type for Comma-Separated Values (CSV) Files"; Gephi 0.10
/// `ImportNodesProcess` / `ImportEdgesProcess` (special columns `Id`, `Label`, `Source`, `Target`, `Type`,
/// `Kind`, `Weight`, matched without regard to case)
///
/// Lines end with CRLF and each file starts with a header row. Gephi reads `Type` as the direction, so
/// it is always `Directed` and the relation type goes to `Label` and `Kind` (Gephi keeps parallel edges
/// of different kinds apart); every other column becomes an attribute. `Source` and `Target` hold the
/// node `Id`s of `nodes.csv`. Text is written as it is, quoted where RFC 4180 requires; the formula
/// guard of ``Swift/String/csvField(spreadsheetSafe:)`` applies only when asked for.
enum CSVWriter {
    static func nodes(_ graph: ExportGraph, spreadsheetSafe: Bool = false) -> String {
        let measures = graph.appearance?.measures ?? []
        var out = row(["Id", "Label", "type", "subtype", "aliases", "mentions"] + measures)
        for node in graph.nodes {
            let entity = node.entity
            var fields = [
                node.id, entity.name, entity.type.rawValue, entity.subtype?.rawValue ?? "", entity.joinedAliases,
            ].map { $0.csvField(spreadsheetSafe: spreadsheetSafe) }
            fields.append(String(entity.mentions))
            if !measures.isEmpty {
                let scores = graph.appearance(of: node)?.scores ?? []
                fields += measures.indices.map { scores.indices.contains($0) ? scores[$0].exportText : "" }
            }
            out += row(fields)
        }
        return out
    }

    static func edges(_ graph: ExportGraph, spreadsheetSafe: Bool = false) -> String {
        var out = row(
            [
                "Source", "Target", "Type", "Kind", "Id", "Label", "Weight", "polarity", "symmetric", "confidence",
                "provenance", "evidence", "document",
            ] + ExportGraph.Edge.citedSourceNames)
        for edge in graph.edges {
            let relation = edge.relation
            let type = relation.type.rawValue
            out += row(
                [
                    edge.sourceID, edge.targetID, "Directed", type, edge.id, type, String(relation.weight),
                    relation.type.polarity.rawValue, relation.type.isSymmetric ? "true" : "false",
                    relation.confidence.exportText, edge.provenance.rawValue,
                    (edge.bestEvidence?.sentence ?? "").csvField(spreadsheetSafe: spreadsheetSafe),
                    (edge.bestEvidence?.document ?? "").csvField(spreadsheetSafe: spreadsheetSafe),
                ] + edge.citedSource.map { $0.value.csvField(spreadsheetSafe: spreadsheetSafe) })
        }
        return out
    }

    private static func row(_ fields: [String]) -> String {
        fields.joined(separator: ",") + "\r\n"
    }
}
