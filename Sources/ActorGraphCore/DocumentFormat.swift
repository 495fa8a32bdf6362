/// The kind of file an article was read from, which decides how its text is taken out of it.
public enum DocumentFormat: String, Codable, CaseIterable, Sendable, Hashable, CustomStringConvertible {
    /// Plain text (`.txt`), with an optional front-matter block or `Date:` first line.
    case text
    /// Markdown (`.md`, `.markdown`): text whose heading, emphasis and link markup is blanked out.
    case markdown
    /// A saved web page (`.html`, `.htm`, `.xhtml`), read by libxml2's HTML parser.
    case html
    /// A PDF, read through poppler's `pdftotext`.
    case pdf

    public var description: String { rawValue }

    /// The format a file name's extension names, nil for any other file.
    public init?(fileName: String) {
        let lower = fileName.lowercased()
        guard let dot = lower.lastIndex(of: ".") else { return nil }
        switch lower[lower.index(after: dot)...] {
        case "txt", "text": self = .text
        case "md", "markdown": self = .markdown
        case "html", "htm", "xhtml": self = .html
        case "pdf": self = .pdf
        default: return nil
        }
    }
}
