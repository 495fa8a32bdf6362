/// Connected components: a component number per node and the member lists.
public struct Components: Sendable, Hashable {
    /// Component number of each node; components are numbered by decreasing size, ties by lowest member index.
    public var component: [Int]

    public init(component: [Int]) { self.component = component }

    /// Number of components.
    public var count: Int { (component.max() ?? -1) + 1 }

    /// Members of each component, sorted by node index.
    public var members: [[NodeIndex]] {
        var groups = [[NodeIndex]](repeating: [], count: count)
        for (node, c) in component.enumerated() { groups[c].append(NodeIndex(node)) }
        return groups
    }

    /// Sizes of the components, largest first.
    public var sizes: [Int] {
        var sizes = [Int](repeating: 0, count: count)
        for c in component { sizes[c] += 1 }
        return sizes
    }

    /// Numbers components by decreasing size, ties by lowest member, from any raw labelling.
    static func canonical(rawLabels: [Int32], rawCount: Int) -> Components {
        var size = [Int](repeating: 0, count: rawCount)
        var firstMember = [Int](repeating: Int.max, count: rawCount)
        for (node, label) in rawLabels.enumerated() {
            size[Int(label)] += 1
            firstMember[Int(label)] = min(firstMember[Int(label)], node)
        }
        let order = (0..<rawCount).sorted { (-size[$0], firstMember[$0]) < (-size[$1], firstMember[$1]) }
        var rank = [Int](repeating: 0, count: rawCount)
        for (position, label) in order.enumerated() { rank[label] = position }
        return Components(component: rawLabels.map { rank[Int($0)] })
    }
}
