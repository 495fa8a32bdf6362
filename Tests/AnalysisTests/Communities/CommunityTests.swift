import ActorGraphTestSupport
import Analysis
import Testing

/// Modularity against NetworkX, and Louvain's partitions.
@Suite struct CommunityTests {
    struct PartitionFixture: Decodable {
        var communities: [[String]]
        var modularity: Double
        var modularityResolution2: Double
        enum CodingKeys: String, CodingKey {
            case communities, modularity
            case modularityResolution2 = "modularity-resolution-2"
        }
    }

    static func partition(_ communities: [[String]], in graph: CSRGraph) throws -> Partition {
        var community = [Int](repeating: -1, count: graph.nodeCount)
        for (c, members) in communities.enumerated() {
            for name in members { community[try graph.nodeIndex(named: name).int] = c }
        }
        return Partition(community: community, modularity: 0)
    }

    @Test("modularity of given partitions matches NetworkX", arguments: Oracle.graphs(with: "modularity"))
    func modularity(graph id: String) throws {
        let graph = try Oracle.graph(id)
        let oracle = try Oracle.load(id, "modularity", as: [String: PartitionFixture].self)
        for (key, fixture) in oracle.expected.sorted(by: { $0.key < $1.key }) {
            let partition = try Self.partition(fixture.communities, in: graph)
            let q = graph.modularity(partition)
            #expect(isClose(q, fixture.modularity), "\(id) \(key): got \(q), NetworkX \(fixture.modularity)")
            let q2 = graph.modularity(partition, resolution: 2)
            #expect(isClose(q2, fixture.modularityResolution2), "\(id) \(key) γ=2: got \(q2)")
        }
    }

    @Test(
        "Louvain's reported modularity is the modularity of its partition", arguments: Oracle.graphs(with: "modularity")
    )
    func louvainConsistent(graph id: String) throws {
        let graph = try Oracle.graph(id)
        let partition = graph.louvainCommunities(seed: 7)
        #expect(partition.community.count == graph.nodeCount)
        #expect(isClose(partition.modularity, graph.modularity(partition)))
        #expect(partition == graph.louvainCommunities(seed: 7), "same seed, same partition")
        // A partition at least as good as all nodes together (modularity 0).
        #expect(partition.modularity >= -1e-12)
    }

    @Test("Louvain on Zachary's karate club reaches NetworkX's quality")
    func louvainKarate() throws {
        let graph = try Oracle.graph("karate")
        let oracle = try Oracle.load("karate", "modularity", as: [String: PartitionFixture].self)
        let networkx = try #require(oracle.expected["louvain-seed-1"]).modularity
        let ours = graph.louvainCommunities(seed: 42)
        #expect(ours.modularity > networkx - 0.02, "ours \(ours.modularity), NetworkX \(networkx)")
        #expect((3...6).contains(ours.count))
    }
}
