/// Escaping of untrusted text (names, sentences, titles, URLs from documents) for HTML and Markdown.
enum ReportEscaping {
    /// Text for HTML content or a quoted attribute value: `& < > " '` as references, characters XML forbids
    /// dropped, a carriage return kept as `&#13;`.
    ///
    /// The page is also well-formed XML (XHTML syntax), so the characters XML 1.0 cannot hold are removed.
    static func html(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\r": out += "&#13;"
            case "\n", "\t": out.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Characters that can make markup anywhere in a line: emphasis, code, links and images (both need `[`),
    /// footnotes, HTML, entities, table cells, strikethrough, math, headings and e-mail autolinks.
    private static let markdownPunctuation: Set<Unicode.Scalar> = [
        "\\", "`", "*", "_", "[", "]", "<", ">", "&", "|", "~", "$", "^", "#", "@",
    ]

    /// Text for Markdown: every character that could start markup backslash-escaped, line breaks as spaces,
    /// control characters dropped.
    ///
    /// Beyond the characters that are markup anywhere, a text that begins like a list item or a quote
    /// (`-`, `+`, `1.`, `1)`) has that start escaped, `:` before `//` (a URL GitHub would link) and the `.`
    /// of `www.` are escaped: an escaped character stops the autolink match.
    static func markdown(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        var out = ""
        // Digits seen since the start of the text, for `1.` and `1)`.
        var leadingDigits = true
        for (index, scalar) in scalars.enumerated() {
            let atStart = index == 0
            switch scalar {
            case "\n", "\r", "\t":
                if out.last != " " { out += " " }
            case "-" where atStart, "+" where atStart:
                out += "\\" + String(scalar)
            case ".", ")":
                let afterDigits = leadingDigits && index > 0
                let afterWWW =
                    scalar == "." && index >= 3
                    && String(String.UnicodeScalarView(scalars[(index - 3)..<index])).lowercased() == "www"
                out += (afterDigits || afterWWW ? "\\" : "") + String(scalar)
            case ":":
                let beforeSlashes = index + 2 < scalars.count && scalars[index + 1] == "/" && scalars[index + 2] == "/"
                out += (beforeSlashes ? "\\" : "") + ":"
            default:
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) { continue }
                if markdownPunctuation.contains(scalar) { out += "\\" }
                out.unicodeScalars.append(scalar)
            }
            if !("0"..."9").contains(scalar) { leadingDigits = false }
        }
        return out
    }

    /// A relative file name as a Markdown link destination: every byte outside the unreserved set
    /// percent-encoded, so spaces, parentheses and brackets cannot end the link.
    static func markdownDestination(_ path: String) -> String {
        var out = ""
        for byte in path.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
                UInt8(ascii: "~"), UInt8(ascii: "/"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = Array("0123456789ABCDEF")
                out += "%\(hex[Int(byte >> 4)])\(hex[Int(byte & 0xF)])"
            }
        }
        return out
    }

    /// The URL when it may become a link, else nil (and it is shown as text only).
    ///
    /// It must start with `http://` or `https://` as written (so no character reference can hide another
    /// scheme) and hold no space, quote, angle bracket, backslash, backtick or control character.
    static func linkableURL(_ url: String?) -> String? {
        guard let url else { return nil }
        let lowered = url.lowercased()
        guard lowered.hasPrefix("https://") || lowered.hasPrefix("http://") else { return nil }
        let unsafe: Set<Unicode.Scalar> = [" ", "\"", "'", "<", ">", "\\", "`"]
        if url.unicodeScalars.contains(where: { $0.value < 0x21 || $0.value == 0x7F || unsafe.contains($0) }) {
            return nil
        }
        return url
    }
}
