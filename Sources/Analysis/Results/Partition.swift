/// A division of the nodes into communities, with the modularity it achieves.
public struct Partition: Sendable, Hashable {
    /// Community number of each node, numbered 0, 1, … in order of each community's lowest node index.
    public var community: [Int]
    /// Modularity of this partition on the graph it was computed from (NetworkX `modularity` definition).
    public var modularity: Double

    public init(community: [Int], modularity: Double) {
        self.community = community
        self.modularity = modularity
    }

    /// Number of communities.
    public var count: Int { (community.max() ?? -1) + 1 }

    /// The members of each community, each sorted by node index.
    public var communities: [[NodeIndex]] {
        var groups = [[NodeIndex]](repeating: [], count: count)
        for (node, c) in community.enumerated() { groups[c].append(NodeIndex(node)) }
        return groups
    }

    /// Renumbers arbitrary community labels to 0, 1, … in order of first appearance by node index.
    static func canonical(_ labels: [Int]) -> [Int] {
        var renumber: [Int: Int] = [:]
        return labels.map { label in
            if let existing = renumber[label] { return existing }
            let next = renumber.count
            renumber[label] = next
            return next
        }
    }
}
