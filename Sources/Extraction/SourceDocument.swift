/// One article to read: its id (file name), full text and optional publication date.
public struct SourceDocument: Sendable, Hashable {
    public var id: String
    public var text: String
    /// ISO 8601 `YYYY-MM-DD`, if known.
    public var date: String?

    public init(id: String, text: String, date: String? = nil) {
        self.id = id
        self.text = text
        self.date = date
    }
}
