import ActorGraphCore

/// Longest-match lookup of folded phrases over a token sequence.
///
/// Phrases and tokens are folded the same way (`NameKey.fold`: lower case, no accents, hyphens and whitespace
/// as one space). A token sequence reads as its keys joined by a space where the text has whitespace or a
/// hyphen (whose key is empty) between them, and by nothing otherwise, so "Liptako-Gourma", "U.S.",
/// "Côte d’Ivoire" and "Security, Public Health" match however the tokenizer cut them. A match starts and
/// ends on token boundaries; the walk is one hash lookup per character.
struct PhraseTrie<Value: Sendable>: Sendable {
    /// The edges, keyed `node << 21 | scalar`; node 0 is the root.
    private var edges: [UInt64: Int32] = [:]
    private var values: [Int32: [Value]] = [:]
    private var nodeCount: Int32 = 1

    /// Adds `phrase` (any spelling; it is folded here) pointing at `value`; later values for the same phrase follow
    /// earlier ones, unless `first` puts this one ahead.
    mutating func insert(_ phrase: String, _ value: Value, first: Bool = false) {
        let key = NameKey.fold(phrase)
        guard !key.isEmpty else { return }
        var node: Int32 = 0
        for scalar in key.unicodeScalars {
            let edge = UInt64(node) << 21 | UInt64(scalar.value)
            if let next = edges[edge] {
                node = next
            } else {
                edges[edge] = nodeCount
                node = nodeCount
                nodeCount += 1
            }
        }
        if first {
            values[node, default: []].insert(value, at: 0)
        } else {
            values[node, default: []].append(value)
        }
    }

    /// The values of exactly `phrase`, folded.
    func lookup(_ phrase: String) -> [Value] {
        var node: Int32 = 0
        for scalar in NameKey.fold(phrase).unicodeScalars {
            guard let next = edges[UInt64(node) << 21 | UInt64(scalar.value)] else { return [] }
            node = next
        }
        return values[node] ?? []
    }

    /// Every phrase that starts at token `start`, as (end token, values), shortest first.
    ///
    /// - Parameters:
    ///   - keys: the folded text of each token; an empty key (a hyphen) is skipped inside a phrase.
    ///   - spaceBefore: whether whitespace separates each token from the one before it.
    ///   - start: the first token; its key must not be empty.
    ///   - limit: the phrase must end before this token.
    /// - Returns: one past each phrase's last token with the phrase's values.
    func matches(_ keys: [String], spaceBefore: [Bool], from start: Int, limit: Int) -> [(end: Int, values: [Value])] {
        var found: [(end: Int, values: [Value])] = []
        var node: Int32 = 0
        var token = start
        var first = true
        var skipped = false
        while token < limit {
            let key = keys[token]
            if key.isEmpty {
                if first { return found }
                skipped = true
                token += 1
                continue
            }
            if !first && (skipped || spaceBefore[token]) {
                guard let next = edges[UInt64(node) << 21 | UInt64(32)] else { return found }
                node = next
            }
            skipped = false
            for scalar in key.unicodeScalars {
                guard let next = edges[UInt64(node) << 21 | UInt64(scalar.value)] else { return found }
                node = next
            }
            first = false
            token += 1
            if let hit = values[node] { found.append((token, hit)) }
        }
        return found
    }
}
