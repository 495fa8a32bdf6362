import ActorGraphCore

/// A URL pattern that turns map elements into links: `https://example.org/{document}#{start}-{end}`.
///
/// Placeholders: `{document}`, `{start}`, `{end}` (from an edge's evidence) and `{name}` (a node's label,
/// or an edge's source label). Every value is percent-encoded. A node or edge whose template needs a value
/// it does not have gets no link. Only http(s) and scheme-less (relative) URLs are accepted, checked on the
/// template and again on every expanded URL after character references are decoded (``URLSafety``), so
/// neither `javascript&#58;…` nor an actor named "javascript" in `{name}:…` can become a `javascript:` link.
public struct LinkTemplate: Sendable, Hashable, CustomStringConvertible {
    /// A piece of the template: literal text or a placeholder.
    enum Part: Sendable, Hashable {
        case literal(String)
        case document, start, end, name
    }

    /// The template as written.
    public let template: String
    let parts: [Part]

    public var description: String { template }

    public init(_ template: String) throws(RenderError) {
        self.template = template
        self.parts = try Self.parse(template)
        try Self.checkCharacters(template)
        // The literal text must pass with empty placeholders, and still pass when they hold a scheme's name:
        // a placeholder cannot stand where the scheme is.
        let sample = Evidence(document: "x", sentence: "", start: 0, end: 0)
        if case .failure(let refusal) = URLSafety.check(expand(name: "", evidence: sample, filler: "") ?? "") {
            throw .invalidLinkTemplate(template: template, reason: refusal.reason)
        }
        if case .failure = URLSafety.check(expand(name: "x", evidence: sample, filler: "javascript") ?? "") {
            throw .invalidLinkTemplate(
                template: template,
                reason: "a placeholder stands where the URL's scheme is; start the template with https:// or /")
        }
    }

    /// The URL for a node as it is written into the map, or nil if the template needs evidence or the
    /// expanded URL fails the check.
    func url(forNodeNamed name: String) -> String? {
        checked(expand(name: name, evidence: nil))
    }

    /// The URL for an edge as it is written into the map, or nil if the template needs evidence the edge lacks
    /// or the expanded URL fails the check.
    func url(sourceName: String, evidence: Evidence?) -> String? {
        checked(expand(name: sourceName, evidence: evidence))
    }

    private func checked(_ url: String?) -> String? {
        guard let url, case .success(let emitted) = URLSafety.check(url) else { return nil }
        return emitted
    }

    /// The URL with every placeholder filled; `filler`, when given, replaces every value (for the checks).
    private func expand(name: String, evidence: Evidence?, filler: String? = nil) -> String? {
        var url = ""
        for part in parts {
            switch part {
            case .literal(let text): url += text
            case .name: url += filler ?? Self.percentEncode(name)
            case .document:
                guard let evidence else { return nil }
                url += filler ?? Self.percentEncode(evidence.document)
            case .start:
                guard let evidence else { return nil }
                url += filler ?? String(evidence.start)
            case .end:
                guard let evidence else { return nil }
                url += filler ?? String(evidence.end)
            }
        }
        return url
    }

    private static func parse(_ template: String) throws(RenderError) -> [Part] {
        var parts: [Part] = []
        var literal = ""
        var rest = Substring(template)
        while let first = rest.first {
            if first == "}" {
                throw .invalidLinkTemplate(template: template, reason: "'}' without '{'")
            }
            guard first == "{" else {
                literal.append(first)
                rest = rest.dropFirst()
                continue
            }
            guard let close = rest.firstIndex(of: "}") else {
                throw .invalidLinkTemplate(template: template, reason: "'{' is never closed")
            }
            let name = rest[rest.index(after: rest.startIndex)..<close]
            let part: Part
            switch name {
            case "document": part = .document
            case "start": part = .start
            case "end": part = .end
            case "name": part = .name
            default:
                throw .invalidLinkTemplate(template: template, reason: "unknown placeholder {\(name)}")
            }
            if !literal.isEmpty { parts.append(.literal(literal)) }
            literal = ""
            parts.append(part)
            rest = rest[rest.index(after: close)...]
        }
        if !literal.isEmpty { parts.append(.literal(literal)) }
        return parts
    }

    private static func checkCharacters(_ template: String) throws(RenderError) {
        let unsafe: Set<Unicode.Scalar> = [" ", "\"", "'", "<", ">", "\\", "`"]
        if template.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F || unsafe.contains($0) }) {
            throw .invalidLinkTemplate(
                template: template,
                reason: "spaces, quotes, backslashes, angle brackets and control characters must be percent-encoded"
            )
        }
    }

    /// RFC 3986 percent-encoding of everything but the unreserved characters, on UTF-8 bytes.
    static func percentEncode(_ value: String) -> String {
        var out = ""
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."),
                UInt8(ascii: "_"), UInt8(ascii: "~"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = Array("0123456789ABCDEF")
                out += "%\(hex[Int(byte >> 4)])\(hex[Int(byte & 0xF)])"
            }
        }
        return out
    }
}
