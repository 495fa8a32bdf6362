import Foundation

/// spaCy's rule-based English tokenizer with the lexical attributes of each token, natively.
///
/// Source: spaCy 3.8 `spacy/tokenizer.pyx` (`Tokenizer.__call__`: `_tokenize_affixes`, then
/// `_apply_special_cases`), with the prefix, suffix, infix and URL patterns, the exceptions and the
/// `faster_heuristics` setting of en_core_web_sm 3.8.0 read from `tokenizer.json`. Offsets count Unicode
/// scalars, as Python indexes a str.
struct Tokenizer: Sendable {
    let prefixSearch: Pattern?
    let suffixSearch: Pattern?
    let infixFinditer: Pattern?
    let urlMatch: Pattern?
    let tokenMatch: Pattern?
    /// The exceptions by text: an index into `specialCases`.
    let specials: ScalarKeyTable<Int32>
    let specialCases: [SpecialCase]
    /// Every exception's pieces, one after another: their lengths in scalars and NORM overrides.
    let pieceLengths: [Int]
    let pieceNorms: [String?]
    /// The pass that re-finds exceptions the affix rules split apart; nil only while it is being built.
    private(set) var specialCaseMatcher: SpecialCaseMatcher?
    let attributes: LexicalAttributes

    /// One exception: its text and the tokens it becomes (a range of `pieceLengths` and `pieceNorms`).
    struct SpecialCase: Sendable {
        let text: [UInt32]
        let pieces: Range<Int>
    }

    /// Loads the rules and attribute tables from the model folder (`BundledModel.folder()`).
    init(folder: URL) throws(LanguageError) {
        let characters = try PythonCharacters(folder: folder)
        let rules = try TokenizerRules.load(folder: folder)
        func compile(_ source: String?, _ field: String) throws(LanguageError) -> Pattern? {
            guard let source else { return nil }
            do {
                return try Pattern(source, characters: characters)
            } catch {
                throw .malformedResource(
                    name: "\(BundledModel.name)/\(TokenizerRules.fileName)",
                    problem: "\(field) is not a pattern this engine supports (\(error))")
            }
        }
        prefixSearch = try compile(rules.prefixSearch, "prefixSearch")
        suffixSearch = try compile(rules.suffixSearch, "suffixSearch")
        infixFinditer = try compile(rules.infixFinditer, "infixFinditer")
        urlMatch = try compile(rules.urlMatch, "urlMatch")
        tokenMatch = try compile(rules.tokenMatch, "tokenMatch")
        var lengths: [Int] = []
        var norms: [String?] = []
        specialCases = rules.specialCases.map { special in
            let first = lengths.count
            for piece in special.pieces {
                lengths.append(piece.orth.unicodeScalars.count)
                norms.append(piece.norm)
            }
            return SpecialCase(text: special.text.unicodeScalars.map(\.value), pieces: first..<lengths.count)
        }
        pieceLengths = lengths
        pieceNorms = norms
        specials = ScalarKeyTable(specialCases.enumerated().map { ($0.element.text, Int32($0.offset)) })
        attributes = try LexicalAttributes(folder: folder, characters: characters)
        specialCaseMatcher = nil
        specialCaseMatcher = SpecialCaseMatcher(tokenizer: self, fasterHeuristics: rules.fasterHeuristics)
    }

    /// The tokens of `text` with their lexical attributes, as `nlp.tokenizer(text)` gives them.
    func tokenize(_ text: String) -> [Token] {
        let scalars = text.unicodeScalars.map(\.value)
        var run = TokenizerRun(text: scalars, withSpecialCases: true)
        tokenizeAffixes(&run)
        specialCaseMatcher?.apply(to: &run.tokens, text: scalars, tokenizer: self)
        var builder = UTF8Builder()
        return run.tokens.map { makeToken($0, scalars, &builder) }
    }

    /// The token spans of `text` without the special-case matcher pass (`_tokenize_affixes`).
    func spans(_ text: [UInt32], withSpecialCases: Bool) -> [TokenSpan] {
        var run = TokenizerRun(text: text, withSpecialCases: withSpecialCases)
        tokenizeAffixes(&run)
        return run.tokens
    }

    /// Splits the text at whitespace as `_tokenize_affixes` does: one space after a token becomes its
    /// `whitespace_`, any other whitespace run (including further spaces) is a chunk of its own.
    private func tokenizeAffixes(_ run: inout TokenizerRun) {
        let text = run.text
        guard let first = text.first else { return }
        let space = attributes.characters.space
        var start = 0
        var inWhitespace = space.contains(first)
        for index in text.indices {
            let scalar = text[index]
            guard space.contains(scalar) != inWhitespace else { continue }
            if start < index { tokenizeChunk(start..<index, &run) }
            if scalar == 0x20 {
                run.tokens[run.tokens.count - 1].spaceAfter = true
                start = index + 1
            } else {
                start = index
            }
            inWhitespace.toggle()
        }
        if start < text.count {
            tokenizeChunk(start..<text.count, &run)
            // spaCy's own rule for the last chunk (a chunk never ends in a space, so this is false).
            run.tokens[run.tokens.count - 1].spaceAfter = text[text.count - 1] == 0x20 && !inWhitespace
        }
    }

    private func makeToken(_ span: TokenSpan, _ text: [UInt32], _ builder: inout UTF8Builder) -> Token {
        let range = span.start..<span.end
        let scalars = text[range]
        let string = builder.string(scalars)
        let lower = attributes.lower(scalars, text: string, &builder)
        let norm = span.piece >= 0 ? pieceNorms[Int(span.piece)] : nil
        return Token(
            start: span.start, end: span.end, text: string, spaceAfter: span.spaceAfter,
            norm: norm ?? attributes.norm(text, range, string: string, lower: lower), lower: lower,
            shape: attributes.shape(scalars, &builder),
            // A one-character word is its own PREFIX, a word of up to three its own SUFFIX: no new strings.
            prefix: scalars.count == 1 ? string : builder.string(scalars.prefix(1)),
            suffix: scalars.count <= 3 ? string : builder.string(scalars.suffix(3)),
            isSpace: attributes.isSpace(scalars))
    }
}

/// A token while the tokenizer works: its scalar range, trailing space and the exception piece it is.
struct TokenSpan: Sendable, Equatable {
    var start: Int
    var end: Int
    var spaceAfter = false
    /// The index of the exception piece (into `Tokenizer.pieceNorms`) this token is, or -1.
    var piece: Int32 = -1
}

/// The state of one tokenization.
struct TokenizerRun {
    let text: [UInt32]
    /// Whether exceptions apply (false while building the special-case matcher's patterns).
    let withSpecialCases: Bool
    var tokens: [TokenSpan] = []
    var scratch = PatternScratch()
    /// The current chunk's prefixes and suffixes (suffixes outermost first).
    var prefixes: [TokenSpan] = []
    var suffixes: [TokenSpan] = []

    init(text: [UInt32], withSpecialCases: Bool) {
        self.text = text
        self.withSpecialCases = withSpecialCases
        tokens.reserveCapacity(text.count / 4)
    }
}
