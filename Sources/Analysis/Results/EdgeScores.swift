/// One score per CSR edge id, with each edge's ends.
public struct EdgeScores: Sendable, Hashable {
    /// Scores indexed by CSR edge id.
    public var values: [Double]
    /// The ends of each edge id (for undirected graphs, `source` is the lower node index).
    public var endpoints: [EdgeEndpoints]
    /// Node names, to print edges.
    public var labels: [String]

    public init(values: [Double], endpoints: [EdgeEndpoints], labels: [String]) {
        self.values = values
        self.endpoints = endpoints
        self.labels = labels
    }

    /// The score of the edge between the nodes named `source` and `target` (either order if undirected).
    public func score(source: String, target: String, directed: Bool) -> Double? {
        for (edge, ends) in endpoints.enumerated() {
            let s = labels[ends.source.int]
            let t = labels[ends.target.int]
            if (s == source && t == target) || (!directed && s == target && t == source) { return values[edge] }
        }
        return nil
    }
}
