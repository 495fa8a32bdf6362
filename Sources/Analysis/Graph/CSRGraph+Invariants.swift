extension CSRGraph {
    /// Checks the structural invariants: monotone offsets, indices in range, sorted rows, matching in/out counts.
    ///
    /// Called by the builder in debug builds and by tests; release builds skip it (swift-collections' `_checkInvariants`).
    /// - Complexity: O(*n* + *m*).
    public func checkInvariants() {
        precondition(labels.count == nodeCount, "one label per node")
        precondition(outOffsets.count == nodeCount + 1 && inOffsets.count == nodeCount + 1, "offsets have n+1 entries")
        precondition(outOffsets.first == 0 && inOffsets.first == 0, "offsets start at 0")
        for v in 0..<nodeCount {
            precondition(outOffsets[v] <= outOffsets[v + 1] && inOffsets[v] <= inOffsets[v + 1], "offsets monotone")
            if outOffsets[v + 1] - outOffsets[v] > 1 {
                for slot in (outOffsets[v] + 1)..<outOffsets[v + 1] {
                    precondition(outTargets[slot - 1] < outTargets[slot], "rows sorted, no duplicates")
                }
            }
        }
        precondition(outOffsets[nodeCount] == outTargets.count && inOffsets[nodeCount] == inSources.count)
        precondition(outTargets.allSatisfy { $0 >= 0 && Int($0) < nodeCount }, "targets < n")
        precondition(inSources.allSatisfy { $0 >= 0 && Int($0) < nodeCount }, "sources < n")
        precondition(origins.count == edgeCount, "one origin per edge")
        precondition(weights.isEmpty || weights.count == edgeCount, "one weight per edge")
        if isDirected {
            precondition(outTargets.count == edgeCount && inSources.count == edgeCount)
            precondition(outEdgeIDs.isEmpty && inEdgeIDs.count == edgeCount)
        } else {
            precondition(outEdgeIDs.count == outTargets.count && edgeLowEnds.count == edgeCount)
            precondition(outEdgeIDs.allSatisfy { $0 >= 0 && Int($0) < edgeCount }, "edge ids < m")
        }
    }
}
