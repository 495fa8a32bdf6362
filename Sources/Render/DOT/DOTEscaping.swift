/// Escaping of untrusted text for the places it can appear in DOT.
enum DOTEscaping {
    /// A DOT double-quoted string for an identifier (node name, id, URL): `\` and `"` escaped, controls dropped.
    ///
    /// Graphviz expands `\N`, `\G`, `\E`, `\L` … in ids, labels, tooltips and URLs, so every backslash is doubled.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n", "\r", "\t": out += " "
            default:
                if !isControl(scalar) { out.unicodeScalars.append(scalar) }
            }
        }
        return out + "\""
    }

    /// A DOT double-quoted string for text Graphviz draws (a label): as `quoted`, and `&` written as `&amp;` so
    /// Graphviz's entity handling gives back the literal text, newlines as `\n`.
    static func quotedText(_ text: String) -> String {
        escapedText(text, backslash: "\\\\")
    }

    /// A DOT double-quoted string for a tooltip: as `quotedText`, but each backslash written as four.
    ///
    /// Graphviz unescapes tooltips twice (once before expanding `\N`, `\E` …, once after), so a doubled
    /// backslash still turns `\N` into the node name; checked with `dot -Tsvg` on 2.43.
    static func quotedTooltip(_ text: String) -> String {
        escapedText(text, backslash: "\\\\\\\\")
    }

    private static func escapedText(_ text: String, backslash: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += backslash
            case "\"": out += "\\\""
            case "&": out += "&amp;"
            case "\n": out += "\\n"
            case "\r": break
            case "\t": out += " "
            default:
                if !isControl(scalar) { out.unicodeScalars.append(scalar) }
            }
        }
        return out + "\""
    }

    /// Text for the inside of an HTML-like label: XML entities for `& < > " '`, controls dropped.
    static func html(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\n", "\r", "\t": out += " "
            default:
                if !isControl(scalar) { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }

    /// A number as DOT wants it: fixed three decimals, no locale, no exponent.
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let thousandths = Int((value * 1000).rounded())
        let sign = thousandths < 0 ? "-" : ""
        let magnitude = abs(thousandths)
        let fraction = String(magnitude % 1000)
        return "\(sign)\(magnitude / 1000).\(String(repeating: "0", count: 3 - fraction.count))\(fraction)"
    }
}
