/// The two debugging views of a parse that `actorgraph parse` prints.
extension ParsedDocument {
    /// The parse as JSON: `{"tokens": [{"start", "end", "text", "tag", "pos", "lemma", "head", "dep"}],
    /// "sentences": [{"start", "end"}], "entities": [{"start", "end", "label"}]}`, one token per line, keys in
    /// that order, so the same parse always gives the same bytes.
    public func jsonText() -> String {
        var out = "{\"tokens\": ["
        for (i, t) in tokens.enumerated() {
            out += i == 0 ? "\n" : ",\n"
            out += "{\"start\": \(t.start), \"end\": \(t.end), \"text\": \(Self.quoted(t.text)), "
            out += "\"tag\": \(Self.quoted(t.tag.rawValue)), \"pos\": \"\(t.pos.rawValue)\", "
            out += "\"lemma\": \(Self.quoted(t.lemma)), \"head\": \(t.head), \"dep\": \"\(t.dep.rawValue)\"}"
        }
        out += "],\n\"sentences\": ["
        out += sentences.map { "{\"start\": \($0.start), \"end\": \($0.end)}" }.joined(separator: ", ")
        out += "],\n\"entities\": ["
        out += entities.map { "{\"start\": \($0.start), \"end\": \($0.end), \"label\": \"\($0.label.rawValue)\"}" }
            .joined(separator: ", ")
        return out + "]}\n"
    }

    /// The parse as a CoNLL-like table, one token per line, a blank line between sentences.
    ///
    /// Columns: index, text, lemma, coarse and fine tag, head, dependency label, named-entity tag (IOB) and
    /// scalar offsets.
    /// Whitespace inside a token is shown escaped (`\n`, `\t`, `␣` for a space).
    public func table() -> String {
        var entityTag = [String](repeating: "O", count: tokens.count)
        var index = 0
        for entity in entities {
            while index < tokens.count && tokens[index].end <= entity.start { index += 1 }
            var first = true
            var i = index
            while i < tokens.count && tokens[i].start < entity.end {
                entityTag[i] = (first ? "B-" : "I-") + entity.label.rawValue
                first = false
                i += 1
            }
        }
        let starts = Set(sentences.map(\.start))
        var lines = ["# id\ttext\tlemma\tpos\ttag\thead\tdep\tent\toffsets"]
        for (i, t) in tokens.enumerated() {
            if i > 0 && starts.contains(t.start) { lines.append("") }
            lines.append(
                [
                    "\(i)", Self.visible(t.text), Self.visible(t.lemma), t.pos.rawValue, t.tag.rawValue, "\(t.head)",
                    t.dep.rawValue, entityTag[i], "\(t.start)-\(t.end)",
                ].joined(separator: "\t"))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A JSON string literal: quotes, backslashes and every control character escaped.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{2028}", "\u{2029}": out += "\\u\(hex4(scalar.value))"
            default:
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) {
                    out += "\\u\(hex4(scalar.value))"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// A token for a table cell: whitespace and control characters made visible.
    static func visible(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case " ": out += "␣"
            default:
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
                    || (0x202A...0x202E).contains(scalar.value)
                    || (0x2066...0x2069).contains(scalar.value)
                {
                    out += "\\u{\(String(scalar.value, radix: 16))}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }

    private static func hex4(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: false)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
