/// Why a pattern string could not be compiled.
struct PatternError: Error, CustomStringConvertible, Equatable, Sendable {
    /// What is wrong.
    let problem: String
    /// The scalar offset in the pattern where it was noticed.
    let offset: Int

    var description: String { "\(problem) at scalar offset \(offset)" }
}

/// Parses the subset of Python's regular-expression syntax that spaCy's tokenizer patterns use.
///
/// Source: Python 3.11 `Lib/re/_parser.py` (`_parse`, `_escape`, `_class_escape`): alternation, sequences,
/// classes with ranges and `\d \D \w \W \s \S` (Unicode meanings for str patterns), `.`, `^`, `$`, greedy and
/// lazy `* + ? {m} {m,} {,n} {m,n}` (a `{` that starts no valid count is a literal, as in Python), groups
/// `(…)`, `(?:…)`, `(?P<name>…)`, lookarounds, `(?#…)` comments and the `(?u)` flag (a no-op for str
/// patterns). Anything else — other flags, backreferences, `\b`, possessive repeats — is rejected, so no
/// pattern is silently read differently from Python.
struct PatternParser {
    private let source: [UInt32]
    private var position = 0
    private let characters: PythonCharacters

    /// Parses `pattern`, resolving `\w`, `\d`, `\s` with Python's tables.
    static func parse(_ pattern: String, characters: PythonCharacters) throws(PatternError) -> PatternSyntax {
        var parser = PatternParser(source: pattern.unicodeScalars.map(\.value), characters: characters)
        let syntax = try parser.parseAlternation()
        if parser.position < parser.source.count {
            throw PatternError(problem: "unbalanced parenthesis", offset: parser.position)
        }
        return syntax
    }

    private init(source: [UInt32], characters: PythonCharacters) {
        self.source = source
        self.characters = characters
    }

    private var next: UInt32? { position < source.count ? source[position] : nil }

    private mutating func take(_ scalar: Character) -> Bool {
        guard let value = scalar.unicodeScalars.first?.value, next == value else { return false }
        position += 1
        return true
    }

    private func error(_ problem: String, at offset: Int? = nil) -> PatternError {
        PatternError(problem: problem, offset: offset ?? position)
    }

    private mutating func parseAlternation() throws(PatternError) -> PatternSyntax {
        var alternatives = [try parseSequence()]
        while take("|") { alternatives.append(try parseSequence()) }
        return alternatives.count == 1 ? alternatives[0] : .alternation(alternatives)
    }

    private mutating func parseSequence() throws(PatternError) -> PatternSyntax {
        var items: [PatternSyntax] = []
        while let scalar = next, scalar != Self.bar, scalar != Self.closeParen {
            guard let atom = try parseAtom() else { continue }
            items.append(try parseQuantifiers(atom))
        }
        switch items.count {
        case 0: return .empty
        case 1: return items[0]
        default: return .sequence(items)
        }
    }

    /// One atom, or nil for something that matches nothing and may not be repeated (a comment, a flag group).
    private mutating func parseAtom() throws(PatternError) -> PatternSyntax? {
        let start = position
        guard let scalar = next else { throw error("unexpected end of pattern") }
        position += 1
        switch scalar {
        case Self.openBracket: return try parseClass()
        case Self.openParen: return try parseGroup(start: start)
        case Self.dot: return .scalars(ScalarSet(ranges: [10...10]).complement())
        case Self.caret: return .start
        case Self.dollar: return .end
        case Self.backslash: return try parseEscape(start: start)
        case Self.star, Self.plus, Self.question: throw error("nothing to repeat", at: start)
        case Self.openBrace where countQuantifierAhead(from: start) != nil: throw error("nothing to repeat", at: start)
        default: return .scalars(ScalarSet(ranges: [scalar...scalar]))
        }
    }

    private mutating func parseQuantifiers(_ atom: PatternSyntax) throws(PatternError) -> PatternSyntax {
        var item = atom
        var repeated = false
        while let scalar = next {
            let start = position
            var minimum = 0
            var maximum: Int?
            switch scalar {
            case Self.star:
                position += 1
            case Self.plus:
                position += 1
                minimum = 1
            case Self.question:
                position += 1
                maximum = 1
            case Self.openBrace:
                guard let count = countQuantifierAhead(from: position) else { return item }
                (minimum, maximum) = (count.minimum, count.maximum)
                position = count.end
            default:
                return item
            }
            if repeated { throw error("multiple repeat", at: start) }
            switch item {
            case .start, .end, .empty: throw error("nothing to repeat", at: start)
            default: break
            }
            if let maximum, maximum < minimum { throw error("min repeat greater than max repeat", at: start) }
            if take("+") { throw error("possessive repeats are not supported", at: start) }
            let lazy = take("?")
            if maximum == nil && item.canMatchEmpty {
                throw error("unbounded repeat of a pattern that can match empty is not supported", at: start)
            }
            item = .repetition(item, minimum: minimum, maximum: maximum, lazy: lazy)
            repeated = true
        }
        return item
    }

