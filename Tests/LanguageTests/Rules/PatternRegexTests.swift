import Testing

@testable import Language

/// The regular-expression subset of the attribute ruler, against Python's `re.search` on the same strings.
@Suite("Pattern regex")
struct PatternRegexTests {
    /// (pattern, text, `bool(re.search(pattern, text))` in Python 3.11).
    static let cases: [(pattern: String, text: String, matches: Bool)] = [
        ("^n'?t$", "nt", true), ("^n'?t$", "n't", true), ("^n'?t$", "n''t", false), ("^n'?t$", "nt\n", true),
        ("^n'?t$", "nt\n\n", false), ("^n'?t$", "ant", false), ("^n'?t$", "n't ", false),
        ("^n[ou]thin'$", "nothin'", true), ("^n[ou]thin'$", "nuthin'", true), ("^n[ou]thin'$", "nathin'", false),
        ("^y'?$", "y", true), ("^y'?$", "y'", true), ("^y'?$", "", false), ("^y'?$", "ya", false),
        ("a[^b]c", "xxadc", true), ("a[^b]c", "abc", false), ("a[^b]c", "ac", false),
        ("[a-c]x?z", "bz", true), ("[a-c]x?z", "bxz", true), ("[a-c]x?z", "dz", false), ("[a-c]x?z", "--cz--", true),
        ("[]x]$", "a]", true), ("[]x]$", "ax", true), ("[]x]$", "ay", false),
        ("\\.\\?$", "a.?", true), ("\\.\\?$", "a.", false),
    ]

    @Test("matches as re.search does", arguments: cases)
    func search(pattern: String, text: String, matches: Bool) throws {
        #expect(try PatternRegex(pattern).matches(text) == matches)
    }

    @Test("constructs it does not implement are rejected when read", arguments: ["a.*b", "(ab)", "\\d+", "a|b", "[ab"])
    func unsupported(pattern: String) {
        #expect(throws: LanguageError.self) { try PatternRegex(pattern) }
    }
}
