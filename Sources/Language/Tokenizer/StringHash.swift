/// spaCy's string hash: the 64-bit key a `StringStore` gives a string.
///
/// Source: spaCy 3.8 `strings.pyx` `hash_utf8` = MurmurHash64A (Austin Appleby, MurmurHash2, "64-bit hash for
/// 64-bit platforms") of the UTF-8 bytes with seed 1.
enum StringHash {
    /// The key of `string`.
    static func hash(_ string: String) -> UInt64 {
        var string = string
        return string.withUTF8 { bytes in murmurHash64A(bytes, seed: 1) }
    }

    /// MurmurHash64A of `bytes`, reading 8-byte blocks little-endian as the x86-64 reference does.
    static func murmurHash64A(_ bytes: UnsafeBufferPointer<UInt8>, seed: UInt64) -> UInt64 {
        let multiplier: UInt64 = 0xc6a4_a793_5bd1_e995
        let shift: UInt64 = 47
        var hash = seed ^ (UInt64(bytes.count) &* multiplier)
        let blockCount = bytes.count / 8
        for block in 0..<blockCount {
            var k: UInt64 = 0
            for byte in 0..<8 { k |= UInt64(bytes[block * 8 + byte]) << (8 * UInt64(byte)) }
            k = k &* multiplier
            k ^= k >> shift
            k = k &* multiplier
            hash ^= k
            hash = hash &* multiplier
        }
        let tail = blockCount * 8
        let remaining = bytes.count - tail
        if remaining > 0 {
            for byte in stride(from: remaining - 1, through: 0, by: -1) {
                hash ^= UInt64(bytes[tail + byte]) << (8 * UInt64(byte))
            }
            hash = hash &* multiplier
        }
        hash ^= hash >> shift
        hash = hash &* multiplier
        hash ^= hash >> shift
        return hash
    }
}
