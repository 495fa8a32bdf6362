import Language

/// The English parser's reading of a text, for debugging extraction (`actorgraph parse`).
public struct ParseDump: Sendable {
    private let parsed: ParsedDocument

    /// Parses `text` as one document with the bundled pipeline, as spaCy's `nlp(text)` would.
    ///
    /// - Throws: ``ExtractionError/parserUnavailable(problem:)`` when the model cannot be loaded.
    public init(text: String) throws(ExtractionError) {
        let pipeline: EnglishPipeline
        do {
            pipeline = try EnglishPipeline.load()
        } catch {
            throw .parserUnavailable(problem: error.description)
        }
        parsed = pipeline.parse(text)
    }

    /// The parse as a CoNLL-like table, one token per line.
    public var table: String { parsed.table() }

    /// The parse as JSON: tokens, sentences and entities with scalar offsets.
    public var json: String { parsed.jsonText() }
}
