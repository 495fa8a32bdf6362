/// A document as the English pipeline reads it: tokens with their tags, lemmas and dependency arcs,
/// sentences, and named-entity spans.
///
/// Offsets are Unicode-scalar offsets into the text (`end` exclusive), the unit evidence offsets use, so
/// Python's `text[start:end]` gives the same characters. Whitespace tokens are kept as spaCy keeps them.
/// The JSON encoding is the shape `actorgraph parse --json` prints.
public struct ParsedDocument: Sendable, Equatable, Codable {
    /// Every token, in text order.
    public var tokens: [ParsedToken]
    /// Sentence spans as the parser sets them, in text order, covering every token.
    public var sentences: [TextSpan]
    /// Named-entity spans with their labels, in text order, never overlapping.
    public var entities: [EntitySpan]

    /// A parsed document from its parts.
    public init(tokens: [ParsedToken], sentences: [TextSpan], entities: [EntitySpan]) {
        self.tokens = tokens
        self.sentences = sentences
        self.entities = entities
    }
}

/// One token of a `ParsedDocument`.
public struct ParsedToken: Sendable, Equatable, Codable {
    /// First Unicode scalar of the token in the document's text.
    public var start: Int
    /// One past the last Unicode scalar.
    public var end: Int
    /// The token's text, exactly as in the document.
    public var text: String
    /// Fine-grained (Penn Treebank) tag.
    public var tag: Tag
    /// Coarse Universal Dependencies part of speech.
    public var pos: PartOfSpeech
    /// Base form.
    public var lemma: String
    /// Index in `tokens` of the syntactic head; a sentence root is its own head.
    public var head: Int
    /// Dependency label of the arc from `head` to this token (`ROOT` for a root).
    public var dep: DependencyLabel

    /// A token from its parts.
    public init(
        start: Int, end: Int, text: String, tag: Tag, pos: PartOfSpeech, lemma: String, head: Int,
        dep: DependencyLabel
    ) {
        self.start = start
        self.end = end
        self.text = text
        self.tag = tag
        self.pos = pos
        self.lemma = lemma
        self.head = head
        self.dep = dep
    }
}

/// A span of text in Unicode-scalar offsets, `end` exclusive.
public struct TextSpan: Sendable, Hashable, Codable {
    /// First scalar.
    public var start: Int
    /// One past the last scalar.
    public var end: Int

    /// A span from its bounds.
    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }
}

/// A named-entity span: its scalar bounds and its OntoNotes label.
public struct EntitySpan: Sendable, Hashable, Codable {
    /// First scalar.
    public var start: Int
    /// One past the last scalar.
    public var end: Int
    /// The entity type the recogniser gave it.
    public var label: EntityLabel

    /// A span from its bounds and label.
    public init(start: Int, end: Int, label: EntityLabel) {
        self.start = start
        self.end = end
        self.label = label
    }
}
