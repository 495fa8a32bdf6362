/// One token as the tokenizer cuts it, with the lexical attributes the statistical models read.
///
/// The attribute IDs are spaCy's: a string attribute (NORM, PREFIX, SUFFIX, SHAPE) is the key of its string in
/// spaCy's `StringStore` (`StringKey`: the 64-bit hash, or a reserved symbol's id), a flag (SPACY, IS_SPACE)
/// is 0 or 1 — exactly what `doc.to_array(attrs)` gives, which is what the hash embeddings of the tok2vec
/// layers hash again.
struct Token: Sendable, Equatable {
    /// First Unicode scalar in the document.
    var start: Int
    /// One past the last Unicode scalar.
    var end: Int
    /// The token's text.
    var text: String
    /// Whether whitespace follows the token (spaCy's `whitespace_` is one space, or empty).
    var spaceAfter: Bool
    /// spaCy's NORM: an exception's norm, the `lexeme_norm` table's entry, or the lower-cased text.
    var norm: String
    /// Lower-cased text (LOWER).
    var lower: String
    /// spaCy's word shape (SHAPE), such as `Xxxxx` or `dd.d`.
    var shape: String
    /// First character (PREFIX).
    var prefix: String
    /// Last three characters (SUFFIX).
    var suffix: String
    /// Whether the token is whitespace only (IS_SPACE).
    var isSpace: Bool

    /// The value `doc.to_array([attribute])` holds for this token.
    func attributeID(_ attribute: LexicalAttribute) -> UInt64 {
        switch attribute {
        case .norm: StringKey.of(norm)
        case .prefix: StringKey.of(prefix)
        case .suffix: StringKey.of(suffix)
        case .shape: StringKey.of(shape)
        case .spacy: spaceAfter ? 1 : 0
        case .isSpace: isSpace ? 1 : 0
        }
    }
}

/// The lexical attributes a tok2vec's hash embeddings read, by their spaCy names.
enum LexicalAttribute: String, Sendable, CaseIterable, Decodable {
    case norm = "NORM"
    case prefix = "PREFIX"
    case suffix = "SUFFIX"
    case shape = "SHAPE"
    case spacy = "SPACY"
    case isSpace = "IS_SPACE"
}
