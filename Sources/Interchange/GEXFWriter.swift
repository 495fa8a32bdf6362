import ActorGraphCore

/// Writes GEXF 1.3, Gephi's native format.
///
/// Source: GEXF 1.3 specification, https://gexf.net/schema.html
///
/// Edges carry the relation type as `label` and the evidence count as `weight`. The graph's default
/// edge type is directed; symmetric `cooperates_with` edges are marked `type="mutual"` (the GEXF edge
/// type for a tie that runs both ways) rather than `undirected`, because NetworkX's `read_gexf` rejects
/// an undirected edge inside a directed graph. No `lastmodifieddate` is written, so output stays
/// byte-identical from run to run.
enum GEXFWriter {
    private struct Attribute {
        var id: String
        var type: String
    }

    private static let nodeAttributes: [Attribute] = [
        Attribute(id: "type", type: "string"),
        Attribute(id: "subtype", type: "string"),
        Attribute(id: "aliases", type: "string"),
        Attribute(id: "mentions", type: "integer"),
    ]

    private static let edgeAttributes: [Attribute] = [
        Attribute(id: "polarity", type: "string"),
        Attribute(id: "confidence", type: "double"),
        Attribute(id: "evidence", type: "string"),
        Attribute(id: "document", type: "string"),
    ]

    static func write(_ graph: ExportGraph) -> String {
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
            xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">
              <meta>
                <creator>ActorGraph</creator>
              </meta>
              <graph mode="static" defaultedgetype="directed">

            """
        out += declarations("node", nodeAttributes)
        out += declarations("edge", edgeAttributes)
        out += "    <nodes>\n"
        for node in graph.nodes {
            let entity = node.entity
            out += "      <node id=\"\(node.id)\" label=\"\(entity.name.xmlEscaped)\">\n"
            var values = [("type", entity.type.rawValue)]
            if let subtype = entity.subtype { values.append(("subtype", subtype.rawValue)) }
            if !entity.aliases.isEmpty { values.append(("aliases", entity.joinedAliases)) }
            values.append(("mentions", String(entity.mentions)))
            out += attributeValues(values)
            out += "      </node>\n"
        }
        out += "    </nodes>\n    <edges>\n"
        for edge in graph.edges {
            let relation = edge.relation
            out += "      <edge id=\"\(edge.id)\" source=\"\(edge.sourceID)\" target=\"\(edge.targetID)\""
            if relation.type.isSymmetric { out += " type=\"mutual\"" }
            out += " label=\"\(relation.type.rawValue)\" weight=\"\(relation.weight)\">\n"
            var values = [
                ("polarity", relation.type.polarity.rawValue),
                ("confidence", relation.confidence.exportText),
            ]
            if let best = edge.bestEvidence {
                values.append(("evidence", best.sentence))
                values.append(("document", best.document))
            }
            out += attributeValues(values)
            out += "      </edge>\n"
        }
        out += "    </edges>\n  </graph>\n</gexf>\n"
        return out
    }

    private static func declarations(_ domain: String, _ attributes: [Attribute]) -> String {
        var out = "    <attributes class=\"\(domain)\" mode=\"static\">\n"
        for attribute in attributes {
            out += "      <attribute id=\"\(attribute.id)\" title=\"\(attribute.id)\" type=\"\(attribute.type)\"/>\n"
        }
        return out + "    </attributes>\n"
    }

    private static func attributeValues(_ values: [(String, String)]) -> String {
        var out = "        <attvalues>\n"
        for (key, value) in values {
            out += "          <attvalue for=\"\(key)\" value=\"\(value.xmlEscaped)\"/>\n"
        }
        return out + "        </attvalues>\n"
    }
}
