/// thinc's hash of a 64-bit attribute ID into the four row keys of a hash embedding.
///
/// Source: thinc 8.3 thinc/backends/numpy_ops.pyx (`MurmurHash3_x86_128_uint64`, called by `NumpyOps.hash`).
/// Despite its name this is thinc's own 64-bit-lane variant of MurmurHash3 (x64_128 constants, one 8-byte
/// block, no tail): the ID is the block, `seed` seeds both lanes, and the 128-bit result is read as four
/// little-endian `uint32` — low half of h1, high half of h1, low half of h2, high half of h2.
enum EmbeddingHash {
    /// The four 32-bit keys of `id` under `seed`, in thinc's order.
    static func keys(_ id: UInt64, seed: UInt32) -> SIMD4<UInt32> {
        let length: UInt64 = 8
        var h1 = id &* 0x87c3_7b91_1142_53d5
        h1 = (h1 << 31) | (h1 >> 33)
        h1 = h1 &* 0x4cf5_ad43_2745_937f
        h1 ^= UInt64(seed)
        h1 ^= length
        var h2 = UInt64(seed) ^ length
        h1 = h1 &+ h2
        h2 = h2 &+ h1
        h1 = finalMix(h1)
        h2 = finalMix(h2)
        h1 = h1 &+ h2
        h2 = h2 &+ h1
        return SIMD4(
            UInt32(truncatingIfNeeded: h1), UInt32(truncatingIfNeeded: h1 >> 32),
            UInt32(truncatingIfNeeded: h2), UInt32(truncatingIfNeeded: h2 >> 32))
    }

    /// MurmurHash3's 64-bit finaliser (`fmix64`).
    private static func finalMix(_ value: UInt64) -> UInt64 {
        var k = value
        k ^= k >> 33
        k = k &* 0xff51_afd7_ed55_8ccd
        k ^= k >> 33
        k = k &* 0xc4ce_b9fe_1a85_ec53
        k ^= k >> 33
        return k
    }
}
