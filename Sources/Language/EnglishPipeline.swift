/// spaCy's en_core_web_sm 3.8 pipeline run natively: tokenizer, tagger, parser, attribute ruler, lemmatizer, NER.
///
/// Integration scaffold: the components land from their branches; until then loading fails loudly.
public struct EnglishPipeline: Sendable {
    /// Loads the bundled model.
    public static func load() throws(LanguageError) -> EnglishPipeline {
        throw .missingResource(name: "en_core_web_sm (pipeline not integrated yet)")
    }

    /// Parses `text` as one document, as `nlp(text)` does.
    public func parse(_ text: String) -> ParsedDocument {
        ParsedDocument(tokens: [], sentences: [], entities: [])
    }
}
