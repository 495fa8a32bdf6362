public import ActorGraphCore

/// A graph read from a file, resolved into actors and relations the store can take.
public struct ImportedGraph: Sendable, Equatable {
    /// One relation of the file: its ends by canonical name, how many sentences support it, and those the
    /// file carries.
    public struct Relation: Sendable, Equatable {
        public var source: String
        public var type: RelationType
        public var target: String
        public var confidence: Double
        /// The evidence count the file states (its `weight`), at least the number of sentences it carries.
        public var weight: Int
        /// The sentences the file carries, each with the document it cites (nil when it names none).
        public var sentences: [(sentence: String, document: String?)]

        public static func == (lhs: Relation, rhs: Relation) -> Bool {
            lhs.source == rhs.source && lhs.type == rhs.type && lhs.target == rhs.target
                && lhs.confidence == rhs.confidence && lhs.weight == rhs.weight
                && lhs.sentences.map(\.sentence) == rhs.sentences.map(\.sentence)
                && lhs.sentences.map(\.document) == rhs.sentences.map(\.document)
        }
    }

    /// The actors, in file order; `mentions` is at least 1 for an actor without relations, so the store keeps it.
    public var entities: [Entity]
    public var relations: [Relation]
}

/// The graph formats `import` reads.
public enum ImportFormat: String, CaseIterable, Sendable {
    case graphml, gexf, json, csv

    /// The format a file name's extension names, if any.
    public init?(fileName: String) {
        let lowered = fileName.lowercased()
        guard let dot = lowered.lastIndex(of: ".") else { return nil }
        switch lowered[lowered.index(after: dot)...] {
        case "graphml", "xml": self = .graphml
        case "gexf": self = .gexf
        case "json": self = .json
        case "csv": self = .csv
        default: return nil
        }
    }
}

/// What to assume for what a file leaves out.
public struct ImportDefaults: Sendable, Hashable {
    /// The type of actors whose file gives none (nil: such an actor is an error).
    public var entityType: EntityType?
    /// The type of relations whose file gives none (nil: such a relation is an error).
    public var relationType: RelationType?

    public init(entityType: EntityType? = nil, relationType: RelationType? = nil) {
        self.entityType = entityType
        self.relationType = relationType
    }
}
