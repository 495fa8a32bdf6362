extension CSRGraph {
    /// Hop distance from `source` to every node along edge directions; -1 where unreachable.
    ///
    /// Source: Moore 1959, "The shortest path through a maze", Proc. Int. Symp. Switching Theory (breadth-first search); NetworkX `single_source_shortest_path_length`
    ///
    /// - Parameter source: start node.
    /// - Returns: one distance per node; empty for an invalid source.
    /// - Complexity: O(*n* + *m*), on contiguous spans with an array queue.
    public func hopDistances(from source: NodeIndex) -> [Int32] {
        guard isValid(source) else { return [] }
        var distance = [Int32](repeating: -1, count: nodeCount)
        var queue = [Int32](repeating: 0, count: nodeCount)
        Self.breadthFirstLevels(graph: self, source: source.int, distance: &distance, queue: &queue)
        return distance
    }

    private static func breadthFirstLevels(
        graph: CSRGraph, source: Int, distance distanceArray: inout [Int32], queue queueArray: inout [Int32]
    ) {
        let offsets = graph.outOffsets.span
        let targets = graph.outTargets.span
        var distance = distanceArray.mutableSpan
        var queue = queueArray.mutableSpan
        distance[source] = 0
        queue[0] = Int32(source)
        var head = 0
        var tail = 1
        while head < tail {
            let v = Int(queue[head])
            head += 1
            let next = distance[v] + 1
            for slot in offsets[v]..<offsets[v + 1] {
                let w = Int(targets[slot])
                if distance[w] < 0 {
                    distance[w] = next
                    queue[tail] = Int32(w)
                    tail += 1
                }
            }
        }
    }
}
