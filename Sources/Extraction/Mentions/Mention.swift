import ActorGraphCore

/// A stretch of a sentence that names a document entity.
struct Mention: Sendable, Hashable {
    /// The tokens of the name itself, titles excluded.
    var tokens: Range<Int>
    /// The token of the span the parse attaches to the rest of the sentence (the span's syntactic head).
    var head: Int
    /// Index into the document's entity table.
    var entity: Int
    /// How the span names the entity: by name, by its capital or seat, or by a demonym.
    var kind: PhraseEntry.Kind
}

/// One entity of a document while it is being read.
struct DocumentEntity: Sendable {
    var name: String
    var type: EntityType
    var subtype: GroupSubtype?
    /// Surface forms seen, with counts.
    var surfaces: [String: Int] = [:]
    /// Words that refer to it here without identifying it anywhere else ("the security pact").
    var descriptions: Set<String> = []
    /// Mentions by name, capital or seat (weak mentions are counted apart).
    var mentions = 0
    /// Mentions by demonym ("Russian influence"), by description ("the maritime agreement") or by a capital
    /// named as a place ("talks in Moscow"): an entity named only so is emitted only if it takes part in a
    /// relation.
    var weakMentions = 0
}

/// The entities of one document, found by folded name and type.
struct EntityTable: Sendable {
    private(set) var entities: [DocumentEntity] = []
    private var index: [String: Int] = [:]

    /// The entity called `name` with `type`, created if new (names compare case- and accent-insensitively).
    mutating func entity(named name: String, type: EntityType, subtype: GroupSubtype?) -> Int {
        let key = type.rawValue + "|" + NameKey.fold(name)
        if let i = index[key] {
            if entities[i].subtype == nil { entities[i].subtype = subtype }
            return i
        }
        entities.append(DocumentEntity(name: name, type: type, subtype: subtype))
        index[key] = entities.count - 1
        return entities.count - 1
    }

    /// The entity called `name` with `type`, if the document has it.
    func existing(named name: String, type: EntityType) -> Int? {
        index[type.rawValue + "|" + NameKey.fold(name)]
    }

    /// Counts one mention of `entity` through `surface`.
    mutating func record(_ entity: Int, surface: String, kind: PhraseEntry.Kind) {
        entities[entity].surfaces[surface, default: 0] += 1
        if kind == .demonym || kind == .description || kind == .place {
            entities[entity].weakMentions += 1
        } else {
            entities[entity].mentions += 1
        }
    }

    /// Counts a weak mention of `entity` whose words are no alias of it, only a description.
    mutating func countWeakMention(_ entity: Int, describedAs description: String) {
        entities[entity].weakMentions += 1
        describe(entity, as: description)
    }

    /// The one entity of `type` that `description` describes in this document, if exactly one has it.
    func described(by description: String, type: EntityType) -> Int? {
        let key = NameKey.fold(description)
        let found = entities.indices.filter { i in
            entities[i].type == type && entities[i].descriptions.contains { NameKey.fold($0) == key }
        }
        return found.count == 1 ? found[0] : nil
    }

    /// Records words that refer to `entity` here without identifying it anywhere else.
    mutating func describe(_ entity: Int, as description: String) {
        entities[entity].descriptions.insert(description)
    }

    /// Counts one of `entity`'s mentions as weak after all: a capital inside a described agreement ("the
    /// *Minsk* agreements") names the agreement, not the state.
    mutating func weaken(_ entity: Int) {
        guard entities[entity].mentions > 0 else { return }
        entities[entity].mentions -= 1
        entities[entity].weakMentions += 1
    }

    subscript(_ i: Int) -> DocumentEntity { entities[i] }
}
