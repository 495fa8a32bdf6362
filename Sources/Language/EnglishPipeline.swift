internal import Dispatch
import Foundation

/// spaCy's en_core_web_sm 3.8 pipeline, run natively: tokenizer, tok2vec, tagger, parser, attribute ruler,
/// lemmatizer and NER (with its own tok2vec), in spaCy's order.
///
/// Source: spaCy 3.8 `Language.__call__` over the `pipeline` of en_core_web_sm 3.8.0's config.cfg
/// (`tok2vec, tagger, parser, attribute_ruler, lemmatizer, ner`; `senter` disabled). Each component is the
/// port of its spaCy counterpart (see docs/language.md); their outputs are joined into a `ParsedDocument`.
public struct EnglishPipeline: Sendable {
    let tokenizer: Tokenizer
    let tok2vec: Tok2Vec
    let tagger: Tagger
    let parser: DependencyParser
    let attributeRuler: AttributeRuler
    let lemmatizer: Lemmatizer
    let nerTok2vec: Tok2Vec
    let entityRecognizer: EntityRecognizer

    /// Documents with at least this many tokens run their two tok2vec models on two threads: they are
    /// independent, and each is a third of the pipeline's work.
    static let parallelTokenCount = 2_000

    /// The bundled model, loaded once per process and shared (it is immutable).
    public static func load() throws(LanguageError) -> EnglishPipeline {
        try shared.get()
    }

    private static let shared = Result { () throws(LanguageError) -> EnglishPipeline in
        try EnglishPipeline(folder: BundledModel.folder())
    }

    /// Loads the model from a folder laid out as `Resources/en_core_web_sm`.
    init(folder: URL) throws(LanguageError) {
        let weights = try ModelWeights(folder: folder)
        tokenizer = try Tokenizer(folder: folder)
        tok2vec = try Tok2Vec(weights: weights, spec: weights.manifest.tok2vec, prefix: "tok2vec")
        tagger = try Tagger(weights: weights)
        parser = try DependencyParser(weights: weights)
        attributeRuler = try AttributeRuler(folder: folder)
        lemmatizer = try Lemmatizer(folder: folder)
        nerTok2vec = try Tok2Vec(weights: weights, spec: weights.manifest.nerTok2vec, prefix: "ner.tok2vec")
        entityRecognizer = try EntityRecognizer(weights: weights)
    }

    /// Parses `text` as one document, as `nlp(text)` does.
    public func parse(_ text: String) -> ParsedDocument {
        let tokens = tokenizer.tokenize(text)
        guard !tokens.isEmpty else { return ParsedDocument(tokens: [], sentences: [], entities: []) }
        let isSpace = tokens.map(\.isSpace)
        let (vectors, nerVectors) = embed(tokens)
        let tags = tagger(vectors)
        let dependencies = parser(vectors, isSpace: isSpace)
        let attributes = attributeRuler(tokens, tags: tags, dependencies: dependencies.labels)
        let lemmas = lemmatizer(tokens, attributes: attributes)
        let entities = entityRecognizer(nerVectors, isSpace: isSpace, sentenceStarts: dependencies.sentenceStarts)

        var parsed: [ParsedToken] = []
        parsed.reserveCapacity(tokens.count)
        for (i, token) in tokens.enumerated() {
            parsed.append(
                ParsedToken(
                    start: token.start, end: token.end, text: token.text, tag: attributes[i].tag,
                    pos: attributes[i].pos, lemma: lemmas[i], head: dependencies.heads[i],
                    dep: attributes[i].dependency))
        }
        var sentences: [TextSpan] = []
        var first = 0
        for i in 1...tokens.count where i == tokens.count || dependencies.sentenceStarts[i] {
            sentences.append(TextSpan(start: tokens[first].start, end: tokens[i - 1].end))
            first = i
        }
        let spans = entities.map {
            EntitySpan(start: tokens[$0.start].start, end: tokens[$0.end - 1].end, label: $0.label)
        }
        return ParsedDocument(tokens: parsed, sentences: sentences, entities: spans)
    }

    /// The main and the NER tok2vec vectors, computed side by side for long documents.
    private func embed(_ tokens: [Token]) -> (Matrix, Matrix) {
        guard tokens.count >= Self.parallelTokenCount else { return (tok2vec(tokens), nerTok2vec(tokens)) }
        let results = Pair()
        DispatchQueue.concurrentPerform(iterations: 2) { index in
            if index == 0 { results.first = tok2vec(tokens) } else { results.second = nerTok2vec(tokens) }
        }
        return (results.first.unsafelyUnwrapped, results.second.unsafelyUnwrapped)
    }
}

/// Two result slots, each written by one of two `concurrentPerform` iterations and read after both end.
private final class Pair: @unchecked Sendable {
    var first: Matrix?
    var second: Matrix?
}
