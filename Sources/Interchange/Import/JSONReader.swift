/// A parsed JSON value, with the line each value starts on.
indirect enum JSONNode {
    case null
    case bool(Bool)
    /// The number's value and its text as written.
    case number(Double, String)
    case string(String)
    case array([JSONNode], line: Int)
    /// Members in file order (a repeated key keeps its last value when looked up).
    case object([(key: String, value: JSONNode)], line: Int)

    /// The member named `key` of an object; nil for other values.
    subscript(key: String) -> JSONNode? {
        guard case .object(let members, _) = self else { return nil }
        return members.last { $0.key == key }?.value
    }

    var line: Int? {
        switch self {
        case .array(_, let line), .object(_, let line): line
        default: nil
        }
    }

    /// Strings as they are, numbers as written, booleans as `true`/`false`: how an attribute reads as text.
    var text: String? {
        switch self {
        case .string(let text): text
        case .number(_, let text): text
        case .bool(let value): value ? "true" : "false"
        default: nil
        }
    }
}

/// A strict RFC 8259 JSON reader whose errors name the line.
///
/// Source: RFC 8259, "The JavaScript Object Notation (JSON) Data Interchange Format"
struct JSONReader {
    private let bytes: [UInt8]
    private var position = 0
    private var line = 1
    private static let maximumDepth = 256

    private init(_ bytes: [UInt8]) { self.bytes = bytes }

    /// Parses a whole document.
    ///
    /// - Throws: ``ImportSyntaxError`` naming the line of the first problem.
    static func parse(_ bytes: [UInt8]) throws(ImportSyntaxError) -> JSONNode {
        var reader = JSONReader(bytes)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { reader.position = 3 }
        let value = try reader.value(depth: 0)
        reader.skipSpace()
        guard reader.position == bytes.count else { throw reader.error("content after the JSON value") }
        return value
    }

    private var peek: UInt8? { position < bytes.count ? bytes[position] : nil }

    private func error(_ message: String) -> ImportSyntaxError { ImportSyntaxError(line: line, message: message) }

