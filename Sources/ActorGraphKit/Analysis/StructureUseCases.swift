import Analysis

/// A connected component: its actors, sorted by name.
public struct ComponentRow: Codable, Sendable, Equatable {
    public var size: Int
    public var members: [String]
}

/// A Louvain community and the partition's modularity.
public struct CommunityReport: Codable, Sendable, Equatable {
    public var modularity: Double
    public var communities: [ComponentRow]
}

/// The actors within `radius` hops of a centre and the relations among them.
public struct EgoReport: Codable, Sendable, Equatable {
    public var center: String
    public var radius: Int
    public var members: [String]
    public var edges: Int
}

extension AnalysisGraph {
    /// Weakly (or strongly) connected components, largest first.
    public func components(strong: Bool = false) -> [ComponentRow] {
        let components = strong ? graph.stronglyConnectedComponents() : graph.weaklyConnectedComponents()
        return rows(components.members.map { $0 })
    }

    /// Louvain communities (seeded, so reproducible) on the undirected view, largest first.
    public func communities(resolution: Double = 1, seed: UInt64 = 42) -> CommunityReport {
        let partition = graph.louvainCommunities(resolution: resolution, seed: seed)
        return CommunityReport(modularity: graph.modularity(partition), communities: rows(partition.communities))
    }

    /// Core number of every actor, highest first.
    public func coreNumbers(top: Int = 0) -> [ScoreRow] {
        graph.coreNumbers().ranking(top: top).map { ScoreRow(name: $0.name, score: $0.score) }
    }

    /// The ego network of `name`.
    public func ego(_ name: String, radius: Int) throws -> EgoReport {
        let center = try node(name)
        let ego = graph.egoNetwork(center: center, radius: radius)
        return EgoReport(
            center: label(center), radius: radius, members: ego.nodes.map(label).sorted(), edges: ego.edges.count)
    }

    private func rows(_ groups: [[NodeIndex]]) -> [ComponentRow] {
        groups.map { group in ComponentRow(size: group.count, members: group.map(label).sorted()) }
            .sorted { ($0.size, $1.members.first ?? "") > ($1.size, $0.members.first ?? "") }
    }
}
