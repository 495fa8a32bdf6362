import ActorGraphCore

/// Finds the best two- and three-hop connections between two actors from their neighbourhoods alone, so
/// `relate` costs the same on a graph of ten thousand documents as on five.
///
/// A two-hop path runs through a shared neighbour; a three-hop path A–X–Y–B needs X next to A and Y next to B,
/// so expanding the neighbours of the end with fewer of them finds every one. Each hop counts by its pair's
/// strongest relation (most evidence sentences).
struct ConnectionSearch {
    /// A path through the graph and the evidence that ranks it.
    struct Candidate: Comparable {
        var nodes: [EntityID]
        /// Evidence sentences of the weakest hop, and of all hops.
        var weakest: Double
        var total: Double

        /// Shortest first, then the best-attested weakest hop, then most evidence, then by ids for stable output.
        static func < (lhs: Candidate, rhs: Candidate) -> Bool {
            if lhs.nodes.count != rhs.nodes.count { return lhs.nodes.count < rhs.nodes.count }
            if lhs.weakest != rhs.weakest { return lhs.weakest > rhs.weakest }
            if lhs.total != rhs.total { return lhs.total > rhs.total }
            return lhs.nodes.map(\.rawValue).lexicographicallyPrecedes(rhs.nodes.map(\.rawValue))
        }
    }

    let first: EntityID
    let second: EntityID
    /// The strongest relation of every pair seen so far, by unordered pair.
    private(set) var strongest: [EntityPair: GraphSnapshot.Edge] = [:]
    /// Every actor seen so far.
    private(set) var nodes: [EntityID: GraphSnapshot.Node] = [:]

    /// Starts from the relations touching either actor.
    init(first: EntityID, second: EntityID, around: GraphSnapshot) {
        self.first = first
        self.second = second
        add(around)
    }

    /// Records more of the graph (a second ring of neighbours).
    mutating func add(_ snapshot: GraphSnapshot) {
        for node in snapshot.nodes { nodes[node.id] = node }
        for edge in snapshot.edges where edge.source != edge.target {
            let pair = EntityPair(edge.source, edge.target)
            if let kept = strongest[pair], !edge.outranks(kept) { continue }
            strongest[pair] = edge
        }
    }

    /// The neighbours of `centre` with the strength of each link.
    func neighbours(of centre: EntityID) -> [EntityID: Double] {
        var result: [EntityID: Double] = [:]
        for (pair, edge) in strongest where pair.low == centre || pair.high == centre {
            result[pair.low == centre ? pair.high : pair.low] = edge.weight
        }
        return result
    }

    /// The walk through `nodes` ranked by its links, or nil when two consecutive actors are not linked.
    func candidate(through nodes: [EntityID]) -> Candidate? {
        var links: [Double] = []
        for (from, to) in zip(nodes, nodes.dropFirst()) {
            guard let edge = strongest[EntityPair(from, to)] else { return nil }
            links.append(edge.weight)
        }
        return Candidate(nodes: nodes, weakest: links.min() ?? 0, total: links.reduce(0, +))
    }

    /// Paths through one shared neighbour.
    func twoHopPaths() -> [Candidate] {
        let fromSecond = neighbours(of: second)
        return neighbours(of: first).keys.compactMap { middle in
            guard middle != second, fromSecond[middle] != nil else { return nil }
            return candidate(through: [first, middle, second])
        }
    }

    /// Which end to expand for three-hop paths (the one with fewer neighbours), and those neighbours.
    func expansion() -> (end: EntityID, ring: [EntityID]) {
        let fromFirst = neighbours(of: first)
        let fromSecond = neighbours(of: second)
        let end = fromFirst.count <= fromSecond.count ? first : second
        let ring = (end == first ? fromFirst : fromSecond).keys.filter { $0 != first && $0 != second }
        return (end, ring.sorted())
    }

    /// Paths first–X–Y–second, once the ring around the expanded end has been added.
    func threeHopPaths() -> [Candidate] {
        let (end, ring) = expansion()
        let other = end == first ? second : first
        let nearOther = neighbours(of: other)
        var result: [Candidate] = []
        for inner in ring {
            for outer in neighbours(of: inner).keys where outer != end && outer != other && outer != inner {
                guard nearOther[outer] != nil else { continue }
                // Walked from `end`: end–inner–outer–other; reported from `first`.
                let walk = [end, inner, outer, other]
                if let found = candidate(through: end == first ? walk : walk.reversed()) { result.append(found) }
            }
        }
        return result
    }
}
