import Language

/// Parses a document one line at a time and joins the parses into one.
///
/// In news text a line is a headline, a byline, a caption or a paragraph. Parsed as one document, the parser
/// sometimes runs a headline into the paragraph after it and builds one tree over both; parsed line by line,
/// each tree stays inside its line. Offsets in the joined parse are the document's own.
enum ParagraphParser {
    /// A scalar as the parser should see it: control characters and invisible format characters (bidirectional
    /// overrides, zero-width spaces, byte-order marks) become spaces, one for one, so they neither glue to a word
    /// ("Mali.\u{202E}") nor move any offset.
    static func readable(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar.properties.generalCategory {
        case .control where scalar != "\t" && scalar != "\r", .format: " "
        default: scalar
        }
    }

    /// The parse of `text`, reading each non-blank line with `parser`.
    static func parse(_ text: String, with parser: (String) -> ParsedDocument) -> ParsedDocument {
        var tokens: [ParsedToken] = []
        var sentences: [TextSpan] = []
        var entities: [EntitySpan] = []
        var lineStart = 0
        var line = String.UnicodeScalarView()
        var offset = 0
        func flush() {
            defer {
                line = String.UnicodeScalarView()
            }
            guard line.contains(where: { !$0.properties.isWhitespace }) else { return }
            let parsed = parser(String(line))
            let base = tokens.count
            for var token in parsed.tokens {
                token.start += lineStart
                token.end += lineStart
                token.head += base
                tokens.append(token)
            }
            sentences += parsed.sentences.map { TextSpan(start: $0.start + lineStart, end: $0.end + lineStart) }
            entities += parsed.entities.map {
                EntitySpan(start: $0.start + lineStart, end: $0.end + lineStart, label: $0.label)
            }
        }
        for scalar in text.unicodeScalars {
            if scalar == "\n" {
                flush()
                lineStart = offset + 1
            } else {
                line.append(Self.readable(scalar))
            }
            offset += 1
        }
        flush()
        return ParsedDocument(tokens: tokens, sentences: sentences, entities: entities)
    }
}
