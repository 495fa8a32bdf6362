/// A string compared and hashed by its Unicode scalars, as Python compares `str` values.
///
/// Swift's `String` equality is canonical equivalence (`"é"` precomposed equals `"e\u{301}"`), Python's is
/// code-point identity; the rule tables are looked up the Python way so that the same text finds the same entry.
struct ExactString: Hashable, Sendable {
    let string: String

    init(_ string: String) { self.string = string }

    static func == (left: ExactString, right: ExactString) -> Bool {
        left.string.utf8.elementsEqual(right.string.utf8)
    }

    func hash(into hasher: inout Hasher) {
        for byte in string.utf8 { hasher.combine(byte) }
        hasher.combine(0xFF as UInt8)  // no UTF-8 byte is 0xFF: ends the sequence unambiguously
    }
}
