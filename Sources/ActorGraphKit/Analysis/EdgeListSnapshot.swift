import ActorGraphCore
import Analysis

extension CSRGraph {
    /// An edge list as a snapshot, so maps can be drawn from `--edges` files too.
    ///
    /// Edge lists carry no types: nodes are drawn as groups and edges as `cooperates_with` (undirected
    /// lists) or `supports` (directed), the schema's neutral-looking cooperation types.
    func snapshot() -> GraphSnapshot {
        let nodes = (0..<nodeCount).map { index in
            GraphSnapshot.Node(id: EntityID(Int64(index + 1)), name: labels[index], type: .group)
        }
        let type: RelationType = isDirected ? .supports : .cooperatesWith
        let edges = (0..<edgeCount).map { edge in
            let ends = endpoints(ofEdge: edge)
            return GraphSnapshot.Edge(
                id: RelationID(Int64(edge + 1)), source: EntityID(Int64(ends.source.int + 1)),
                target: EntityID(Int64(ends.target.int + 1)), type: type, weight: weight(ofEdge: edge), confidence: 1)
        }
        return GraphSnapshot(nodes: nodes, edges: edges)
    }
}
