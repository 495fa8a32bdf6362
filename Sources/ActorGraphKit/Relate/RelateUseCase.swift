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
                relationID: span.relation.id?.rawValue, sourceID: span.sourceID.rawValue, source: span.relation.source,
                type: span.relation.type, targetID: span.targetID.rawValue, target: span.relation.target,
                polarity: span.relation.type.polarity, weight: span.relation.weight,
                confidence: span.relation.confidence, firstSeen: span.firstSeen, lastSeen: span.lastSeen,
                evidence: span.relation.evidence.sorted())
        }
        let around = try store.snapshot(
            touching: [firstID, secondID], minConfidence: query.minConfidence, since: query.since, until: query.until)
        var search = ConnectionSearch(first: firstID, second: secondID, around: around)
        var candidates = search.twoHopPaths()
        if candidates.count < k {
            let ring = search.expansion().ring
            search.add(
                try store.snapshot(
                    touching: ring, minConfidence: query.minConfidence, since: query.since, until: query.until))
            candidates += search.threeHopPaths()
        }
        if candidates.count < k {
            // Fewer than k connections within three hops: only now is the whole graph read, for Yen's longer paths.
            candidates = try longerConnections(
                firstID, secondID, k: k, query: query, search: &search, adding: candidates)
        }
        let indirect = try candidates.sorted().prefix(k).map { try describe($0, in: search, query: query) }
        let shared = Self.sharedNeighbours(firstID, secondID, in: around)
        return RelateReport(
            firstID: firstID.rawValue, first: first.name, secondID: secondID.rawValue, second: second.name,
            summary: RelateSummary.sentence(
                first: first.name, second: second.name, direct: direct, shared: shared,
                indirect: indirect),
            direct: direct, indirect: indirect, shared: shared)
    }

    /// The found connections plus Yen's k shortest simple paths of the whole graph, without repeats.
    private func longerConnections(
        _ first: EntityID, _ second: EntityID, k: Int, query: GraphQuery, search: inout ConnectionSearch,
        adding found: [ConnectionSearch.Candidate]
    ) throws -> [ConnectionSearch.Candidate] {
        var undirected = query
        undirected.undirected = true
        let whole = try analysisGraph(undirected)
        guard let snapshot = whole.snapshot,
            let source = snapshot.nodes.firstIndex(where: { $0.id == first }),
            let target = snapshot.nodes.firstIndex(where: { $0.id == second })
        else { return found }
        search.add(snapshot)
        var seen = Set(found.map(\.nodes))
        var result = found
        // CSR node i is snapshot node i; Yen also yields direct paths, hence the margin.
        for path in whole.graph.shortestSimplePaths(
            from: NodeIndex(source), to: NodeIndex(target), k: k + 8, weighted: false)
        where path.edges.count >= 2 {
            let nodes = path.nodes.map { snapshot.nodes[$0.int].id }
            if seen.insert(nodes).inserted, let candidate = search.candidate(through: nodes) {
                result.append(candidate)
            }
        }
        return result
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
                    fromID: from.rawValue, from: search.nodes[from]?.name ?? "", toID: to.rawValue,
                    to: search.nodes[to]?.name ?? "", relationID: edge.id.rawValue, type: edge.type,
                    polarity: edge.type.polarity, confidence: edge.confidence, forward: edge.source == from,
                    weight: edge.weight,
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
                SharedNeighbour(
                    role: role(a, b), actorID: node.id.rawValue, name: node.name, type: node.type, withFirst: a,
                    withSecond: b))
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
        request.format = .svg
        var undirected = query
        undirected.undirected = true
        return try analysisGraph(undirected).renderMap(request).bytes
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
