/// A canonical actor: one node of the graph.
public struct Entity: Hashable, Codable, Sendable {
    /// The store's id, `nil` before the entity is stored.
    public var id: EntityID?
    /// The canonical name ("Assimi Goïta", "Alliance of Sahel States").
    public var name: String
    public var type: EntityType
    public var subtype: GroupSubtype?
    /// Every other surface form that refers to it ("Goïta", "AES", "Moscow"), sorted, without `name`.
    ///
    /// Each identifies the entity: a store takes a document's "AES" for this entity wherever it appears.
    public var aliases: [String]
    /// Surface forms that refer to it in its own documents without identifying it anywhere else ("the security
    /// pact" for the "Solomon Islands-China security pact"), sorted, without `name` and `aliases`.
    ///
    /// A store keeps and shows them but never matches or merges entities by them: every ceasefire is "the
    /// ceasefire agreement" somewhere.
    public var descriptions: [String]
    /// How many times it was mentioned across the documents.
    public var mentions: Int

    public init(
        id: EntityID? = nil, name: String, type: EntityType, subtype: GroupSubtype? = nil,
        aliases: [String] = [], descriptions: [String] = [], mentions: Int = 0
    ) {
        self.id = id
        self.name = name
        self.type = type
        self.subtype = subtype
        self.aliases = aliases
        self.descriptions = descriptions
        self.mentions = mentions
    }

    /// Adds `more` to `descriptions`, keeping them distinct, sorted and apart from the name and the aliases.
    public mutating func addDescriptions(_ more: [String]) {
        descriptions = Array(Set(descriptions + more)).filter { $0 != name && !aliases.contains($0) }.sorted()
    }

    private enum CodingKeys: String, CodingKey {
        case id, name, type, subtype, aliases, descriptions, mentions
    }

    /// Reads files written before descriptions existed, which have none.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decodeIfPresent(EntityID.self, forKey: .id)
        name = try c.decode(String.self, forKey: .name)
        type = try c.decode(EntityType.self, forKey: .type)
        subtype = try c.decodeIfPresent(GroupSubtype.self, forKey: .subtype)
        aliases = try c.decode([String].self, forKey: .aliases)
        descriptions = try c.decodeIfPresent([String].self, forKey: .descriptions) ?? []
        mentions = try c.decode(Int.self, forKey: .mentions)
    }

    /// Writes `descriptions` only when there are some, so an entity without any encodes as it always did.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encodeIfPresent(id, forKey: .id)
        try c.encode(name, forKey: .name)
        try c.encode(type, forKey: .type)
        try c.encodeIfPresent(subtype, forKey: .subtype)
        try c.encode(aliases, forKey: .aliases)
        if !descriptions.isEmpty { try c.encode(descriptions, forKey: .descriptions) }
        try c.encode(mentions, forKey: .mentions)
    }
}
