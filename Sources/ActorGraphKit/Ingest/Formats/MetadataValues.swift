import ActorGraphCore
import Foundation

/// Cleaning of source metadata as read from a file: every value is untrusted text of unknown shape.
enum MetadataValues {
    /// The longest title, outlet or author kept, in characters.
    static let textLimit = 500
    /// The longest URL kept, in characters.
    static let urlLimit = 2000

    /// A title, outlet or author with white space runs (line breaks included) made one space, control
    /// characters dropped and the length capped; nil when nothing is left.
    static func text(_ raw: String?) -> String? {
        guard let raw else { return nil }
        var out = String.UnicodeScalarView()
        var space = false
        for scalar in raw.unicodeScalars {
            if scalar.properties.isWhitespace {
                space = !out.isEmpty
            } else if DictionaryCheck.isControl(scalar) {
                continue
            } else {
                if space { out.append(" ") }
                space = false
                out.append(scalar)
            }
        }
        let text = String(out)
        guard !text.isEmpty else { return nil }
        return text.count > textLimit ? String(text.prefix(textLimit - 1)) + "…" : text
    }

    /// Why a URL is left out, or nil when it is an `http` or `https` address that a link may use.
    static func urlProblem(_ url: String) -> String? {
        guard url.count <= urlLimit else { return "it is longer than \(urlLimit) characters" }
        if let scalar = url.unicodeScalars.first(where: { $0.properties.isWhitespace || DictionaryCheck.isControl($0) })
        {
            return "it holds \(DictionaryCheck.codePoint(scalar)), which an address may not"
        }
        let lower = url.lowercased()
        guard lower.hasPrefix("http://") || lower.hasPrefix("https://"), url.count > 8 else {
            return "only http and https addresses are kept"
        }
        return nil
    }

    /// The `YYYY-MM-DD` of a date written as such or as an ISO 8601 date and time
    /// (`2024-03-01T09:30:00Z`); nil when it is neither.
    static func date(_ raw: String) -> String? {
        let trimmed = raw.trimmingCharacters(in: .whitespaces)
        let day = String(trimmed.prefix(10))
        guard (try? DateLine.validate(day)) != nil else { return nil }
        let rest = trimmed.dropFirst(10)
        guard rest.isEmpty || rest.first == "T" || rest.first == " " else { return nil }
        return day
    }

    /// Checked metadata: text fields cleaned, a URL that is not http(s) left out and a date that is not one
    /// refused (`strict`, for values a person wrote) or left out (for a web page's), each with a reason.
    static func checked(
        title: String?, outlet: String?, author: String?, published: String?, url: String?, path: String,
        origin: String, strict: Bool
    ) throws -> (metadata: DocumentMetadata, warnings: [String]) {
        var warnings: [String] = []
        var metadata = DocumentMetadata(title: text(title), outlet: text(outlet), author: text(author))
        if let url = text(url) {
            if let problem = urlProblem(url) {
                warnings.append(
                    "\(path): \(origin) url '\(ByteCount.shortened(url))' left out: \(problem)")
            } else {
                metadata.url = url
            }
        }
        if let published = text(published) {
            if let day = date(published) {
                metadata.published = day
            } else if strict {
                throw ActorGraphKitError.invalidMetadata(
                    path: path, origin: origin, key: "published",
                    problem: "'\(ByteCount.shortened(published))' is not a date; write it as YYYY-MM-DD")
            } else {
                warnings.append(
                    "\(path): \(origin) publication date '\(ByteCount.shortened(published))' left out: not a date")
            }
        }
        return (metadata, warnings)
    }
}
