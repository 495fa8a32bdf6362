/// The left and right edges of every word's subtree and the sentence starts they imply, as a `Doc` derives them.
///
/// Source: spaCy 3.8 spacy/tokens/doc.pyx (`set_children_from_heads`, `_set_lr_kids_and_edges`).
///
/// spaCy widens each head's edges by its children's in one forward and one backward pass, and repeats the
/// passes (at most 12 times) until every word's head lies within the sentence its edges imply; a
/// non-projective tree can need several rounds. A sentence starts at each root's left edge. `heads` gives each
/// word's head index, a root being its own head.
struct TreeEdges: Sendable, Equatable {
    /// The leftmost word of each word's subtree, as far as the passes spread it.
    private(set) var leftEdge: [Int]
    /// The rightmost word of each word's subtree, as far as the passes spread it.
    private(set) var rightEdge: [Int]

    /// The edges of the tree `heads`.
    init(heads: [Int]) {
        leftEdge = Array(heads.indices)
        rightEdge = Array(heads.indices)
        var round = 0
        while !spreadEdges(heads: heads) && round <= 10 {
            round += 1
        }
    }

    /// Sentence starts as `Doc.sents` reports them: the first word, and every root's left edge.
    func sentenceStarts(heads: [Int]) -> [Bool] {
        var starts = [Bool](repeating: false, count: heads.count)
        for (word, head) in heads.enumerated() where head == word {
            starts[leftEdge[word]] = true
        }
        if !starts.isEmpty { starts[0] = true }
        return starts
    }

    /// The children of `head` in text order: those left of it, then those right of it, within its edges.
    func children(of head: Int, heads: [Int]) -> [Int] {
        var found: [Int] = []
        for word in leftEdge[head]..<head where heads[word] == head { found.append(word) }
        if rightEdge[head] > head {
            for word in (head + 1)...rightEdge[head] where heads[word] == head { found.append(word) }
        }
        return found
    }

    /// One round of `_set_lr_kids_and_edges`; whether every head now lies within its word's sentence.
    private mutating func spreadEdges(heads: [Int]) -> Bool {
        let count = heads.count
        for word in 0..<count { widen(heads[word], by: word) }
        for word in stride(from: count - 1, through: 0, by: -1) { widen(heads[word], by: word) }
        var isStart = [Bool](repeating: false, count: count)
        for (word, head) in heads.enumerated() where head == word { isStart[leftEdge[word]] = true }
        // spaCy's check, bounds included: the words before each boundary must have heads from the sentence's
        // first word up to the boundary word itself.
        var sentenceStart = 0
        for word in 0..<count where (word > 0 && isStart[word]) || word == count - 1 {
            if heads[sentenceStart..<word].contains(where: { $0 < sentenceStart || $0 > word }) { return false }
            sentenceStart = word
        }
        return true
    }

    private mutating func widen(_ head: Int, by child: Int) {
        if leftEdge[child] < leftEdge[head] { leftEdge[head] = leftEdge[child] }
        if rightEdge[child] > rightEdge[head] { rightEdge[head] = rightEdge[child] }
    }
}
