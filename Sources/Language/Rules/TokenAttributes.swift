/// What the attribute ruler leaves on one token: spaCy's `tag_`, `pos_`, `morph`, `dep_` and any rule lemma.
struct TokenAttributes: Sendable, Equatable {
    /// The fine-grained tag (the tagger's, unless a rule replaced it, as whitespace tokens get `_SP`).
    var tag: Tag
    /// The coarse part of speech (every tag has a rule that sets one).
    var pos: PartOfSpeech
    /// The morphological features (empty unless a rule set them).
    var morphology: Morphology
    /// The dependency label (the parser's, unless a rule replaced it, as whitespace tokens get `dep`).
    var dependency: DependencyLabel
    /// A lemma a rule set (such as `be` for `'s`), which the lemmatizer keeps; nil when no rule set one.
    var lemma: String?
}
