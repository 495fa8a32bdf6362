import Testing

@testable import Language

@Suite("spaCy string hash")
struct StringHashTests {
    /// Values of `spacy.strings.hash_string(s)` in spaCy 3.8.18.
    @Test(
        "MurmurHash64A with seed 1 equals spaCy's hash_string",
        arguments: [
            ("Russia", 8_429_461_636_037_806_616 as UInt64), ("", 14_313_749_767_032_693_980),
            ("Goïta", 13_244_940_449_915_136_332),
        ])
    func matchesSpaCy(string: String, expected: UInt64) {
        #expect(StringHash.hash(string) == expected)
    }
}
