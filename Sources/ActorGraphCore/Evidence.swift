/// One sentence of one document that supports a relation.
///
/// `start` and `end` are offsets in Unicode scalars (code points, as Python's `str` counts them)
/// into the document text after UTF-8 decoding, so `text.unicodeScalars[start..<end]` is `sentence`.
public struct Evidence: Hashable, Codable, Sendable {
    /// The document's id: its path relative to the folder it was ingested from, such as
    /// `000_2232b512bc44f881.txt` or `2024/report.html`.
    public var document: String
    /// The sentence, exactly as it stands in the document.
    public var sentence: String
    /// Offset of the sentence's first scalar.
    public var start: Int
    /// Offset one past the sentence's last scalar.
    public var end: Int
    /// The imported file this evidence came from (`import:graph.graphml`), nil when it was extracted.
    ///
    /// An imported sentence names the document the file cites as `document`; it has no position there, so
    /// `start` and `end` number it within the import instead.
    public var importedFrom: String?
    /// Whether a person cited this sentence when adding the relation by hand (`add-relation`), rather than
    /// the extractor reading it.
    public var curated: Bool
    /// The cited document's title, outlet, date and address, when the store knows the document; nil for
    /// evidence fresh from the extractor.
    public var source: DocumentSource?

    public init(
        document: String, sentence: String, start: Int, end: Int, importedFrom: String? = nil, curated: Bool = false,
        source: DocumentSource? = nil
    ) {
        self.document = document
        self.sentence = sentence
        self.start = start
        self.end = end
        self.importedFrom = importedFrom
        self.curated = curated
        self.source = source
    }

    /// Where this evidence comes from: extracted from an article, imported from a graph file, or cited by a
    /// person.
    public var provenance: Provenance {
        if importedFrom != nil { return .imported }
        return curated ? .curated : .extracted
    }
}

extension Evidence: Comparable {
    /// Document order: by document id, then position.
    public static func < (lhs: Evidence, rhs: Evidence) -> Bool {
        (lhs.document, lhs.start, lhs.end) < (rhs.document, rhs.start, rhs.end)
    }
}

extension Evidence {
    private enum CodingKeys: String, CodingKey {
        case document, sentence, start, end, provenance, importedFrom, source
    }

    /// Encodes every field, `provenance`, `importedFrom` (null when extracted) and `source` (null when the
    /// document is not known) included, so the JSON shape never depends on where the evidence came from.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(document, forKey: .document)
        try container.encode(sentence, forKey: .sentence)
        try container.encode(start, forKey: .start)
        try container.encode(end, forKey: .end)
        try container.encode(provenance, forKey: .provenance)
        try container.encode(importedFrom, forKey: .importedFrom)
        try container.encode(source, forKey: .source)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            document: try container.decode(String.self, forKey: .document),
            sentence: try container.decode(String.self, forKey: .sentence),
            start: try container.decode(Int.self, forKey: .start), end: try container.decode(Int.self, forKey: .end),
            importedFrom: try container.decodeIfPresent(String.self, forKey: .importedFrom),
            curated: try container.decodeIfPresent(Provenance.self, forKey: .provenance) == .curated,
            source: try container.decodeIfPresent(DocumentSource.self, forKey: .source))
    }
}
