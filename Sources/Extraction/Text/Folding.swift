import ActorGraphCore

/// `NameKey.fold` with an ASCII fast path (Foundation's Unicode normalisation is slow in hot loops).
enum Folding {
    /// The same key as `NameKey.fold(name)`.
    static func fold(_ name: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(name.utf8.count)
        var lastWasSpace = true
        for b in name.utf8 {
            if b >= 0x80 { return NameKey.fold(name) }
            if b == 0x20 || b == 0x2D || (b >= 0x09 && b <= 0x0D) {
                if !lastWasSpace { bytes.append(0x20) }
                lastWasSpace = true
                continue
            }
            lastWasSpace = false
            if b >= 0x41 && b <= 0x5A {
                bytes.append(b + 32)
            } else if b == 0x60 {
                bytes.append(0x27)
            } else {
                bytes.append(b)
            }
        }
        while bytes.last == 0x20 { bytes.removeLast() }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// A copy of `s` with its own storage, so threads do not share its reference count.
    static func fresh(_ s: String) -> String {
        String(decoding: Array(s.utf8), as: UTF8.self)
    }
}