    /// `{m}`, `{m,}`, `{,n}` or `{m,n}` starting at `offset` (a `{`): its bounds and the offset after it.
    private func countQuantifierAhead(from offset: Int) -> (minimum: Int, maximum: Int?, end: Int)? {
        var index = offset + 1
        func digits() -> Int? {
            var value: Int?
            while index < source.count, source[index] >= 48, source[index] <= 57 {
                value = (value ?? 0) * 10 + Int(source[index] - 48)
                index += 1
            }
            return value
        }
        let low = digits()
        var high = low
        if index < source.count, source[index] == Self.comma {
            index += 1
            high = digits()
        } else if low == nil {
            return nil
        }
        guard index < source.count, source[index] == Self.closeBrace else { return nil }
        return (low ?? 0, high, index + 1)
    }

    private mutating func parseGroup(start: Int) throws(PatternError) -> PatternSyntax? {
        var lookaround: (behind: Bool, negated: Bool)?
        if take("?") {
            if take(":") {
            } else if take("=") {
                lookaround = (false, false)
            } else if take("!") {
                lookaround = (false, true)
            } else if take("<") {
                if take("=") {
                    lookaround = (true, false)
                } else if take("!") {
                    lookaround = (true, true)
                } else {
                    throw error("unknown extension ?<")
                }
            } else if take("P") {
                guard take("<") else { throw error("only named groups (?P<name>…) are supported") }
                while let scalar = next, scalar != Self.greater { position += 1 }
                guard take(">") else { throw error("missing >, unterminated name") }
            } else if take("#") {
                while let scalar = next, scalar != Self.closeParen { position += 1 }
                guard take(")") else { throw error("missing ), unterminated comment") }
                return nil
            } else {
                return try parseFlags(start: start)
            }
        }
        let body = try parseAlternation()
        guard take(")") else { throw error("missing ), unterminated subpattern", at: start) }
        if let lookaround {
            if lookaround.behind, body.fixedWidth == nil {
                throw error("look-behind requires fixed-width pattern", at: start)
            }
            return .lookaround(body, behind: lookaround.behind, negated: lookaround.negated)
        }
        return body
    }

    /// The flag group `(?u)` or `(?u:…)`, Unicode matching, which str patterns have anyway.
    ///
    /// Every other flag changes what a pattern means, so it is rejected.
    private mutating func parseFlags(start: Int) throws(PatternError) -> PatternSyntax? {
        while let scalar = next, scalar != Self.closeParen, scalar != Self.colon {
            guard scalar == Self.letterU else {
                throw error("flag \(Unicode.Scalar(scalar).map { String($0) } ?? "?") is not supported")
            }
            position += 1
        }
        if take(")") { return nil }
        guard take(":") else { throw error("missing flag", at: start) }
        let body = try parseAlternation()
        guard take(")") else { throw error("missing ), unterminated subpattern", at: start) }
        return body
    }

    private mutating func parseClass() throws(PatternError) -> PatternSyntax {
        let start = position - 1
        let negated = take("^")
        var members: [ClosedRange<UInt32>] = []
        var itemCount = 0
        while true {
            guard let scalar = next else { throw error("unterminated character set", at: start) }
            position += 1
            if scalar == Self.closeBracket && itemCount > 0 { break }
            let first = scalar == Self.backslash ? try parseClassEscape(start: position - 1) : .literal(scalar)
            itemCount += 1
            if next == Self.hyphen {
                position += 1
                guard let other = next else { throw error("unterminated character set", at: start) }
                position += 1
                if other == Self.closeBracket {
                    members += first.ranges(characters)
                    members.append(Self.hyphen...Self.hyphen)
                    break
                }
                let second = other == Self.backslash ? try parseClassEscape(start: position - 1) : .literal(other)
                guard case .literal(let low) = first, case .literal(let high) = second else {
                    throw error("bad character range", at: position - 1)
                }
                guard low <= high else { throw error("bad character range", at: position - 1) }
                members.append(low...high)
            } else {
                members += first.ranges(characters)
            }
        }
        let set = ScalarSet(ranges: members)
        return .scalars(negated ? set.complement() : set)
    }

