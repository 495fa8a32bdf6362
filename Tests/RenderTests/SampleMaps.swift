import ActorGraphCore
import Render

/// Hand-built maps for the Render tests: a Sahel-like map of 25 actors, a tiny one for snapshots, a hostile one.
enum SampleMaps {
    /// The string every escaping test uses: markup, entities, quotes, a Graphviz escape, braces, non-ASCII.
    static let hostile = #"<script>alert(1)</script> & "quoted" \N {brace} Goïta 'single'"#

    /// About 25 actors and 35 relations shaped like a news corpus on Russia and the Sahel juntas.
    static func sahel(clustering: MapClustering = .none, linkTemplate: LinkTemplate? = nil) -> MapModel {
        let actors: [(String, String, EntityType, Double, Int)] = [
            ("n01", "Russia", .state, 1.0, 0), ("n02", "Mali", .state, 0.8, 1), ("n03", "Niger", .state, 0.7, 1),
            ("n04", "Burkina Faso", .state, 0.7, 1), ("n05", "Alliance of Sahel States", .group, 0.75, 1),
            ("n06", "Wagner Group", .group, 0.6, 0), ("n07", "Africa Corps", .group, 0.5, 0),
            ("n08", "ECOWAS", .group, 0.55, 2), ("n09", "France", .state, 0.45, 2),
            ("n10", "Assimi Goïta", .person, 0.5, 1), ("n11", "Abdourahamane Tiani", .person, 0.35, 1),
            ("n12", "Ibrahim Traoré", .person, 0.35, 1), ("n13", "Vladimir Putin", .person, 0.4, 0),
            ("n14", "United States", .state, 0.25, 2), ("n15", "JNIM", .group, 0.3, 3),
            ("n16", "Islamic State Sahel Province", .group, 0.2, 3), ("n17", "MINUSMA", .group, 0.2, 2),
            ("n18", "United Nations", .group, 0.2, 2), ("n19", "Liptako-Gourma Charter", .agreement, 0.3, 1),
            ("n20", "Yevgeny Prigozhin", .person, 0.2, 0), ("n21", "Algeria", .state, 0.15, 3),
            ("n22", "Sergei Lavrov", .person, 0.2, 0), ("n23", "Togo", .state, 0.1, 2),
            ("n24", "Chad", .state, 0.1, 2), ("n25", "Military cooperation agreement", .agreement, 0.2, 0),
        ]
        let relations: [(String, String, RelationType, Double)] = [
            ("n01", "n02", .supports, 5), ("n01", "n03", .supports, 3), ("n01", "n04", .supports, 3),
            ("n06", "n02", .deployedIn, 4), ("n07", "n02", .deployedIn, 2), ("n07", "n04", .deployedIn, 1),
            ("n06", "n07", .succeededBy, 2), ("n02", "n05", .memberOf, 3), ("n03", "n05", .memberOf, 3),
            ("n04", "n05", .memberOf, 3), ("n02", "n08", .withdrewFrom, 3), ("n03", "n08", .withdrewFrom, 2),
            ("n04", "n08", .withdrewFrom, 2), ("n08", "n03", .opposes, 2), ("n09", "n02", .withdrewFrom, 2),
            ("n02", "n09", .opposes, 2), ("n10", "n02", .leads, 4), ("n11", "n03", .leads, 3),
            ("n12", "n04", .leads, 3), ("n13", "n01", .leads, 2), ("n22", "n01", .officialOf, 1),
            ("n20", "n06", .leads, 2), ("n15", "n02", .opposes, 3), ("n16", "n03", .opposes, 2),
            ("n06", "n15", .opposes, 2), ("n17", "n02", .deployedIn, 1), ("n17", "n18", .memberOf, 1),
            ("n02", "n17", .opposes, 1), ("n14", "n03", .withdrewFrom, 1), ("n02", "n19", .partyTo, 1),
            ("n03", "n19", .partyTo, 1), ("n04", "n19", .partyTo, 1), ("n21", "n02", .opposes, 1),
            ("n01", "n05", .cooperatesWith, 2), ("n23", "n08", .memberOf, 1), ("n24", "n02", .supports, 1),
            ("n01", "n25", .partyTo, 1), ("n04", "n25", .partyTo, 1),
        ]
        let nodes = actors.map { id, label, type, size, community in
            MapNode(id: id, label: label, type: type, size: size, community: community)
        }
        let edges = relations.enumerated().map { index, relation in
            let (source, target, type, weight) = relation
            return MapEdge(
                id: "e" + String(index + 1).leftPadded(to: 2), source: source, target: target, relation: type,
                weight: weight, confidence: 0.9,
                evidence: Evidence(
                    document: "00\(index % 5)_sample.txt", sentence: "Sentence \(index + 1) about \(type.rawValue).",
                    start: index * 100, end: index * 100 + 40)
            )
        }
        return MapModel(
            title: "Russia and the Sahel", subtitle: "25 actors, 38 relations; node size = PageRank",
            nodes: nodes, edges: edges, clustering: clustering, linkTemplate: linkTemplate)
    }

    /// Three actors and two relations: small enough to read in a snapshot.
    static func tiny() -> MapModel {
        MapModel(
            title: "Tiny map",
            subtitle: "for the DOT snapshot",
            nodes: [
                MapNode(id: "n2", label: "Mali", type: .state, size: 0.5, community: 0),
                MapNode(id: "n1", label: "Russia", type: .state, size: 1, community: 0),
                MapNode(id: "n3", label: "Wagner Group", type: .group, size: 0, community: 1, highlighted: true),
            ],
            edges: [
                MapEdge(
                    id: "e2", source: "n3", target: "n2", relation: .deployedIn, weight: 1,
                    evidence: Evidence(
                        document: "000_a.txt", sentence: "Wagner fighters arrived in Mali.", start: 10, end: 42),
                    highlighted: true),
                MapEdge(id: "e1", source: "n1", target: "n2", relation: .supports, weight: 3),
            ]
        )
    }

    /// One node and one self-describing edge whose every text field is the hostile string.
    static func hostileMap(linkTemplate: LinkTemplate? = nil) -> MapModel {
        MapModel(
            title: hostile, subtitle: hostile,
            nodes: [
                MapNode(id: "n0", label: hostile, type: .person, size: 0.5, tooltip: hostile),
                MapNode(id: "n1", label: "Mali", type: .state, size: 0.5),
            ],
            edges: [
                MapEdge(
                    id: "e0", source: "n0", target: "n1", relation: .supports, weight: 1,
                    evidence: Evidence(document: hostile, sentence: hostile, start: 3, end: 9))
            ],
            linkTemplate: linkTemplate
        )
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
