/// A small seeded generator: the same seed gives the same stream on every platform.
///
/// Shared by sampled betweenness, Louvain, synthetic test corpora and the benchmarks, so "seed 42" means one
/// stream everywhere.
///
/// Source: Steele, Lea & Flood 2014, "Fast splittable pseudorandom number generators", OOPSLA, doi:10.1145/2660193.2660195
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) { self.state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform integer in `0..<bound` (Lemire's multiply-shift; `bound` > 0).
    public mutating func next(below bound: Int) -> Int {
        Int((UInt64(bound).multipliedFullWidth(by: next())).high)
    }

    /// `count` distinct values from `0..<n`, in sampling order (partial Fisher–Yates).
    public mutating func sample(_ count: Int, from n: Int) -> [Int] {
        var pool = Array(0..<n)
        let k = min(count, n)
        for i in 0..<k {
            let j = i + next(below: n - i)
            pool.swapAt(i, j)
        }
        return Array(pool.prefix(k))
    }
}
