/// A canonical actor: one node of the graph.
public struct Entity: Hashable, Codable, Sendable {
    /// The store's id, `nil` before the entity is stored.
    public var id: EntityID?
    /// The canonical name ("Assimi Goïta", "Alliance of Sahel States").
    public var name: String
    public var type: EntityType
    public var subtype: GroupSubtype?
    /// Every other surface form that refers to it ("Goïta", "AES", "Moscow"), sorted, without `name`.
    public var aliases: [String]
    /// How many times it was mentioned across the documents.
    public var mentions: Int

    public init(
        id: EntityID? = nil, name: String, type: EntityType, subtype: GroupSubtype? = nil,
        aliases: [String] = [], mentions: Int = 0
    ) {
        self.id = id
        self.name = name
        self.type = type
        self.subtype = subtype
        self.aliases = aliases
        self.mentions = mentions
    }
}
