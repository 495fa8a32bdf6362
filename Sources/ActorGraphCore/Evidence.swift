/// One sentence of one document that supports a relation.
///
/// `start` and `end` are offsets in Unicode scalars (code points, as Python's `str` counts them)
/// into the document text after UTF-8 decoding, so `text.unicodeScalars[start..<end]` is `sentence`.
public struct Evidence: Hashable, Codable, Sendable {
    /// The document's id: its file name, such as `000_2232b512bc44f881.txt`.
    public var document: String
    /// The sentence, exactly as it stands in the document.
    public var sentence: String
    /// Offset of the sentence's first scalar.
    public var start: Int
    /// Offset one past the sentence's last scalar.
    public var end: Int

    public init(document: String, sentence: String, start: Int, end: Int) {
        self.document = document
        self.sentence = sentence
        self.start = start
        self.end = end
    }
}

extension Evidence: Comparable {
    /// Document order: by document id, then position.
    public static func < (lhs: Evidence, rhs: Evidence) -> Bool {
        (lhs.document, lhs.start, lhs.end) < (rhs.document, rhs.start, rhs.end)
    }
}
