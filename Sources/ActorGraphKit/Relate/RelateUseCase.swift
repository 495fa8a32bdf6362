import ActorGraphCore
import Analysis
import Foundation
import GraphStore

extension Workspace {
    /// How two actors are connected: direct relations with every sentence, the `k` best indirect paths,
    /// shared neighbours by polarity, and a one-line summary.
    ///
    /// - Throws: the unknown-actor error with close names, or ``ActorGraphKitError/sameActor(_:_:)``.
    public func relate(_ a: String, _ b: String, k: Int = 5, query: GraphQuery = .init()) throws -> RelateReport {
        let first = try resolve(a)
        let second = try resolve(b)
        guard let firstID = first.id, let secondID = second.id, firstID != secondID else {
            throw ActorGraphKitError.sameActor(a, b)
        }
        let direct = try store.relationSpans(
            between: firstID, and: secondID, minConfidence: query.minConfidence, since: query.since, until: query.until
        ).map { span in
            DirectRelation(
                source: span.relation.source, type: span.relation.type, target: span.relation.target,
                polarity: span.relation.type.polarity, weight: span.relation.weight,
                confidence: span.relation.confidence, firstSeen: span.firstSeen, lastSeen: span.lastSeen,
                evidence: span.relation.evidence.sorted())
        }
        let window = (minConfidence: query.minConfidence, since: query.since, until: query.until)
        let around = try store.snapshot(
            touching: [firstID, secondID], minConfidence: window.minConfidence, since: window.since, until: window.until
        )
        var search = ConnectionSearch(first: firstID, second: secondID, around: around)
        var candidates = search.twoHopPaths()
        if candidates.count < k {
            let ring = search.expansion().ring
            search.add(
                try store.snapshot(
                    touching: ring, minConfidence: window.minConfidence, since: window.since, until: window.until))
            candidates += search.threeHopPaths()
        }
        let indirect: [PathRow]
        if candidates.count >= k {
            indirect = try candidates.sorted().prefix(k).map { try describe($0, in: search, query: query) }
        } else {
            // Fewer than k connections within three hops: only now is the whole graph read, for longer paths.
            var undirected = query
            undirected.undirected = true
            indirect = try analysisGraph(undirected).indirectConnections(first.name, second.name, k: k)
        }
        let shared = Self.sharedNeighbours(firstID, secondID, in: around)
        return RelateReport(
            first: first.name, second: second.name,
            summary: RelateSummary.sentence(
                first: first.name, second: second.name, direct: direct, shared: shared,
                indirect: indirect),
            direct: direct, indirect: indirect, shared: shared)
    }

    /// A found connection as hops, each with the pair's strongest relation and its best sentence.
    private func describe(_ candidate: ConnectionSearch.Candidate, in search: ConnectionSearch, query: GraphQuery)
        throws -> PathRow
    {
        var hops: [PathHop] = []
        for (from, to) in zip(candidate.nodes, candidate.nodes.dropFirst()) {
            guard let edge = search.strongest[EntityPair(from, to)] else { continue }
            hops.append(
                PathHop(
                    from: search.nodes[from]?.name ?? "", to: search.nodes[to]?.name ?? "", type: edge.type,
                    forward: edge.source == from, weight: edge.weight,
                    evidence: try store.bestEvidence(for: edge.id, since: query.since, until: query.until)))
        }
        return PathRow(length: Double(hops.count), hops: hops)
    }

    /// Actors linked to both, from the snapshot's edges (no evidence needs loading), grouped by polarity.
    static func sharedNeighbours(_ first: EntityID, _ second: EntityID, in snapshot: GraphSnapshot)
        -> [SharedNeighbour]
    {
        var withFirst: [EntityID: Set<RelationType>] = [:]
        var withSecond: [EntityID: Set<RelationType>] = [:]
        for edge in snapshot.edges {
            for (end, other) in [(edge.source, edge.target), (edge.target, edge.source)] {
                if end == first { withFirst[other, default: []].insert(edge.type) }
                if end == second { withSecond[other, default: []].insert(edge.type) }
            }
        }
        let nodes = Dictionary(snapshot.nodes.map { ($0.id, $0) }, uniquingKeysWith: { kept, _ in kept })
        var shared: [SharedNeighbour] = []
        for id in Set(withFirst.keys).intersection(withSecond.keys) where id != first && id != second {
            guard let node = nodes[id] else { continue }
            let a = withFirst[id, default: []].sorted()
            let b = withSecond[id, default: []].sorted()
            shared.append(
                SharedNeighbour(role: role(a, b), name: node.name, type: node.type, withFirst: a, withSecond: b))
        }
        let order = ["common partner", "common adversary", "common affiliation", "mixed"]
        return shared.sorted {
            (order.firstIndex(of: $0.role) ?? order.count, $0.name) < (
                order.firstIndex(of: $1.role) ?? order.count, $1.name
            )
        }
    }

