/// The subset of Python regular expressions the attribute ruler's `REGEX` token patterns use, matched like `re.search`.
///
/// Source: spaCy 3.8 spacy/matcher/matcher.pyx `_RegexPredicate` (`re.search(pattern, token_attr_string)`).
/// Supported: `^` at the start, `$` at the end (which, as in Python, also matches before a final `\n`), literal
/// characters, `\`-escaped literals, character classes `[...]` / `[^...]` with ranges, and the `?` quantifier.
/// Anything else is rejected when the rules are read, so no pattern is silently matched differently from Python.
struct PatternRegex: Sendable {
    /// One position of the pattern: the scalars it accepts and whether it may be skipped.
    private struct Element: Sendable {
        let set: ScalarSet
        let optional: Bool
    }

    private enum ScalarSet: Sendable {
        case scalar(Unicode.Scalar)
        case ranges([ClosedRange<Unicode.Scalar>], negated: Bool)

        func contains(_ scalar: Unicode.Scalar) -> Bool {
            switch self {
            case .scalar(let only): scalar == only
            case .ranges(let ranges, let negated): ranges.contains { $0.contains(scalar) } != negated
            }
        }
    }

    /// The pattern's source text.
    let pattern: String
    private let elements: [Element]
    private let anchoredAtStart: Bool
    private let anchoredAtEnd: Bool

    /// Parses `pattern`; the error names the construct this matcher does not implement.
    init(_ pattern: String) throws(LanguageError) {
        self.pattern = pattern
        var scalars = Array(pattern.unicodeScalars)[...]
        anchoredAtStart = scalars.first == "^"
        if anchoredAtStart { scalars.removeFirst() }
        anchoredAtEnd = scalars.last == "$" && !Self.isEscaped(scalars, at: scalars.endIndex - 1)
        if anchoredAtEnd { scalars.removeLast() }
        var elements: [Element] = []
        while let scalar = scalars.popFirst() {
            let set: ScalarSet
            switch scalar {
            case "\\":
                guard let escaped = scalars.popFirst(), !escaped.properties.isAlphabetic, !("0"..."9").contains(escaped)
                else { throw Self.unsupported(pattern, "an escape class such as \\d") }
                set = .scalar(escaped)
            case "[":
                set = try Self.parseClass(&scalars, pattern: pattern)
            case "?":
                guard let last = elements.popLast(), !last.optional else {
                    throw Self.unsupported(pattern, "a `?` that follows no single character")
                }
                elements.append(Element(set: last.set, optional: true))
                continue
            case ".", "*", "+", "{", "}", "(", ")", "|", "^", "$", "]":
                throw Self.unsupported(pattern, "`\(scalar)`")
            default:
                set = .scalar(scalar)
            }
            elements.append(Element(set: set, optional: false))
        }
        self.elements = elements
    }

    /// Whether the pattern occurs in `text`, as `re.search(pattern, text)` is truthy.
    func matches(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        let starts = anchoredAtStart ? 0...0 : 0...scalars.count
        return starts.contains { matches(scalars, element: 0, at: $0) }
    }

    private func matches(_ scalars: [Unicode.Scalar], element: Int, at position: Int) -> Bool {
        guard element < elements.count else {
            guard anchoredAtEnd else { return true }
            return position == scalars.count || (position == scalars.count - 1 && scalars[position] == "\n")
        }
        let current = elements[element]
        if position < scalars.count, current.set.contains(scalars[position]),
            matches(scalars, element: element + 1, at: position + 1)
        {
            return true
        }
        return current.optional && matches(scalars, element: element + 1, at: position)
    }

    private static func parseClass(
        _ scalars: inout ArraySlice<Unicode.Scalar>, pattern: String
    ) throws(LanguageError) -> ScalarSet {
        let negated = scalars.first == "^"
        if negated { scalars.removeFirst() }
        var ranges: [ClosedRange<Unicode.Scalar>] = []
        var first = true
        while let scalar = scalars.popFirst() {
            if scalar == "]" && !first { return .ranges(ranges, negated: negated) }
            first = false
            guard scalar != "\\", scalar != "[" else { throw unsupported(pattern, "`\(scalar)` inside a class") }
            if scalars.first == "-", scalars.count >= 2, let upper = scalars.dropFirst().first, upper != "]" {
                scalars.removeFirst(2)
                guard scalar <= upper else { throw unsupported(pattern, "a reversed range") }
                ranges.append(scalar...upper)
            } else {
                ranges.append(scalar...scalar)
            }
        }
        throw unsupported(pattern, "an unterminated `[`")
    }

    private static func isEscaped(_ scalars: ArraySlice<Unicode.Scalar>, at index: Int) -> Bool {
        var backslashes = 0
        var cursor = index - 1
        while cursor >= scalars.startIndex, scalars[cursor] == "\\" {
            backslashes += 1
            cursor -= 1
        }
        return backslashes % 2 == 1
    }

    private static func unsupported(_ pattern: String, _ construct: String) -> LanguageError {
        .malformedResource(
            name: "en_core_web_sm/attribute_ruler.json",
            problem:
                "REGEX \(pattern) uses \(construct), which the rule matcher does not implement (extend PatternRegex)")
    }
}
