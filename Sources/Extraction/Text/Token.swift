/// One token of a document: a word, an abbreviation, a possessive `'s`, or one punctuation scalar.
///
/// Offsets are Unicode-scalar positions into the document, as `Evidence` uses.
struct Token: Sendable {
    enum Kind: UInt8, Sendable {
        case word
        /// The possessive clitic `'s` / `’s`, split off its word.
        case possessive
        case punctuation
    }

    var start: Int
    var end: Int
    /// The same span as UTF-8 byte offsets, for fast slicing of surfaces.
    var utf8Start: Int
    var utf8End: Int
    var kind: Kind
    /// Lowercased, accent-free form (`NameKey.fold`); for punctuation the scalar itself.
    var key: String
    /// First scalar is an uppercase letter.
    var isCapitalised: Bool
    /// Every letter is uppercase and there are at least two ("AES", "U.S.").
    var isAllCaps: Bool
    /// No whitespace between this token and the previous one ("al" "-" "Qaeda").
    var isAttached: Bool
    /// A line break lies between the previous token and this one.
    var followsLineBreak: Bool
    /// Lexicon facts about the word, set once by `Knowledge.annotate` so hot loops test bits, not hash sets.
    var flags: WordFlags = []
    /// FNV-1a hash of `key`'s UTF-8 bytes (0 for punctuation), for the flag table's open addressing.
    var keyHash: UInt64 = 0
}

/// 64-bit FNV-1a, used where Swift's seeded `Hasher` would dominate (one lookup per token).
enum FNV {
    static let offset: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x0000_0100_0000_01b3

    static func hash(_ s: String) -> UInt64 {
        var h = offset
        for b in s.utf8 { h = (h ^ UInt64(b)) &* prime }
        return h
    }
}

/// Word flags in an open-addressing table keyed by FNV hash: no `Hasher`, no string comparison.
struct FlagTable: Sendable {
    private var hashes: [UInt64]
    private var values: [WordFlags]
    private let mask: Int

    init(_ entries: [String: WordFlags]) {
        var size = 16
        while size < entries.count * 3 { size <<= 1 }
        hashes = Array(repeating: 0, count: size)
        values = Array(repeating: [], count: size)
        mask = size - 1
        for (key, flags) in entries {
            let h = FNV.hash(key) | 1  // 0 marks an empty slot
            var i = Int(truncatingIfNeeded: h) & mask
            while hashes[i] != 0 && hashes[i] != h { i = (i + 1) & mask }
            hashes[i] = h
            values[i].formUnion(flags)
        }
    }

    func flags(forHash raw: UInt64) -> WordFlags {
        let h = raw | 1
        var i = Int(truncatingIfNeeded: h) & mask
        while true {
            let stored = hashes[i]
            if stored == h { return values[i] }
            if stored == 0 { return [] }
            i = (i + 1) & mask
        }
    }
}

/// Values keyed by a nonzero `UInt64` in an open-addressing table (no `Hasher` on the per-token path).
struct UInt64Table<Value: Sendable>: Sendable {
    private var keys: [UInt64]
    private var values: [Value?]
    private let mask: Int

    init(_ entries: [UInt64: Value]) {
        var size = 16
        while size < entries.count * 3 { size <<= 1 }
        keys = Array(repeating: 0, count: size)
        values = Array(repeating: nil, count: size)
        mask = size - 1
        for (key, value) in entries where key != 0 {
            var i = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 29) & mask
            while keys[i] != 0 && keys[i] != key { i = (i + 1) & mask }
            keys[i] = key
            values[i] = value
        }
    }

    subscript(key: UInt64) -> Value? {
        guard key != 0 else { return nil }
        var i = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 29) & mask
        while true {
            let stored = keys[i]
            if stored == key { return values[i] }
            if stored == 0 { return nil }
            i = (i + 1) & mask
        }
    }
}

/// What the lexicons say about a word.
struct WordFlags: OptionSet, Sendable, Hashable {
    let rawValue: UInt16
    static let titleStart = WordFlags(rawValue: 1 << 0)
    static let phraseStart = WordFlags(rawValue: 1 << 1)
    static let function = WordFlags(rawValue: 1 << 2)
    static let common = WordFlags(rawValue: 1 << 3)
    static let organisationNoun = WordFlags(rawValue: 1 << 4)
    static let agreementNoun = WordFlags(rawValue: 1 << 5)
    static let trigger = WordFlags(rawValue: 1 << 6)
}