    /// A class member given by an escape: one scalar or a category.
    private enum ClassItem {
        case literal(UInt32)
        case category(ScalarSet)

        func ranges(_ characters: PythonCharacters) -> [ClosedRange<UInt32>] {
            switch self {
            case .literal(let scalar): [scalar...scalar]
            case .category(let set): set.ranges
            }
        }
    }

    private mutating func parseClassEscape(start: Int) throws(PatternError) -> ClassItem {
        guard let scalar = next else { throw error("bad escape (end of pattern)", at: start) }
        position += 1
        if let category = category(scalar) { return .category(category) }
        if scalar == Self.letterB { return .literal(8) }
        return .literal(try escapedScalar(scalar, start: start))
    }

    private mutating func parseEscape(start: Int) throws(PatternError) -> PatternSyntax {
        guard let scalar = next else { throw error("bad escape (end of pattern)", at: start) }
        position += 1
        if let category = category(scalar) { return .scalars(category) }
        if scalar == Self.letterA { return .start }
        let literal = try escapedScalar(scalar, start: start)
        return .scalars(ScalarSet(ranges: [literal...literal]))
    }

    /// `\d \D \w \W \s \S` as sets, or nil for any other escape.
    private func category(_ scalar: UInt32) -> ScalarSet? {
        switch Unicode.Scalar(scalar).map(Character.init) {
        case "d": characters.decimal
        case "D": characters.decimal.complement()
        case "w": characters.word
        case "W": characters.word.complement()
        case "s": characters.space
        case "S": characters.space.complement()
        default: nil
        }
    }

    /// The scalar an escape other than a category stands for: a control escape, `\xhh`, `\uhhhh`,
    /// `\Uhhhhhhhh`, or a non-alphanumeric character taken literally.
    private mutating func escapedScalar(_ scalar: UInt32, start: Int) throws(PatternError) -> UInt32 {
        switch Unicode.Scalar(scalar).map(Character.init) {
        case "a": return 7
        case "f": return 12
        case "n": return 10
        case "r": return 13
        case "t": return 9
        case "v": return 11
        case "x": return try hexadecimal(digits: 2, start: start)
        case "u": return try hexadecimal(digits: 4, start: start)
        case "U":
            let value = try hexadecimal(digits: 8, start: start)
            guard value <= ScalarSet.maximum else { throw error("bad escape (beyond U+10FFFF)", at: start) }
            return value
        default:
            let isASCIIAlphanumeric =
                (48...57).contains(scalar) || (65...90).contains(scalar) || (97...122).contains(scalar)
            if isASCIIAlphanumeric { throw error("bad or unsupported escape", at: start) }
            return scalar
        }
    }

    private mutating func hexadecimal(digits: Int, start: Int) throws(PatternError) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<digits {
            guard let scalar = next, let digit = Self.hexDigit(scalar) else {
                throw error("incomplete escape", at: start)
            }
            value = value * 16 + digit
            position += 1
        }
        return value
    }

    private static func hexDigit(_ scalar: UInt32) -> UInt32? {
        switch scalar {
        case 48...57: scalar - 48
        case 65...70: scalar - 55
        case 97...102: scalar - 87
        default: nil
        }
    }

    private static let bar: UInt32 = 0x7C
    private static let openParen: UInt32 = 0x28
    private static let closeParen: UInt32 = 0x29
    private static let openBracket: UInt32 = 0x5B
    private static let closeBracket: UInt32 = 0x5D
    private static let openBrace: UInt32 = 0x7B
    private static let closeBrace: UInt32 = 0x7D
    private static let backslash: UInt32 = 0x5C
    private static let dot: UInt32 = 0x2E
    private static let caret: UInt32 = 0x5E
    private static let dollar: UInt32 = 0x24
    private static let star: UInt32 = 0x2A
    private static let plus: UInt32 = 0x2B
    private static let question: UInt32 = 0x3F
    private static let comma: UInt32 = 0x2C
    private static let hyphen: UInt32 = 0x2D
    private static let colon: UInt32 = 0x3A
    private static let greater: UInt32 = 0x3E
    private static let letterA: UInt32 = 0x41
    private static let letterB: UInt32 = 0x62
    private static let letterU: UInt32 = 0x75
}
