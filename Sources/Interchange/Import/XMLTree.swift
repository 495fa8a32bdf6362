/// A parsed XML element: what the GraphML and GEXF readers walk.
///
/// Names are matched by local name (the part after any prefix), as Gephi's readers do, so a file that
/// binds the GEXF or GraphML namespace to a prefix reads the same as one that uses it as the default.
struct XMLElement {
    /// The local name (`node` for `<viz:node>` and `<node>`).
    var name: String
    var attributes: [String: String]
    var children: [XMLElement]
    /// The character data directly inside the element, entity references resolved.
    var text: String
    /// The line the start tag begins on (1-based).
    var line: Int

    /// The first child with this local name.
    func child(_ name: String) -> XMLElement? { children.first { $0.name == name } }

    /// Every child with this local name, in document order.
    func children(_ name: String) -> [XMLElement] { children.filter { $0.name == name } }
}

/// A small, strict XML 1.0 reader: elements, attributes, character data, CDATA, comments, processing
/// instructions and a skipped DOCTYPE, with the predefined and numeric entity references.
///
/// Source: W3C, "Extensible Markup Language (XML) 1.0 (Fifth Edition)", §2.3 (syntax), §2.11 (line
/// ends), §3.3.3 (attribute-value normalisation), §4.6 (predefined entities)
///
/// It exists so that Interchange needs no Foundation or libxml2, and so every error names its line.
/// External entities and DTD declarations are never read (no XXE).
struct XMLReader {
    private let bytes: [UInt8]
    private var position = 0
    private var line = 1
    /// Deep nesting is refused rather than risking the stack on a hostile file.
    private static let maximumDepth = 256

    private init(_ bytes: [UInt8]) { self.bytes = bytes }

    /// Parses a whole document and returns its root element.
    ///
    /// - Throws: ``ImportSyntaxError`` naming the line of the first problem.
    static func parse(_ bytes: [UInt8]) throws(ImportSyntaxError) -> XMLElement {
        var reader = XMLReader(bytes)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { reader.position = 3 }
        try reader.skipMisc()
        guard reader.peek == UInt8(ascii: "<") else { throw reader.error("expected the root element") }
        let root = try reader.element(depth: 0)
        try reader.skipMisc()
        guard reader.position == bytes.count else { throw reader.error("content after the root element") }
        return root
    }

    private var peek: UInt8? { position < bytes.count ? bytes[position] : nil }

    private func error(_ message: String) -> ImportSyntaxError { ImportSyntaxError(line: line, message: message) }

    private func starts(with text: String) -> Bool {
        let pattern = Array(text.utf8)
        return position + pattern.count <= bytes.count
            && bytes[position..<position + pattern.count].elementsEqual(pattern)
    }

    private mutating func advance(_ count: Int = 1) {
        for _ in 0..<count where position < bytes.count {
            if bytes[position] == UInt8(ascii: "\n") { line += 1 }
            position += 1
        }
    }

    private mutating func skip(until terminator: String, what: String) throws(ImportSyntaxError) {
        let startLine = line
        while position < bytes.count && !starts(with: terminator) { advance() }
        guard position < bytes.count else {
            throw ImportSyntaxError(line: startLine, message: "\(what) is not closed with '\(terminator)'")
        }
        advance(terminator.utf8.count)
    }

    private mutating func skipSpace() {
        while let byte = peek, byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D { advance() }
    }

    /// White space, comments, processing instructions and a DOCTYPE, before or after the root.
    private mutating func skipMisc() throws(ImportSyntaxError) {
        while true {
            skipSpace()
            if starts(with: "<?") {
                try skip(until: "?>", what: "a processing instruction")
            } else if starts(with: "<!--") {
                try skip(until: "-->", what: "a comment")
            } else if starts(with: "<!DOCTYPE") {
                try skipDoctype()
            } else {
                return
            }
        }
    }

