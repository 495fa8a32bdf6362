/// The two debugging views of a parse that `actorgraph parse` prints.
extension ParsedDocument {
    /// The parse as JSON: `{"tokens": [{"start", "end", "text", "tag", "pos", "lemma", "head", "dep"}],
    /// "sentences": [{"start", "end"}], "entities": [{"start", "end", "label"}]}`, one token per line, keys in
    /// that order, so the same parse always gives the same bytes.
    public func jsonText() -> String {
        // Bytes, not String concatenation: a 100k-token document is 13 MB of JSON.
        var out: [UInt8] = []
        out.reserveCapacity(tokens.count * 140 + (sentences.count + entities.count) * 48 + 64)
        out.append(contentsOf: #"{"tokens": ["#.utf8)
        for (i, t) in tokens.enumerated() {
            out.append(contentsOf: (i == 0 ? "\n" : ",\n").utf8)
            out.append(contentsOf: #"{"start": "#.utf8)
            Self.appendDecimal(t.start, to: &out)
            out.append(contentsOf: #", "end": "#.utf8)
            Self.appendDecimal(t.end, to: &out)
            out.append(contentsOf: #", "text": "#.utf8)
            Self.appendQuoted(t.text, to: &out)
            out.append(contentsOf: #", "tag": "#.utf8)
            Self.appendQuoted(t.tag.rawValue, to: &out)
            out.append(contentsOf: #", "pos": ""#.utf8)
            out.append(contentsOf: t.pos.rawValue.utf8)
            out.append(contentsOf: #"", "lemma": "#.utf8)
            Self.appendQuoted(t.lemma, to: &out)
            out.append(contentsOf: #", "head": "#.utf8)
            Self.appendDecimal(t.head, to: &out)
            out.append(contentsOf: #", "dep": ""#.utf8)
            out.append(contentsOf: t.dep.rawValue.utf8)
            out.append(contentsOf: #""}"#.utf8)
        }
        out.append(contentsOf: "],\n\"sentences\": [".utf8)
        for (i, sentence) in sentences.enumerated() {
            out.append(contentsOf: (i == 0 ? #"{"start": "# : #", {"start": "#).utf8)
            Self.appendDecimal(sentence.start, to: &out)
            out.append(contentsOf: #", "end": "#.utf8)
            Self.appendDecimal(sentence.end, to: &out)
            out.append(UInt8(ascii: "}"))
        }
        out.append(contentsOf: "],\n\"entities\": [".utf8)
        for (i, entity) in entities.enumerated() {
            out.append(contentsOf: (i == 0 ? #"{"start": "# : #", {"start": "#).utf8)
            Self.appendDecimal(entity.start, to: &out)
            out.append(contentsOf: #", "end": "#.utf8)
            Self.appendDecimal(entity.end, to: &out)
            out.append(contentsOf: #", "label": ""#.utf8)
            out.append(contentsOf: entity.label.rawValue.utf8)
            out.append(contentsOf: #""}"#.utf8)
        }
        out.append(contentsOf: "]}\n".utf8)
        return String(decoding: out, as: UTF8.self)
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

    /// Appends `value` in decimal.
    private static func appendDecimal(_ value: Int, to out: inout [UInt8]) {
        if value < 0 { out.append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        let first = out.count
        repeat {
            out.append(UInt8(ascii: "0") + UInt8(magnitude % 10))
            magnitude /= 10
        } while magnitude > 0
        out[first...].reverse()
    }

    /// Appends `text` as a JSON string literal: quotes, backslashes and every control character escaped.
    private static func appendQuoted(_ text: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        for scalar in text.unicodeScalars {
            if let escape = escape(scalar) {
                out.append(contentsOf: escape.utf8)
            } else if scalar.isASCII {
                out.append(UInt8(truncatingIfNeeded: scalar.value))
            } else if let bytes = UTF8.encode(scalar) {
                out.append(contentsOf: bytes)
            }
        }
        out.append(UInt8(ascii: "\""))
    }

    /// How a JSON string literal writes `scalar` when it is not written as itself.
    private static func escape(_ scalar: Unicode.Scalar) -> String? {
        switch scalar {
        case "\"": "\\\""
        case "\\": "\\\\"
        case "\n": "\\n"
        case "\r": "\\r"
        case "\t": "\\t"
        case "\u{2028}", "\u{2029}": "\\u\(hex4(scalar.value))"
        default:
            scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) ? "\\u\(hex4(scalar.value))" : nil
        }
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