    private mutating func skipSpace() {
        while let byte = peek, byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
            if byte == 0x0A { line += 1 }
            position += 1
        }
    }

    private mutating func expect(_ literal: String, _ value: JSONNode) throws(ImportSyntaxError) -> JSONNode {
        let pattern = Array(literal.utf8)
        guard position + pattern.count <= bytes.count,
            bytes[position..<position + pattern.count].elementsEqual(pattern)
        else { throw error("unexpected character; expected a JSON value") }
        position += pattern.count
        return value
    }

    private mutating func value(depth: Int) throws(ImportSyntaxError) -> JSONNode {
        guard depth < Self.maximumDepth else { throw error("values nested more than \(Self.maximumDepth) deep") }
        skipSpace()
        guard let byte = peek else { throw error("unexpected end of the file") }
        switch byte {
        case UInt8(ascii: "{"): return try object(depth: depth)
        case UInt8(ascii: "["): return try array(depth: depth)
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "t"): return try expect("true", .bool(true))
        case UInt8(ascii: "f"): return try expect("false", .bool(false))
        case UInt8(ascii: "n"): return try expect("null", .null)
        default: return try number()
        }
    }

    private mutating func object(depth: Int) throws(ImportSyntaxError) -> JSONNode {
        let startLine = line
        position += 1
        var members: [(key: String, value: JSONNode)] = []
        skipSpace()
        if peek == UInt8(ascii: "}") {
            position += 1
            return .object(members, line: startLine)
        }
        while true {
            skipSpace()
            guard peek == UInt8(ascii: "\"") else { throw error("expected a quoted member name") }
            let key = try string()
            skipSpace()
            guard peek == UInt8(ascii: ":") else { throw error("expected ':' after \"\(key)\"") }
            position += 1
            members.append((key, try value(depth: depth + 1)))
            skipSpace()
            guard let byte = peek else { throw ImportSyntaxError(line: startLine, message: "an object is not closed") }
            position += 1
            if byte == UInt8(ascii: "}") { return .object(members, line: startLine) }
            guard byte == UInt8(ascii: ",") else { throw error("expected ',' or '}' in an object") }
        }
    }

    private mutating func array(depth: Int) throws(ImportSyntaxError) -> JSONNode {
        let startLine = line
        position += 1
        var items: [JSONNode] = []
        skipSpace()
        if peek == UInt8(ascii: "]") {
            position += 1
            return .array(items, line: startLine)
        }
        while true {
            items.append(try value(depth: depth + 1))
            skipSpace()
            guard let byte = peek else { throw ImportSyntaxError(line: startLine, message: "an array is not closed") }
            position += 1
            if byte == UInt8(ascii: "]") { return .array(items, line: startLine) }
            guard byte == UInt8(ascii: ",") else { throw error("expected ',' or ']' in an array") }
        }
    }

    private mutating func string() throws(ImportSyntaxError) -> String {
        position += 1
        var scalars = String.UnicodeScalarView()
        var raw: [UInt8] = []
        func flush() {
            if !raw.isEmpty {
                scalars.append(contentsOf: String(decoding: raw, as: UTF8.self).unicodeScalars)
                raw.removeAll(keepingCapacity: true)
            }
        }
        while true {
            guard let byte = peek else { throw error("a string is not closed") }
            position += 1
            switch byte {
            case UInt8(ascii: "\""):
                flush()
                return String(scalars)
            case UInt8(ascii: "\\"):
                flush()
                guard let escape = peek else { throw error("a string is not closed") }
                position += 1
                switch escape {
                case UInt8(ascii: "\""): scalars.append("\"")
                case UInt8(ascii: "\\"): scalars.append("\\")
                case UInt8(ascii: "/"): scalars.append("/")
                case UInt8(ascii: "b"): scalars.append("\u{8}")
                case UInt8(ascii: "f"): scalars.append("\u{C}")
                case UInt8(ascii: "n"): scalars.append("\n")
                case UInt8(ascii: "r"): scalars.append("\r")
                case UInt8(ascii: "t"): scalars.append("\t")
                case UInt8(ascii: "u"): scalars.append(try unicodeEscape())
                default: throw error("unknown escape '\\\(Character(Unicode.Scalar(escape)))' in a string")
                }
            case 0x00..<0x20:
                throw error("a control character inside a string; escape it")
            default:
                raw.append(byte)
            }
        }
    }

    private mutating func hex4() throws(ImportSyntaxError) -> UInt32 {
        guard position + 4 <= bytes.count,
            let value = UInt32(String(decoding: bytes[position..<position + 4], as: UTF8.self), radix: 16)
        else { throw error("'\\u' must be followed by four hex digits") }
        position += 4
        return value
    }

    private mutating func unicodeEscape() throws(ImportSyntaxError) -> Unicode.Scalar {
        let first = try hex4()
        if (0xD800..<0xDC00).contains(first) {
            guard position + 2 <= bytes.count, bytes[position] == UInt8(ascii: "\\"),
                bytes[position + 1] == UInt8(ascii: "u")
            else { throw error("a lone surrogate '\\u\(String(first, radix: 16))'") }
            position += 2
            let second = try hex4()
            guard (0xDC00..<0xE000).contains(second),
                let scalar = Unicode.Scalar(0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00))
            else { throw error("a lone surrogate '\\u\(String(first, radix: 16))'") }
            return scalar
        }
        guard let scalar = Unicode.Scalar(first) else {
            throw error("a lone surrogate '\\u\(String(first, radix: 16))'")
        }
        return scalar
    }

    private mutating func number() throws(ImportSyntaxError) -> JSONNode {
        let start = position
        while let byte = peek,
            (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "-")
                || byte == UInt8(ascii: "+") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "e")
                || byte == UInt8(ascii: "E")
        {
            position += 1
        }
        let text = String(decoding: bytes[start..<position], as: UTF8.self)
        guard !text.isEmpty, let value = Double(text), value.isFinite, text.first != "+" else {
            throw error(text.isEmpty ? "unexpected character; expected a JSON value" : "'\(text)' is not a JSON number")
        }
        return .number(value, text)
    }
}
