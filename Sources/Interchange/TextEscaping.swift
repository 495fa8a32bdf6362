/// Escaping of untrusted document text (names, aliases, sentences) for each output format.
extension String {
    /// The text as XML character data or an attribute value, in either quote style.
    ///
    /// Tab, CR and LF become character references so attribute-value normalisation keeps them;
    /// characters XML 1.0 forbids even as references (C0 controls, U+FFFE, U+FFFF) become U+FFFD.
    var xmlEscaped: String {
        var out = ""
        out.reserveCapacity(utf8.count)
        for scalar in unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\t": out += "&#9;"
            case "\n": out += "&#10;"
            case "\r": out += "&#13;"
            case _ where scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF:
                out += "\u{FFFD}"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// The text as a quoted JSON string (RFC 8259): quote, backslash and C0 controls escaped.
    var jsonQuoted: String {
        var out = "\""
        for scalar in unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20: out += "\\u" + scalar.hex4
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    /// The text as a single-quoted Cypher string literal: quote, backslash and controls backslash-escaped.
    var cypherQuoted: String {
        var out = "'"
        for scalar in unicodeScalars {
            switch scalar {
            case "'": out += "\\'"
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20: out += "\\u" + scalar.hex4
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "'"
    }

    /// The text as one RFC 4180 field: quoted, with quotes doubled, when it holds a comma, quote, CR or LF.
    ///
    /// With `spreadsheetSafe`, a field starting with `=`, `+`, `-`, `@`, tab or CR also gets a leading `'`
    /// (OWASP "CSV Injection"), so spreadsheets show it as text instead of evaluating it.
    func csvField(spreadsheetSafe: Bool = false) -> String {
        var text = self
        if spreadsheetSafe, let first = text.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(first) {
            text = "'" + text
        }
        guard text.unicodeScalars.contains(where: { [",", "\"", "\r", "\n"].contains($0) }) else { return text }
        return "\"" + text.replacing("\"", with: "\"\"") + "\""
    }
}

extension Unicode.Scalar {
    /// Four lowercase hex digits, for `\u` escapes of control characters.
    fileprivate var hex4: String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
