import Foundation

@testable import Language

/// Tokens, tags and labels of a fixture document, as the attribute ruler and lemmatizer receive them in the pipeline.
enum FixtureTokens {
    /// The document's tokens with spaCy's offsets and, for project texts, its lexical attributes.
    ///
    /// Shared texts carry no lexical attributes in the fixtures; the rules read only text, LOWER and IS_SPACE,
    /// so their NORM/PREFIX/SUFFIX/SHAPE are filled from the text and never consulted.
    static func tokens(of document: SpacyDocument) -> [Token] {
        document.tokenTexts.enumerated().map { index, text in
            Token(
                start: document.start[index], end: document.end[index], text: text,
                spaceAfter: document.space[index], norm: document.norm?[index] ?? text.lowercased(),
                lower: text.lowercased(), shape: document.shape?[index] ?? text,
                prefix: document.prefix?[index] ?? String(text.prefix(1)),
                suffix: document.suffix?[index] ?? String(text.suffix(3)), isSpace: isSpace(text))
        }
    }

    /// Python's `str.isspace()` for the texts at hand: non-empty and all White_Space scalars.
    static func isSpace(_ text: String) -> Bool {
        !text.isEmpty && text.unicodeScalars.allSatisfy(\.properties.isWhitespace)
    }

    /// spaCy's tags, as the closed enum; nil names a tag outside the model's label set.
    static func tags(of document: SpacyDocument) -> [Tag?] { document.tag.map(Tag.init(rawValue:)) }

    /// spaCy's dependency labels, as the closed enum.
    static func dependencies(of document: SpacyDocument) -> [DependencyLabel?] {
        document.dep.map(DependencyLabel.init(rawValue:))
    }
}

extension FixtureTokens {
    /// Tokens cut by hand: each word with whether one space follows it, offsets counted in scalars.
    static func tokens(words: [(text: String, space: Bool)]) -> [Token] {
        var offset = 0
        return words.map { text, space in
            let start = offset
            offset += text.unicodeScalars.count + (space ? 1 : 0)
            return Token(
                start: start, end: start + text.unicodeScalars.count, text: text, spaceAfter: space,
                norm: text.lowercased(), lower: text.lowercased(), shape: text, prefix: String(text.prefix(1)),
                suffix: String(text.suffix(3)), isSpace: isSpace(text))
        }
    }
}

/// The bundled rules, loaded once for all rule tests (the lemma tables take a moment to read in debug builds).
enum BundledRules {
    static let ruler = Result { () throws(LanguageError) in try AttributeRuler(folder: BundledModel.folder()) }
    static let lemmatizer = Result { () throws(LanguageError) in try Lemmatizer(folder: BundledModel.folder()) }
}
