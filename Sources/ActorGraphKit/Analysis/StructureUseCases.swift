import ActorGraphCore
import Analysis

/// An actor named in a list: its store id (nil for an edge-list graph) and name.
public struct ActorReference: Codable, Sendable, Equatable {
    public var actorID: Int64?
    public var name: String
}

/// A connected component: its actors, sorted by name.
public struct ComponentRow: Codable, Sendable, Equatable {
    public var size: Int
    public var members: [ActorReference]
}

/// A Louvain community and the partition's modularity.
public struct CommunityReport: Codable, Sendable, Equatable {
    public var modularity: Double
    public var communities: [ComponentRow]
}

/// The actors within `radius` hops of a centre and the relations among them.
public struct EgoReport: Codable, Sendable, Equatable {
    public var centerID: Int64?
    public var center: String
    public var radius: Int
    public var members: [ActorReference]
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
        graph.coreNumbers().ranking(top: top).map { scoreRow(name: $0.name, score: $0.score) }
    }

    /// The ego network of `name`.
    public func ego(_ name: String, radius: Int) throws -> EgoReport {
        let center = try node(name)
        let ego = graph.egoNetwork(center: center, radius: radius)
        return EgoReport(
            centerID: ids[label(center)]?.rawValue, center: label(center), radius: radius,
            members: ego.nodes.map(label).sorted().map(reference), edges: ego.edges.count)
    }

    private func rows(_ groups: [[NodeIndex]]) -> [ComponentRow] {
        groups.map { group in ComponentRow(size: group.count, members: group.map(label).sorted().map(reference)) }
            .sorted { ($0.size, $1.members.first?.name ?? "") > ($1.size, $0.members.first?.name ?? "") }
    }

    private func reference(_ name: String) -> ActorReference {
        ActorReference(actorID: ids[name]?.rawValue, name: name)
    }
}
