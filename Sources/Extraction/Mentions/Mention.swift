import ActorGraphCore

/// A resolved mention of a document entity in one sentence.
struct Mention: Sendable, Hashable {
    /// Tokens of the name itself, `[first, end)`.
    var first: Int
    var end: Int
    /// Where the noun phrase starts, titles and their modifiers included ("Russian Foreign Minister …").
    var phraseStart: Int
    /// Index into the document's entity table.
    var entity: Int
    var kind: PhraseEntry.Kind
    /// The title introducing a person, if any: its role and tokens `[titleStart, titleEnd)`.
    var titleRole: TitleRole?
    var titleStart: Int
    var titleEnd: Int
}

/// One entity of a document while it is being read.
struct DocumentEntity: Sendable {
    var name: String
    var type: EntityType
    var subtype: GroupSubtype?
    /// Surface forms seen, with counts.
    var surfaces: [String: Int] = [:]
    var mentions = 0
}

/// What the first pass found in a sentence before names are resolved.
struct Candidate: Sendable {
    enum Kind: Sendable {
        /// A gazetteer, dictionary or `known` phrase.
        case phrase(PhraseEntry)
        /// An organisation or agreement named by its head noun.
        case named(type: EntityType, subtype: GroupSubtype?)
        /// A person found by a title, apposition or name shape.
        case person(role: TitleRole?)
        /// One capitalised token to resolve later (surname, short name, acronym).
        case single
    }

    var first: Int
    var end: Int
    var phraseStart: Int
    var kind: Kind
    var titleStart: Int
    var titleEnd: Int
    var sentence: Int
}
