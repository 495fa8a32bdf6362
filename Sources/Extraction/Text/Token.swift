/// One token of a document: a word, an abbreviation, a possessive `'s`, or one punctuation scalar.
///
/// Offsets are Unicode-scalar positions into the document, as `Evidence` uses.
struct Token: Sendable {
    enum Kind: UInt8, Sendable {
        case word
        /// The possessive clitic `'s` / `’s`, split off its word.
        case possessive
        case punctuation
    }

    var start: Int
    var end: Int
    /// The same span as UTF-8 byte offsets, for fast slicing of surfaces.
    var utf8Start: Int
    var utf8End: Int
    var kind: Kind
    /// Lowercased, accent-free form (`NameKey.fold`); for punctuation the scalar itself.
    var key: String
    /// First scalar is an uppercase letter.
    var isCapitalised: Bool
    /// Every letter is uppercase and there are at least two ("AES", "U.S.").
    var isAllCaps: Bool
    /// No whitespace between this token and the previous one ("al" "-" "Qaeda").
    var isAttached: Bool
    /// A line break lies between the previous token and this one.
    var followsLineBreak: Bool
    /// Lexicon facts about the word, set once by `Knowledge.annotate` so hot loops test bits, not hash sets.
    var flags: WordFlags = []
}

/// What the lexicons say about a word.
struct WordFlags: OptionSet, Sendable, Hashable {
    let rawValue: UInt16
    static let titleStart = WordFlags(rawValue: 1 << 0)
    static let phraseStart = WordFlags(rawValue: 1 << 1)
    static let function = WordFlags(rawValue: 1 << 2)
    static let common = WordFlags(rawValue: 1 << 3)
    static let organisationNoun = WordFlags(rawValue: 1 << 4)
    static let agreementNoun = WordFlags(rawValue: 1 << 5)
    static let trigger = WordFlags(rawValue: 1 << 6)
}
