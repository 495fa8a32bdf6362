/// Builds `String`s from Unicode scalar values through one reusable UTF-8 buffer.
///
/// Decoding UTF-32 into a `String` goes through the standard library's generic slow path; encoding to UTF-8
/// here and letting `String` take validated UTF-8 is several times faster, and strings of up to 15 bytes
/// need no allocation at all.
struct UTF8Builder {
    private(set) var bytes: [UInt8] = []

    init() { bytes.reserveCapacity(64) }

    /// Empties the buffer.
    mutating func reset() { bytes.removeAll(keepingCapacity: true) }

    /// Appends the UTF-8 encoding of `scalar` (a valid scalar value).
    @inline(__always)
    mutating func append(_ scalar: UInt32) {
        switch scalar {
        case 0..<0x80:
            bytes.append(UInt8(truncatingIfNeeded: scalar))
        case 0x80..<0x800:
            bytes.append(UInt8(truncatingIfNeeded: 0xC0 | scalar >> 6))
            bytes.append(UInt8(truncatingIfNeeded: 0x80 | scalar & 0x3F))
        case 0x800..<0x10000:
            bytes.append(UInt8(truncatingIfNeeded: 0xE0 | scalar >> 12))
            bytes.append(UInt8(truncatingIfNeeded: 0x80 | scalar >> 6 & 0x3F))
            bytes.append(UInt8(truncatingIfNeeded: 0x80 | scalar & 0x3F))
        default:
            bytes.append(UInt8(truncatingIfNeeded: 0xF0 | scalar >> 18))
            bytes.append(UInt8(truncatingIfNeeded: 0x80 | scalar >> 12 & 0x3F))
            bytes.append(UInt8(truncatingIfNeeded: 0x80 | scalar >> 6 & 0x3F))
            bytes.append(UInt8(truncatingIfNeeded: 0x80 | scalar & 0x3F))
        }
    }

    /// The buffer as a string.
    var string: String { String(decoding: bytes, as: UTF8.self) }

    /// The string of `scalars`.
    mutating func string(_ scalars: ArraySlice<UInt32>) -> String {
        reset()
        for scalar in scalars { append(scalar) }
        return string
    }
}