    static func role(_ withFirst: [RelationType], _ withSecond: [RelationType]) -> String {
        func polarities(_ types: [RelationType]) -> Set<Polarity> { Set(types.map(\.polarity)) }
        let a = polarities(withFirst)
        let b = polarities(withSecond)
        if a == [.cooperation] && b == [.cooperation] { return "common partner" }
        if a == [.conflict] && b == [.conflict] { return "common adversary" }
        if a.isSubset(of: [.structural, .neutral]) && b.isSubset(of: [.structural, .neutral]) {
            return "common affiliation"
        }
        if a.contains(.cooperation) && b.contains(.cooperation) && !a.contains(.conflict) && !b.contains(.conflict) {
            return "common partner"
        }
        return "mixed"
    }

    /// Writes the relation view between two actors (the renderer's `--between` view) as SVG bytes.
    public func relationViewSVG(_ a: String, _ b: String, k: Int = 3, query: GraphQuery = .init()) throws -> [UInt8] {
        var request = MapRequest()
        request.between = (a, b)
        request.k = k
        request.format = "svg"
        var undirected = query
        undirected.undirected = true
        return try analysisGraph(undirected).renderMap(request).bytes
    }
}

extension AnalysisGraph {
    /// Paths of two or more hops between the actors, ranked shortest first, then by the weakest hop's evidence,
    /// then by total evidence, so a well-attested chain outranks a thin one of equal length.
    ///
    /// The candidates are Yen's k shortest simple paths, plus a margin for the direct ones it also yields.
    func indirectConnections(_ a: String, _ b: String, k: Int) throws -> [PathRow] {
        let source = try node(a)
        let target = try node(b)
        let found = graph.shortestSimplePaths(from: source, to: target, k: k + 8, weighted: false)
        var seen = Set<[NodeIndex]>()
        var ranked: [RankedPath] = []
        for path in found where path.edges.count >= 2 && seen.insert(path.nodes).inserted {
            let (weakest, total) = strength(of: path)
            ranked.append(RankedPath(path: path, weakest: weakest, total: total))
        }
        ranked.sort()
        return try ranked.prefix(k).map { try describe($0.path) }
    }

    /// A candidate connection with the evidence that ranks it.
    struct RankedPath: Comparable {
        var path: PathResult
        var weakest: Double
        var total: Double

        static func < (lhs: RankedPath, rhs: RankedPath) -> Bool {
            if lhs.path.edges.count != rhs.path.edges.count { return lhs.path.edges.count < rhs.path.edges.count }
            if lhs.weakest != rhs.weakest { return lhs.weakest > rhs.weakest }
            if lhs.total != rhs.total { return lhs.total > rhs.total }
            return lhs.path.nodes.map(\.rawValue).lexicographicallyPrecedes(rhs.path.nodes.map(\.rawValue))
        }

        static func == (lhs: RankedPath, rhs: RankedPath) -> Bool { lhs.path.nodes == rhs.path.nodes }
    }

    /// The evidence behind a path: its weakest hop and its total, each hop counted by its pair's strongest relation.
    private func strength(of path: PathResult) -> (weakest: Double, total: Double) {
        let weights = path.edges.map { csrEdge -> Double in
            guard let snapshot else { return graph.weight(ofEdge: csrEdge) }
            let walked = snapshot.edges[graph.originalEdge(csrEdge)]
            return (edgesByPair[EntityPair(walked.source, walked.target)] ?? []).map { snapshot.edges[$0].weight }.max()
                ?? walked.weight
        }
        return (weights.min() ?? 0, weights.reduce(0, +))
    }
}

/// The plain-language line at the top of a `relate` answer.
enum RelateSummary {
    static func sentence(
        first: String, second: String, direct: [DirectRelation], shared: [SharedNeighbour], indirect: [PathRow]
    ) -> String {
        var clauses: [String] = []
        for relation in direct.sorted(by: { ($0.weight, $1.type) > ($1.weight, $0.type) }) {
            let documents = Set(relation.evidence.map(\.document)).count
            let verb = relation.type.rawValue.replacingOccurrences(of: "_", with: " ")
            clauses.append(
                "\(relation.source) \(verb) \(relation.target) (\(relation.weight) sentence\(relation.weight == 1 ? "" : "s") "
                    + "in \(documents) document\(documents == 1 ? "" : "s"))")
        }
        if clauses.isEmpty { clauses.append("\(first) and \(second) have no direct relation") }
        var sentence = clauses.joined(separator: "; ")
        let partners = shared.filter { $0.role != "mixed" }.prefix(3).map(\.name)
        if !partners.isEmpty {
            let more = shared.count - partners.count
            sentence +=
                "; both are connected to "
                + (more > 0 ? partners.joined(separator: ", ") + " and \(more) more" : list(partners))
        } else if let path = indirect.first {
            let via = path.hops.dropLast().map(\.to)
            sentence += "; they are connected through " + list(via)
        }
        return sentence + "."
    }

    private static func list(_ names: some Collection<String>) -> String {
        let items = Array(names)
        switch items.count {
        case 0: return ""
        case 1: return items[0]
        default: return items.dropLast().joined(separator: ", ") + " and " + (items.last ?? "")
        }
    }
}
