/// One score per node, with the labels to name them.
public struct NodeScores: Sendable, Hashable {
    /// Scores indexed by `NodeIndex.rawValue`.
    public var values: [Double]
    /// Node names, indexed like `values`.
    public var labels: [String]

    public init(values: [Double], labels: [String]) {
        self.values = values
        self.labels = labels
    }

    /// The score of `node`.
    public subscript(node: NodeIndex) -> Double { values[node.int] }

    /// The score of the node labelled `name`, if any.
    public func score(named name: String) -> Double? {
        labels.firstIndex(of: name).map { values[$0] }
    }

    /// The `top` highest scores, ties broken by name ascending; `top: 0` returns every node.
    ///
    /// - Complexity: O(*n* log *n*).
    public func ranking(top: Int = 0) -> [RankedScore] {
        let order = values.indices.sorted { a, b in
            values[a] != values[b] ? values[a] > values[b] : labels[a] < labels[b]
        }
        let count = top <= 0 ? order.count : min(top, order.count)
        return order.prefix(count).map { RankedScore(name: labels[$0], score: values[$0]) }
    }

    /// The sum of all scores.
    public var sum: Double { values.reduce(0, +) }
}

/// One row of a ranking.
public struct RankedScore: Sendable, Hashable {
    public var name: String
    public var score: Double
    public init(name: String, score: Double) {
        self.name = name
        self.score = score
    }
}
