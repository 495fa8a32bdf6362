/// A set of Unicode scalar values: a bitmap for ASCII and sorted disjoint ranges, binary-searched, beyond.
///
/// Regular-expression classes and Python's character predicates are both this, so a membership test costs a
/// bit test for ASCII text and a few comparisons otherwise.
struct ScalarSet: Sendable, Equatable {
    /// Bits 0–63 and 64–127 of the ASCII part.
    private var asciiLow: UInt64 = 0
    private var asciiHigh: UInt64 = 0
    /// Inclusive lower and upper bounds of the ranges above ASCII, sorted, disjoint and not adjacent.
    private var lowerBounds: [UInt32] = []
    private var upperBounds: [UInt32] = []

    /// The empty set.
    init() {}

    /// The union of inclusive `ranges` (in any order, overlapping or not).
    init(ranges: [ClosedRange<UInt32>]) {
        for range in Self.normalized(ranges) {
            var lower = range.lowerBound
            while lower < 128 && lower <= range.upperBound {
                if lower < 64 { asciiLow |= 1 << UInt64(lower) } else { asciiHigh |= 1 << UInt64(lower - 64) }
                lower += 1
            }
            if lower <= range.upperBound {
                lowerBounds.append(lower)
                upperBounds.append(range.upperBound)
            }
        }
    }

    /// The largest Unicode scalar value.
    static let maximum: UInt32 = 0x10FFFF

    /// Whether `scalar` is in the set.
    @inline(__always)
    func contains(_ scalar: UInt32) -> Bool {
        if scalar < 64 { return asciiLow & (1 << UInt64(scalar)) != 0 }
        if scalar < 128 { return asciiHigh & (1 << UInt64(scalar - 64)) != 0 }
        var low = 0
        var high = lowerBounds.count
        while low < high {
            let middle = (low + high) >> 1
            if upperBounds[middle] < scalar { low = middle + 1 } else { high = middle }
        }
        return low < lowerBounds.count && lowerBounds[low] <= scalar
    }

    /// The ASCII part as two 64-bit masks (bit `c` of the first for `c` < 64, bit `c - 64` of the second).
    var asciiMasks: (low: UInt64, high: UInt64) { (asciiLow, asciiHigh) }

    /// The ranges above ASCII, sorted and disjoint.
    var wideRanges: [ClosedRange<UInt32>] { zip(lowerBounds, upperBounds).map { $0...$1 } }

    /// Whether some member is above ASCII.
    var hasNonASCII: Bool { !lowerBounds.isEmpty }

    /// The set's members as sorted disjoint inclusive ranges.
    var ranges: [ClosedRange<UInt32>] {
        var result: [ClosedRange<UInt32>] = []
        var scalar: UInt32 = 0
        while scalar < 128 {
            guard contains(scalar) else {
                scalar += 1
                continue
            }
            let start = scalar
            while scalar < 128 && contains(scalar) { scalar += 1 }
            result.append(start...(scalar - 1))
        }
        for index in lowerBounds.indices {
            let range = lowerBounds[index]...upperBounds[index]
            if let last = result.last, last.upperBound + 1 == range.lowerBound {
                result[result.count - 1] = last.lowerBound...range.upperBound
            } else {
                result.append(range)
            }
        }
        return result
    }

    /// The only member, if the set has exactly one.
    var singleMember: UInt32? {
        let all = ranges
        guard all.count == 1, all[0].lowerBound == all[0].upperBound else { return nil }
        return all[0].lowerBound
    }

    /// Every scalar value from 0 to 0x10FFFF that is not a member.
    func complement() -> ScalarSet {
        var result: [ClosedRange<UInt32>] = []
        var next: UInt32 = 0
        for range in ranges {
            if range.lowerBound > next { result.append(next...(range.lowerBound - 1)) }
            next = range.upperBound + 1
        }
        if next <= Self.maximum { result.append(next...Self.maximum) }
        return ScalarSet(ranges: result)
    }

    /// Sorted, merged ranges (overlapping or adjacent ones joined).
    private static func normalized(_ ranges: [ClosedRange<UInt32>]) -> [ClosedRange<UInt32>] {
        var merged: [ClosedRange<UInt32>] = []
        for range in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if let last = merged.last, range.lowerBound <= last.upperBound &+ 1 {
                merged[merged.count - 1] = last.lowerBound...max(last.upperBound, range.upperBound)
            } else {
                merged.append(range)
            }
        }
        return merged
    }
}
