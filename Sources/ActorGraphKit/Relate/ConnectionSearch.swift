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
            if let kept = strongest[pair], (kept.weight, edge.type) >= (edge.weight, kept.type) { continue }
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

    /// Paths through one shared neighbour.
    func twoHopPaths() -> [Candidate] {
        let fromFirst = neighbours(of: first)
        let fromSecond = neighbours(of: second)
        return fromFirst.compactMap { middle, a in
            guard middle != second, let b = fromSecond[middle] else { return nil }
            return Candidate(nodes: [first, middle, second], weakest: min(a, b), total: a + b)
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
            guard let endLink = strongest[EntityPair(end, inner)]?.weight else { continue }
            for (outer, middleLink) in neighbours(of: inner) where outer != end && outer != other && outer != inner {
                guard let otherLink = nearOther[outer] else { continue }
                // Walked from `end`: end–inner–outer–other; reported from `first`.
                let walk = [end, inner, outer, other]
                let links = [endLink, middleLink, otherLink]
                result.append(
                    Candidate(
                        nodes: end == first ? walk : walk.reversed(), weakest: links.min() ?? 0,
                        total: links.reduce(0, +)))
            }
        }
        return result
    }
}
