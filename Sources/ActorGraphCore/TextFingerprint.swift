/// A MinHash signature of a text's word shingles: two texts' signatures agree in about the share of slots
/// that is the Jaccard similarity of their shingle sets, so near-identical texts (wire copies of one story)
/// are found without comparing the texts.
///
/// Source: A. Z. Broder, "On the resemblance and containment of documents", Compression and Complexity of Sequences 1997, doi:10.1109/SEQUEN.1997.666900; banding: Leskovec, Rajaraman & Ullman, "Mining of Massive Datasets", §3.4
///
/// Words are runs of letters and digits, lower-cased; a shingle is `shingleWords` consecutive words. Each of
/// the `permutations` slots keeps the least value of one seeded 64-bit mix of the shingles' FNV-1a hashes
/// (the upper 32 bits), so the signature is the same on every platform and in every run. `bandKeys` cuts it
/// into `bands` bands of `rowsPerBand` slots: texts whose similarity is 0.8 share a band with probability
/// 1 − (1 − 0.8⁴)³² > 0.9999, texts at 0.2 with probability 0.05, so a lookup by band finds the candidates
/// and the signature comparison decides.
public struct TextFingerprint: Hashable, Sendable {
    /// Words per shingle.
    public static let shingleWords = 5
    /// Signature slots (hash functions).
    public static let permutations = 128
    /// Bands for the candidate lookup; `permutations` = `bands` × `rowsPerBand`.
    public static let bands = 32
    public static let rowsPerBand = 4
    /// Texts with fewer shingles get no fingerprint: a few sentences alike are not a copy of a story.
    public static let minimumShingles = 40
    /// The estimated similarity at or above which two texts are copies of one another.
    public static let copyThreshold = 0.8

    /// The least mixed hash per slot.
    public let values: [UInt32]

    /// The fingerprint of `text`, nil when it has fewer than ``minimumShingles`` shingles.
    public init?(text: String) {
        let words = Self.words(of: text)
        let count = words.count - Self.shingleWords + 1
        guard count >= Self.minimumShingles else { return nil }
        var minima = [UInt64](repeating: .max, count: Self.permutations)
        let seeds = Self.seeds
        for start in 0..<count {
            var hash: UInt64 = 0xCBF2_9CE4_8422_2325
            for (offset, word) in words[start..<(start + Self.shingleWords)].enumerated() {
                if offset > 0 { hash = (hash ^ 0x20) &* 0x0000_0100_0000_01B3 }
                for byte in word.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
            }
            for slot in 0..<Self.permutations {
                let mixed = Self.mix(hash ^ seeds[slot])
                if mixed < minima[slot] { minima[slot] = mixed }
            }
        }
        values = minima.map { UInt32(truncatingIfNeeded: $0 >> 32) }
    }

    /// A stored signature; nil unless it has exactly ``permutations`` slots.
    public init?(values: [UInt32]) {
        guard values.count == Self.permutations else { return nil }
        self.values = values
    }

    /// A signature from its ``bytes``; nil for bytes of another length.
    public init?(bytes: [UInt8]) {
        guard bytes.count == Self.permutations * 4 else { return nil }
        var values: [UInt32] = []
        values.reserveCapacity(Self.permutations)
        for slot in 0..<Self.permutations {
            var value: UInt32 = 0
            for byte in bytes[(slot * 4)..<(slot * 4 + 4)] { value = value << 8 | UInt32(byte) }
            values.append(value)
        }
        self.values = values
    }

    /// The signature as bytes, big-endian, for storing.
    public var bytes: [UInt8] {
        values.flatMap { value in (0..<4).map { UInt8(truncatingIfNeeded: value >> (24 - 8 * $0)) } }
    }

    /// The estimated Jaccard similarity of the two shingle sets: the share of slots that agree.
    public func similarity(to other: TextFingerprint) -> Double {
        var equal = 0
        for slot in 0..<Self.permutations where values[slot] == other.values[slot] { equal += 1 }
        return Double(equal) / Double(Self.permutations)
    }

    /// One key per band: texts that share a key are candidates to compare.
    public var bandKeys: [Int64] {
        (0..<Self.bands).map { band in
            var hash: UInt64 = 0xCBF2_9CE4_8422_2325 ^ UInt64(band)
            for slot in (band * Self.rowsPerBand)..<((band + 1) * Self.rowsPerBand) {
                hash = Self.mix(hash ^ UInt64(values[slot]))
            }
            return Int64(bitPattern: hash)
        }
    }

    /// Lower-cased runs of letters and digits.
    static func words(of text: String) -> [String] {
        var words: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                current.append(scalar)
            } else if !current.isEmpty {
                words.append(String(current).lowercased())
                current = String.UnicodeScalarView()
            }
        }
        if !current.isEmpty { words.append(String(current).lowercased()) }
        return words
    }

    /// SplitMix64's finaliser: a bijective mix of 64 bits.
    static func mix(_ value: UInt64) -> UInt64 {
        var z = value &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// One seed per slot, from SplitMix64 seeded with a constant.
    static let seeds: [UInt64] = {
        var generator = SplitMix64(seed: 0x4163_746F_7247_7261)  // "ActorGra"
        return (0..<permutations).map { _ in generator.next() }
    }()
}
