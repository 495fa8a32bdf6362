/// A read-only hash table keyed by sequences of Unicode scalar values, looked up by a slice of a text.
///
/// The tokenizer asks "is this piece of the text a special case?" several times per word; looking the slice up
/// in place avoids building a `String` or an array for each question.
struct ScalarKeyTable<Value: Sendable>: Sendable {
    /// All keys' scalars, one after another; key `i` is `storage[offsets[i]..<offsets[i + 1]]`.
    private var storage: [UInt32] = []
    private var offsets: [Int] = [0]
    private var values: [Value] = []
    /// Open addressing with linear probing: entry index + 1, or 0 for an empty slot.
    private var slots: [Int32] = []
    private var mask = 0
    /// The longest key, so longer slices are rejected before hashing.
    private(set) var longestKey = 0

    /// A table of `entries`; a repeated key keeps its last value.
    init(_ entries: [(key: [UInt32], value: Value)]) {
        var capacity = 16
        while capacity < entries.count * 2 { capacity <<= 1 }
        slots = Array(repeating: 0, count: capacity)
        mask = capacity - 1
        for entry in entries {
            let slot = findSlot(entry.key, 0..<entry.key.count)
            if slots[slot] != 0 {
                values[Int(slots[slot]) - 1] = entry.value
                continue
            }
            storage += entry.key
            offsets.append(storage.count)
            values.append(entry.value)
            slots[slot] = Int32(values.count)
            longestKey = max(longestKey, entry.key.count)
        }
    }

    /// The value stored under the scalars `text[range]`.
    @inline(__always)
    func value(_ text: [UInt32], _ range: Range<Int>) -> Value? {
        guard range.count <= longestKey, !values.isEmpty else { return nil }
        let entry = slots[findSlot(text, range)]
        return entry == 0 ? nil : values[Int(entry) - 1]
    }

    /// Whether `text[range]` is a key.
    @inline(__always)
    func contains(_ text: [UInt32], _ range: Range<Int>) -> Bool { value(text, range) != nil }

    /// The slot holding `text[range]`, or the empty slot where it would go.
    private func findSlot(_ text: [UInt32], _ range: Range<Int>) -> Int {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for index in range {
            hash = (hash ^ UInt64(text[index])) &* 0x100_0000_01b3
        }
        var slot = Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
        while true {
            let entry = slots[slot]
            if entry == 0 || keyEquals(Int(entry) - 1, text, range) { return slot }
            slot = (slot + 1) & mask
        }
    }

    private func keyEquals(_ index: Int, _ text: [UInt32], _ range: Range<Int>) -> Bool {
        let start = offsets[index]
        guard offsets[index + 1] - start == range.count else { return false }
        var position = start
        for scalarIndex in range {
            if storage[position] != text[scalarIndex] { return false }
            position += 1
        }
        return true
    }
}
