public import ActorGraphCore
import Analysis
import GraphStore

/// One step of a path: the relation walked and the sentence that justifies it.
public struct PathHop: Codable, Sendable, Equatable {
    /// The store's ids of the two actors and of the relation (nil for an edge-list graph).
    public var fromID: Int64?
    public var from: String
    public var toID: Int64?
    public var to: String
    public var relationID: Int64?
    /// The relation type; nil for an edge-list graph, which has none.
    public var type: RelationType?
    public var polarity: Polarity?
    public var confidence: Double?
    /// True when the relation points from `from` to `to`; false when the path walks it backwards.
    public var forward: Bool
    public var weight: Double
    /// The relation's best evidence sentence (nil for an edge-list graph).
    public var evidence: Evidence?
}

/// One path between two actors.
public struct PathRow: Codable, Sendable, Equatable {
    /// Hop count, or the summed edge lengths (1/weight) for a weighted search.
    public var length: Double
    public var hops: [PathHop]
}

/// The answer to `path A B`.
public struct PathReport: Codable, Sendable, Equatable {
    public var sourceID: Int64?
    public var source: String
    public var targetID: Int64?
    public var target: String
    public var paths: [PathRow]
}

/// Which paths `path` looks for.
public struct PathRequest: Sendable {
    /// How many paths: 1 is the shortest; more uses Yen's k shortest simple paths.
    public var k: Int = 1
    /// When set, all simple paths up to this many hops (instead of the k shortest).
    public var maxLength: Int?
    /// All shortest paths instead of one.
    public var allShortest: Bool = false
    /// Shortest by weight (length 1/weight) rather than by hops.
    public var weighted: Bool = false
    public init() {}
}

extension AnalysisGraph {
    /// Paths from `a` to `b`, each hop with its relation and best evidence sentence.
    ///
    /// - Throws: the unknown-actor error with the closest known names, or ``ActorGraphKitError/sameActor(_:_:)``.
    public func paths(from a: String, to b: String, request: PathRequest = .init()) throws -> PathReport {
        let source = try node(a)
        let target = try node(b)
        guard source != target else { throw ActorGraphKitError.sameActor(a, b) }
        let found: [PathResult]
        if let maxLength = request.maxLength {
            found = graph.allSimplePaths(from: source, to: target, maxLength: maxLength)
        } else if request.allShortest {
            found = graph.allShortestPaths(from: source, to: target, weighted: request.weighted)
        } else if request.k > 1 {
            found = graph.shortestSimplePaths(from: source, to: target, k: request.k, weighted: request.weighted)
        } else {
            found = graph.shortestPath(from: source, to: target, weighted: request.weighted).map { [$0] } ?? []
        }
        if found.isEmpty {
            // Weights are positive, so a pair joined by hops but not by weight has a length past the largest
            // number: say so rather than "no path".
            if request.weighted && graph.shortestPath(from: source, to: target) != nil {
                throw AnalysisError.lengthOverflow(source: label(source), target: label(target))
            }
            throw ActorGraphKitError.noPath(label(source), label(target))
        }
        return PathReport(
            sourceID: ids[label(source)]?.rawValue, source: label(source), targetID: ids[label(target)]?.rawValue,
            target: label(target),
            paths: try found.map { try describe($0) })
    }

    func describe(_ path: PathResult) throws -> PathRow {
        var hops: [PathHop] = []
        for (step, csrEdge) in path.edges.enumerated() {
            let from = path.nodes[step]
            let to = path.nodes[step + 1]
            hops.append(try hop(csrEdge: csrEdge, from: from, to: to))
        }
        return PathRow(length: path.length, hops: hops)
    }

    func hop(csrEdge: Int, from: NodeIndex, to: NodeIndex) throws -> PathHop {
        let fromName = label(from)
        let toName = label(to)
        guard let snapshot, let workspace else {
            return PathHop(
                fromID: nil, from: fromName, toID: nil, to: toName, relationID: nil, type: nil, polarity: nil,
                confidence: nil, forward: true, weight: 1, evidence: nil)
        }
        let walked = snapshot.edges[graph.originalEdge(csrEdge)]
        // Parallel relations join the same pair (Russia supports and cooperates with Mali): show the one with the
        // most evidence, allowed by the view's polarity filter, and the type order as a tie-break.
        let candidates = (edgesByPair[EntityPair(walked.source, walked.target)] ?? []).map { snapshot.edges[$0] }
            .filter { query.admits($0.type) }
            .filter { query.undirected || names[$0.source] == fromName }
        let edge = candidates.min { $0.outranks($1) } ?? walked
        let sourceName = names[edge.source]
        return PathHop(
            fromID: ids[fromName]?.rawValue, from: fromName, toID: ids[toName]?.rawValue, to: toName,
            relationID: edge.id.rawValue, type: edge.type, polarity: edge.type.polarity, confidence: edge.confidence,
            forward: sourceName == fromName, weight: edge.weight,
            evidence: try workspace.store.bestEvidence(for: edge.id, since: query.since, until: query.until))
    }
}
