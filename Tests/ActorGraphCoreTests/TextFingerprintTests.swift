import ActorGraphCore
import Foundation
import Testing

@Suite struct TextFingerprintTests {
    /// The exact Jaccard similarity of two texts' 5-word shingle sets, computed directly.
    static func jaccard(_ a: String, _ b: String) -> Double {
        func shingles(_ text: String) -> Set<String> {
            let words = text.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)
            return Set((0...(words.count - 5)).map { words[$0..<($0 + 5)].joined(separator: " ") })
        }
        let x = shingles(a)
        let y = shingles(b)
        return Double(x.intersection(y).count) / Double(x.union(y).count)
    }

    static func text(_ seed: UInt64, words: Int = 200) -> String {
        var generator = SplitMix64(seed: seed)
        return (0..<words).map { _ in "w\(generator.next(below: 2000))" }.joined(separator: " ")
    }

    @Test("Agreeing slots estimate the Jaccard similarity of the shingle sets")
    func estimatesJaccard() throws {
        let base = Self.text(1)
        let words = base.split(separator: " ")
        // Replace every 10th word: roughly half the shingles change.
        let edited = words.enumerated().map { $0.offset % 10 == 0 ? "x\($0.offset)" : String($0.element) }
            .joined(separator: " ")
        let a = try #require(TextFingerprint(text: base))
        let b = try #require(TextFingerprint(text: edited))
        let exact = Self.jaccard(base, edited)
        #expect(exact > 0.2 && exact < 0.8)
        // 128 slots: the standard error is about sqrt(J(1-J)/128) < 0.045.
        #expect(abs(a.similarity(to: b) - exact) < 0.15)
        #expect(a.similarity(to: a) == 1)
        #expect(try #require(TextFingerprint(text: Self.text(2))).similarity(to: a) < 0.05)
        // Case and punctuation do not matter; word order does.
        #expect(TextFingerprint(text: base.uppercased().replacingOccurrences(of: " ", with: ", ")) == a)
    }

    @Test("Signatures are stable bytes, and short texts have none")
    func bytesAndMinimum() throws {
        let a = try #require(TextFingerprint(text: Self.text(3)))
        #expect(a.values.count == 128 && a.bytes.count == 512)
        #expect(TextFingerprint(bytes: a.bytes) == a)
        #expect(TextFingerprint(bytes: [1, 2, 3]) == nil)
        #expect(a.bandKeys.count == 32)
        #expect(TextFingerprint(text: Self.text(4, words: 43)) == nil)
        #expect(TextFingerprint(text: Self.text(4, words: 44)) != nil)
        // The documented construction, redone here for slot 0: FNV-1a of each shingle (words joined by a
        // space), XOR the slot's SplitMix64 seed, SplitMix64's finaliser, least value, upper 32 bits. So the
        // signature is the same in every run (no randomly seeded Hasher).
        let text = Self.text(5)
        let words = text.split(separator: " ").map(String.init)
        var seeds = SplitMix64(seed: 0x4163_746F_7247_7261)
        let seed = seeds.next()
        var least = UInt64.max
        for start in 0...(words.count - 5) {
            var hash: UInt64 = 0xCBF2_9CE4_8422_2325
            for byte in words[start..<(start + 5)].joined(separator: " ").utf8 {
                hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
            }
            var z = (hash ^ seed) &+ 0x9E37_79B9_7F4A_7C15
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            least = min(least, z ^ (z >> 31))
        }
        #expect(try #require(TextFingerprint(text: text)).values.first == UInt32(least >> 32))
    }
}
