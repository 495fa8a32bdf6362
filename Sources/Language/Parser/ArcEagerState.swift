/// An arc-eager parse state over a whole document: stack, buffer, arcs, sentence starts.
///
/// Source: spaCy 3.8 spacy/pipeline/_parser_internals/_state.pxd (`StateC`).
///
/// The buffer is the words from `bufferStart` on, preceded by the `rebuffer` (words a Reduce put back, last in
/// first out). Each head's left and right children are kept in the order their arcs were added, as linked lists
/// through `previousLeft`/`previousRight`, because the model reads the most recent one (`L(word, 1)`,
/// `R(word, 1)`). All storage is sized once for the document, so moves never allocate.
struct ArcEagerState: Sendable {
    /// Number of words.
    let count: Int
    /// The stack, bottom first.
    private(set) var stack: [Int]
    private var rebuffer: [Int]
    private var bufferStart = 0
    /// Each word's head, −1 while it has none.
    private(set) var heads: [Int]
    /// Each attached word's arc label.
    private(set) var labels: [ArcLabel]
    private var lastLeft: [Int]
    private var lastRight: [Int]
    private var previousLeft: [Int]
    private var previousRight: [Int]
    private var unshiftable: [Bool]
    /// Which words start a sentence: the first word (as a new `Doc` marks it) and each word a Break marked.
    private(set) var sentenceStarts: [Bool]

    /// The initial state for a document of `count` words: empty stack, every word in the buffer.
    init(count: Int) {
        self.count = count
        stack = []
        stack.reserveCapacity(count)
        rebuffer = []
        rebuffer.reserveCapacity(count)
        heads = [Int](repeating: -1, count: count)
        labels = [ArcLabel](repeating: .root, count: count)
        lastLeft = [Int](repeating: -1, count: count)
        lastRight = [Int](repeating: -1, count: count)
        previousLeft = [Int](repeating: -1, count: count)
        previousRight = [Int](repeating: -1, count: count)
        unshiftable = [Bool](repeating: false, count: count)
        sentenceStarts = [Bool](repeating: false, count: count)
        if count > 0 { sentenceStarts[0] = true }
    }

    /// Number of words on the stack.
    var stackDepth: Int { stack.count }
    /// Number of words in the buffer.
    var bufferLength: Int { count - bufferStart + rebuffer.count }
    /// Whether the analysis is complete.
    var isFinal: Bool { stack.isEmpty && bufferLength == 0 }

    /// The `i`-th word from the top of the stack, or −1.
    func stackWord(_ i: Int) -> Int {
        i < stack.count ? stack[stack.count - 1 - i] : -1
    }

    /// The `i`-th word of the buffer, or −1.
    func bufferWord(_ i: Int) -> Int {
        if i < rebuffer.count { return rebuffer[rebuffer.count - 1 - i] }
        let word = bufferStart + i - rebuffer.count
        return word < count ? word : -1
    }

    /// The most recently attached left child of `word`, or −1 (`StateC.L(word, 1)`).
    func lastLeftChild(of word: Int) -> Int { word < 0 ? -1 : lastLeft[word] }

    /// The most recently attached right child of `word`, or −1 (`StateC.R(word, 1)`).
    func lastRightChild(of word: Int) -> Int { word < 0 ? -1 : lastRight[word] }

    /// Whether `word` has a head.
    func hasHead(_ word: Int) -> Bool { heads[word] >= 0 }

    /// Whether `word` starts a sentence (false outside the document).
    func isSentenceStart(_ word: Int) -> Bool { word >= 0 && word < count && sentenceStarts[word] }

    /// Whether a Reduce put `word` back on the buffer and it has not been reattached since.
    func isUnshiftable(_ word: Int) -> Bool { word >= 0 && word < count && unshiftable[word] }

    /// Moves the first buffer word onto the stack.
    mutating func push() {
        let word: Int
        if let last = rebuffer.popLast() {
            word = last
        } else {
            word = bufferStart
            bufferStart += 1
        }
        stack.append(word)
    }

    /// Removes the stack top.
    mutating func pop() {
        stack.removeLast()
    }

    /// Puts the stack top back at the front of the buffer and marks it so it cannot simply be shifted again.
    mutating func unshift() {
        let word = stack.removeLast()
        unshiftable[word] = true
        rebuffer.append(word)
    }

    /// Clears the mark `unshift` set.
    mutating func setReshiftable(_ word: Int) {
        if word >= 0 && word < count { unshiftable[word] = false }
    }

    /// Marks `word` as a sentence start.
    mutating func setSentenceStart(_ word: Int) {
        sentenceStarts[word] = true
    }

    /// Attaches `child` to `head`, replacing any earlier head.
    mutating func addArc(head: Int, child: Int, label: ArcLabel) {
        if hasHead(child) { deleteArc(head: heads[child], child: child) }
        if head > child {
            previousLeft[child] = lastLeft[head]
            lastLeft[head] = child
        } else {
            previousRight[child] = lastRight[head]
            lastRight[head] = child
        }
        heads[child] = head
        labels[child] = label
    }

    /// Removes the arc `head → child` from `head`'s children.
    ///
    /// spaCy's `map_del_arc` pops the arc when it is the head's last one; for an earlier arc its tombstone is
    /// written to a copy and lost, so the arc stays listed. Arc-eager only ever replaces the head of the stack
    /// top, whose arc is always its head's last, but the rule is kept as spaCy has it.
    private mutating func deleteArc(head: Int, child: Int) {
        if head > child {
            if lastLeft[head] == child { lastLeft[head] = previousLeft[child] }
        } else {
            if lastRight[head] == child { lastRight[head] = previousRight[child] }
        }
    }

    /// Empties the stack and skips the rest of the buffer (`StateC.force_final`, which keeps the rebuffer).
    mutating func forceFinal() {
        stack.removeAll(keepingCapacity: true)
        bufferStart = count
    }
}
