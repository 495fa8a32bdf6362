import Foundation
import Testing

@testable import Language

@Suite("Python regular expressions (the tokenizer's pattern engine)")
struct PatternTests {
    static let characters = Result { () throws(LanguageError) -> PythonCharacters in
        try PythonCharacters(folder: BundledModel.folder())
    }

    /// How a case calls the pattern: `re.search`, `re.match`, or the spans of `re.finditer`.
    enum Call: Sendable {
        case search, match, finditer
    }

    /// Each expected value is what Python 3.11.7's `re` gives (`re.compile(pattern).search(text).span()` and so
    /// on, None as nil), checked by hand in Python.
    static let cases: [(Call, String, String, [[Int]])] = [
        // Alternatives are tried in order; the leftmost start wins over the order.
        (.search, #"a|ab"#, "ab", [[0, 1]]),
        (.search, #"ab|a"#, "ab", [[0, 2]]),
        (.search, #"b|ab"#, "xab", [[1, 3]]),
        (.search, #"\$|£|US\$"#, "US$5", [[0, 3]]),
        // Greedy repeats give back one at a time; counted and lazy repeats; `{` that is no count is literal.
        (.search, #"a+ab"#, "aaab", [[0, 4]]),
        (.search, #"\.\.+"#, "a...b", [[1, 4]]),
        (.search, #"x{2,3}"#, "xxxx", [[0, 3]]),
        (.search, #"a{2}"#, "aaa", [[0, 2]]),
        (.search, #"a{,}b"#, "aaab", [[0, 4]]),
        (.search, #"a{x}"#, "a{x}", [[0, 4]]),
        (.search, #"(?:ab){1,2}c"#, "abababc", [[2, 7]]),
        (.search, #"a+?"#, "aaa", [[0, 1]]),
        (.search, #"[\w\+\-\.]{2,}://"#, "x+y.z://", [[0, 8]]),
        // Lookbehind: fixed width, never before the string; lookahead; both negated.
        (.search, #"(?<=[0-9])km$"#, "5km", [[1, 3]]),
        (.search, #"(?<=[0-9])km$"#, "akm", []),
        (.search, #"(?<=a)b"#, "b", []),
        (.search, #"(?<=a|b)c"#, "bc", [[1, 2]]),
        (.search, #"(?<=[a-z]{2})\.(?=[A-Z])"#, "ab.Cd", [[2, 3]]),
        (.search, #"(?<!a)b"#, "ab cb", [[4, 5]]),
        (.search, #"^\+(?![0-9])"#, "+1", []),
        (.search, #"^\+(?![0-9])"#, "+a", [[0, 1]]),
        // Anchors: `^` only at the start, `$` at the end or before one final newline.
        (.search, #"^ab"#, "xab", []),
        (.search, #"a$"#, "a\n", [[0, 1]]),
        (.search, #"a$"#, "a\n\n", []),
        (.search, #"(?u)^\S+$"#, "ab\u{A0}", []),
        // Classes: \u and \U escapes, ranges, negation, `]` first and `-` last as literals, Unicode \w \d \s.
        (.search, #"[\u00C0-\u00D6]"#, "xÄ", [[1, 2]]),
        (.search, #"[^a-z]+"#, "abC1d", [[2, 4]]),
        (.search, #"[]a]+"#, "]a]", [[0, 3]]),
        (.search, #"[a-]+"#, "-a-", [[0, 3]]),
        (.search, #"\U0001F600+"#, "x😀😀", [[1, 3]]),
        (.search, #"\w+"#, "Goïta's", [[0, 5]]),
        (.search, #"\d"#, "x٣", [[1, 2]]),
        (.search, #"\s"#, "a\u{2003}b", [[1, 2]]),
        (.search, #"\s"#, "a\u{1C}b", [[1, 2]]),
        // match is anchored at the start; finditer continues after each match and steps past empty ones.
        (.match, #"a|b"#, "ba", [[0, 1]]),
        (.match, #"ab"#, "xab", []),
        (.finditer, #"(?<=[a-z])-(?=[a-z])"#, "a-b-c", [[1, 2], [3, 4]]),
        (.finditer, #"x*"#, "axx", [[0, 0], [1, 3], [3, 3]]),
        (.finditer, #"\.\.+|…"#, "a..b…c...d", [[1, 3], [4, 5], [6, 9]]),
    ]

    @Test("spans equal Python's re", arguments: cases)
    func spans(call: Call, pattern: String, text: String, expected: [[Int]]) throws {
        let compiled = try Pattern(pattern, characters: Self.characters.get())
        let scalars = text.unicodeScalars.map(\.value)
        var scratch = PatternScratch()
        let whole = 0..<scalars.count
        let found: [Range<Int>] =
            switch call {
            case .search: compiled.search(scalars, in: whole, scratch: &scratch).map { [$0] } ?? []
            case .match: compiled.match(scalars, in: whole, scratch: &scratch).map { [$0] } ?? []
            case .finditer: compiled.allMatches(scalars, in: whole, scratch: &scratch)
            }
        #expect(found.map { [$0.lowerBound, $0.upperBound] } == expected, "\(pattern) on \(text.debugDescription)")
    }

    @Test("a search sees only its string: lookbehind stops at the range's start, $ at its end")
    func rangeIsTheString() throws {
        let compiled = try Pattern(#"(?<=[0-9])km$"#, characters: Self.characters.get())
        let scalars = "5km.".unicodeScalars.map(\.value)
        var scratch = PatternScratch()
        #expect(compiled.search(scalars, in: 0..<3, scratch: &scratch) == 1..<3)
        #expect(compiled.search(scalars, in: 1..<3, scratch: &scratch) == nil)
        #expect(compiled.search(scalars, in: 0..<4, scratch: &scratch) == nil)
    }

    /// Constructs Python reads differently or rejects; the engine refuses them rather than guess.
    @Test(
        "unsupported or invalid syntax is rejected",
        arguments: [
            #"\b"#, #"(?i)a"#, #"(a)\1"#, #"a++"#, #"(?<=a+)b"#, #"(?<=a|bc)d"#, #"a**"#, #"(ab"#, #"[ab"#, #"*a"#,
        ])
    func rejects(pattern: String) throws {
        let characters = try Self.characters.get()
        #expect(throws: PatternError.self) { try Pattern(pattern, characters: characters) }
    }

    @Test("the model's four patterns compile and find spaCy's affixes")
    func modelPatterns() throws {
        let folder = try BundledModel.folder()
        let characters = try PythonCharacters(folder: folder)
        let rules = try TokenizerRules.load(folder: folder)
        #expect(rules.tokenMatch == nil)
        var scratch = PatternScratch()
        func compile(_ source: String?) throws -> Pattern { try Pattern(#require(source), characters: characters) }
        let prefix = try compile(rules.prefixSearch)
        let suffix = try compile(rules.suffixSearch)
        let url = try compile(rules.urlMatch)
        let infix = try compile(rules.infixFinditer)
        func span(_ pattern: Pattern, _ text: String, match: Bool = false) -> Range<Int>? {
            let scalars = text.unicodeScalars.map(\.value)
            return match
                ? pattern.match(scalars, in: 0..<scalars.count, scratch: &scratch)
                : pattern.search(scalars, in: 0..<scalars.count, scratch: &scratch)
        }
        // tokenizer.prefix_search / suffix_search / url_match, and list(infix_finditer) spans, in spaCy 3.8.18.
        #expect(span(prefix, "(AFRICOM)") == 0..<1)
        #expect(span(prefix, "US$5") == 0..<3)
        #expect(span(prefix, "...and") == 0..<3)
        #expect(span(suffix, "AFRICOM)") == 7..<8)
        #expect(span(suffix, "Goïta's") == 5..<7)
        #expect(span(suffix, "5km") == 1..<3)
        #expect(span(suffix, "AFRICOM") == nil)
        #expect(span(url, "https://www.example.org/a?b=1", match: true) == 0..<29)
        #expect(span(url, "U.S.", match: true) == nil)
        let scalars = "Jean-Pierre—who".unicodeScalars.map(\.value)
        let infixes = infix.allMatches(scalars, in: 0..<scalars.count, scratch: &scratch)
        #expect(infixes == [4..<5, 11..<12])
    }
}