    private mutating func skipDoctype() throws(ImportSyntaxError) {
        let startLine = line
        var brackets = 0
        while let byte = peek {
            advance()
            if byte == UInt8(ascii: "[") { brackets += 1 }
            if byte == UInt8(ascii: "]") { brackets -= 1 }
            if byte == UInt8(ascii: ">") && brackets <= 0 { return }
        }
        throw ImportSyntaxError(line: startLine, message: "the DOCTYPE is not closed")
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), UInt8(ascii: ":"), UInt8(ascii: "-"),
            UInt8(ascii: "."), 0x80...0xFF:
            true
        default: false
        }
    }

    private mutating func name() throws(ImportSyntaxError) -> String {
        let start = position
        while let byte = peek, Self.isNameByte(byte) { advance() }
        guard position > start else { throw error("expected a name") }
        return String(decoding: bytes[start..<position], as: UTF8.self)
    }

    private static func localName(_ qualified: String) -> String {
        guard let colon = qualified.lastIndex(of: ":") else { return qualified }
        return String(qualified[qualified.index(after: colon)...])
    }

    private mutating func element(depth: Int) throws(ImportSyntaxError) -> XMLElement {
        guard depth < Self.maximumDepth else { throw error("elements nested more than \(Self.maximumDepth) deep") }
        let startLine = line
        advance()  // <
        let qualified = try name()
        var attributes: [String: String] = [:]
        while true {
            skipSpace()
            guard let byte = peek else {
                throw ImportSyntaxError(line: startLine, message: "<\(qualified)> is not closed")
            }
            if byte == UInt8(ascii: "/") {
                advance()
                guard peek == UInt8(ascii: ">") else { throw error("expected '>' after '/' in <\(qualified)>") }
                advance()
                return XMLElement(
                    name: Self.localName(qualified), attributes: attributes, children: [], text: "", line: startLine)
            }
            if byte == UInt8(ascii: ">") {
                advance()
                break
            }
            let attribute = try name()
            skipSpace()
            guard peek == UInt8(ascii: "=") else { throw error("expected '=' after attribute '\(attribute)'") }
            advance()
            skipSpace()
            let value = try attributeValue()
            let key = attribute.hasPrefix("xmlns") ? attribute : Self.localName(attribute)
            guard attributes.updateValue(value, forKey: key) == nil else {
                throw error("attribute '\(attribute)' appears twice in <\(qualified)>")
            }
        }
        var children: [XMLElement] = []
        var text: [UInt8] = []
        while true {
            guard let byte = peek else {
                throw ImportSyntaxError(line: startLine, message: "<\(qualified)> is not closed")
            }
            if byte == UInt8(ascii: "<") {
                if starts(with: "</") {
                    advance(2)
                    let closing = try name()
                    guard closing == qualified else {
                        throw error("</\(closing)> closes <\(qualified)> (opened on line \(startLine))")
                    }
                    skipSpace()
                    guard peek == UInt8(ascii: ">") else { throw error("expected '>' in </\(closing)>") }
                    advance()
                    break
                } else if starts(with: "<!--") {
                    try skip(until: "-->", what: "a comment")
                } else if starts(with: "<![CDATA[") {
                    advance(9)
                    let start = position
                    try skip(until: "]]>", what: "a CDATA section")
                    text += bytes[start..<(position - 3)]
                } else if starts(with: "<?") {
                    try skip(until: "?>", what: "a processing instruction")
                } else {
                    children.append(try element(depth: depth + 1))
                }
            } else if byte == UInt8(ascii: "&") {
                text += try reference()
            } else if byte == 0x0D {
                // §2.11: CR LF and a lone CR both become LF.
                advance()
                if peek == 0x0A { advance() }
                text.append(0x0A)
            } else {
                text.append(byte)
                advance()
            }
        }
        return XMLElement(
            name: Self.localName(qualified), attributes: attributes, children: children,
            text: String(decoding: text, as: UTF8.self), line: startLine)
    }

    private mutating func attributeValue() throws(ImportSyntaxError) -> String {
        guard let quote = peek, quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") else {
            throw error("expected a quoted attribute value")
        }
        let startLine = line
        advance()
        var value: [UInt8] = []
        while true {
            guard let byte = peek else {
                throw ImportSyntaxError(line: startLine, message: "an attribute value is not closed")
            }
            if byte == quote {
                advance()
                break
            }
            switch byte {
            case UInt8(ascii: "<"): throw error("'<' inside an attribute value")
            case UInt8(ascii: "&"): value += try reference()
            case 0x0D:
                // §3.3.3: a literal line end or tab is one space; a character reference keeps it.
                advance()
                if peek == 0x0A { advance() }
                value.append(0x20)
            case 0x0A, 0x09:
                advance()
                value.append(0x20)
            default:
                value.append(byte)
                advance()
            }
        }
        return String(decoding: value, as: UTF8.self)
    }

    private mutating func reference() throws(ImportSyntaxError) -> [UInt8] {
        let start = position
        advance()  // &
        while let byte = peek, byte != UInt8(ascii: ";"), position - start < 12 { advance() }
        guard peek == UInt8(ascii: ";") else { throw error("an '&' that starts no entity reference; write &amp;") }
        let body = String(decoding: bytes[(start + 1)..<position], as: UTF8.self)
        advance()
        switch body {
        case "amp": return [UInt8(ascii: "&")]
        case "lt": return [UInt8(ascii: "<")]
        case "gt": return [UInt8(ascii: ">")]
        case "quot": return [UInt8(ascii: "\"")]
        case "apos": return [UInt8(ascii: "'")]
        default: break
        }
        var code: UInt32?
        if body.hasPrefix("#x") {
            code = UInt32(body.dropFirst(2), radix: 16)
        } else if body.hasPrefix("#") {
            code = UInt32(body.dropFirst(), radix: 10)
        } else {
            throw error("unknown entity '&\(body);' (only the five XML entities and numeric references are read)")
        }
        guard let code, let scalar = Unicode.Scalar(code), code != 0 else {
            throw error("'&\(body);' is not a character")
        }
        return Array(String(Character(scalar)).utf8)
    }
}

/// A syntax error in an imported file, at a line; the importer adds the file name.
struct ImportSyntaxError: Error {
    var line: Int
    var message: String
}
