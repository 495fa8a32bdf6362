import ActorGraphCore

extension CSRGraph {
    /// The node whose label is `name`: the same Unicode scalars first, then a canonically equivalent label, then
    /// ignoring case and accents (`NameKey.fold`).
    ///
    /// - Throws: ``AnalysisError/unknownNode(name:suggestions:)`` with up to three closest labels.
    /// - Complexity: O(*n*) string comparisons; a miss also ranks every label for suggestions.
    public func nodeIndex(named name: String) throws(AnalysisError) -> NodeIndex {
        // Labels are distinct by scalars ("é" and "e" + U+0301 are two nodes); Swift's == would match either.
        if let exact = labels.firstIndex(where: { $0.unicodeScalars.elementsEqual(name.unicodeScalars) }) {
            return NodeIndex(exact)
        }
        if let equivalent = labels.firstIndex(of: name) { return NodeIndex(equivalent) }
        let key = NameKey.fold(name)
        var match: Int?
        for (index, label) in labels.enumerated() where NameKey.fold(label) == key {
            match = index
            break
        }
        if let match { return NodeIndex(match) }
        throw .unknownNode(name: name, suggestions: NameKey.closest(to: name, among: labels))
    }

    /// Checks that `node` is a valid index.
    ///
    /// - Throws: ``AnalysisError/nodeOutOfRange(index:nodeCount:)``.
    public func validate(_ node: NodeIndex) throws(AnalysisError) {
        guard node.rawValue >= 0, node.int < nodeCount else {
            throw .nodeOutOfRange(index: node.int, nodeCount: nodeCount)
        }
    }
}
