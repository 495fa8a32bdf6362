import ActorGraphCore

/// Writes GEXF 1.3, Gephi's native format, valid against the 1.3 XML Schema, or 1.2draft for NetworkX 2.x.
///
/// Source: GEXF 1.3 and 1.2draft specifications and XML Schemas, https://gexf.net/schema.html
///
/// Every relation is one directed edge whose `label` and `kind` are the relation type (Gephi keeps
/// parallel edges of different kinds apart) and whose `weight` is the evidence count. Symmetric
/// `cooperates_with` edges stay directed with `symmetric` = `true`: `mutual` makes NetworkX read two
/// edges and Gephi reject the file, and `undirected` inside a directed graph makes NetworkX refuse it.
/// Colour, size and position are written as the 1.3 schema declares them, as `color`, `size` and
/// `position` in the GEXF namespace (its viz part has no namespace of its own); Gephi reads them by name.
/// 1.2draft differs only there: its viz elements live in their own namespace (`viz:color`, …), and NetworkX
/// 2.x, which looks for the 1.1draft and 1.2draft namespaces only, reads them as `viz` node data.
/// No `lastmodifieddate` is written, so output stays byte-identical from run to run.
enum GEXFWriter {
    /// The GEXF versions written: 1.3 for Gephi, 1.2draft for readers that know no newer one.
    enum Version {
        case v1_3
        case v1_2draft

        var root: String {
            switch self {
            case .v1_3:
                """
                <gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
                xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">
                """
            case .v1_2draft:
                """
                <gexf xmlns="http://www.gexf.net/1.2draft" xmlns:viz="http://www.gexf.net/1.2draft/viz" \
                xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
                xsi:schemaLocation="http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd" version="1.2">
                """
            }
        }

        /// The prefix of the colour, size, position and thickness elements.
        var viz: String { self == .v1_3 ? "" : "viz:" }
    }

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

    private static let edgeAttributes: [Attribute] =
        [
            Attribute(id: "polarity", type: "string"),
            Attribute(id: "symmetric", type: "boolean"),
            Attribute(id: "confidence", type: "double"),
            Attribute(id: "provenance", type: "string"),
            Attribute(id: "evidence", type: "string"),
            Attribute(id: "document", type: "string"),
        ] + ExportGraph.Edge.citedSourceNames.map { Attribute(id: $0, type: "string") }

    static func write(_ graph: ExportGraph, version: Version) -> String {
        let viz = version.viz
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            \(version.root)
              <meta>
                <creator>ActorGraph</creator>
              </meta>
              <graph mode="static" defaultedgetype="directed">

            """
        let measures = graph.appearance?.measures ?? []
        out += declarations("node", nodeAttributes + measures.map { Attribute(id: $0, type: "double") })
        out += declarations("edge", edgeAttributes)
        out += "    <nodes count=\"\(graph.nodes.count)\">\n"
        for node in graph.nodes {
            let entity = node.entity
            out += "      <node id=\"\(node.id)\" label=\"\(entity.name.xmlEscaped)\">\n"
            var values = [("type", entity.type.rawValue)]
            if let subtype = entity.subtype { values.append(("subtype", subtype.rawValue)) }
            if !entity.aliases.isEmpty { values.append(("aliases", entity.joinedAliases)) }
            values.append(("mentions", String(entity.mentions)))
            let look = graph.appearance(of: node)
            if let look {
                for (measure, score) in zip(measures, look.scores) { values.append((measure, score.exportText)) }
            }
            out += attributeValues(values)
            if let look {
                out += "        " + color(look.color, viz) + "\n"
                out += "        <\(viz)size value=\"\(look.size.drawingText)\"/>\n"
                out += "        <\(viz)position x=\"\(look.x.drawingText)\" y=\"\(look.y.drawingText)\" z=\"0.0\"/>\n"
            }
            out += "      </node>\n"
        }
        out += "    </nodes>\n    <edges count=\"\(graph.edges.count)\">\n"
        for edge in graph.edges {
            let relation = edge.relation
            out += "      <edge id=\"\(edge.id)\" source=\"\(edge.sourceID)\" target=\"\(edge.targetID)\""
            out += " label=\"\(relation.type.rawValue)\" kind=\"\(relation.type.rawValue)\""
            out += " weight=\"\(relation.weight)\">\n"
            var values = [
                ("polarity", relation.type.polarity.rawValue),
                ("symmetric", relation.type.isSymmetric ? "true" : "false"),
                ("confidence", relation.confidence.exportText),
                ("provenance", edge.provenance.rawValue),
            ]
            if let best = edge.bestEvidence {
                values.append(("evidence", best.sentence))
                values.append(("document", best.document))
            }
            values += edge.citedSource.filter { !$0.value.isEmpty }.map { ($0.name, $0.value) }
            out += attributeValues(values)
            if let edgeColor = graph.appearance?.edgeColors[relation.type.polarity] {
                out += "        " + color(edgeColor, viz) + "\n"
            }
            if let thickness = graph.thickness(of: edge) {
                out += "        <\(viz)thickness value=\"\(thickness.drawingText)\"/>\n"
            }
            out += "      </edge>\n"
        }
        out += "    </edges>\n  </graph>\n</gexf>\n"
        return out
    }

    private static func color(_ color: RGBColor, _ viz: String) -> String {
        "<\(viz)color r=\"\(color.red)\" g=\"\(color.green)\" b=\"\(color.blue)\"/>"
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
