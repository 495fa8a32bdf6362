/// A typed, evidence-backed edge between two canonical entities, named by their canonical names.
public struct Relation: Hashable, Codable, Sendable {
    public var id: RelationID?
    public var source: String
    public var type: RelationType
    public var target: String
    /// Confidence in [0, 1]: the highest confidence of the patterns that produced it.
    public var confidence: Double
    /// Every supporting sentence, in document order.
    public var evidence: [Evidence]

    public init(
        id: RelationID? = nil, source: String, type: RelationType, target: String,
        confidence: Double = 1, evidence: [Evidence] = []
    ) {
        self.id = id
        self.source = source
        self.type = type
        self.target = target
        self.confidence = confidence
        self.evidence = evidence
    }

    /// The number of distinct supporting sentences (document + position).
    public var weight: Int {
        Set(
            evidence.map {
                EvidenceKey(document: $0.document, start: $0.start, end: $0.end, importedFrom: $0.importedFrom)
            }
        ).count
    }

    /// The relation with symmetric ends put in the schema's order (alphabetical by canonical name).
    public func normalised() -> Relation {
        guard type.isSymmetric, target < source else { return self }
        var copy = self
        copy.source = target
        copy.target = source
        return copy
    }
}

private struct EvidenceKey: Hashable {
    var document: String
    var start: Int
    var end: Int
    var importedFrom: String?
}
