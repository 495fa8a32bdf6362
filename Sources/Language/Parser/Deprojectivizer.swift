/// Reattaches the parser's lifted arcs (`label||headLabel`) under the word they belong to, as spaCy does.
///
/// Source: spaCy 3.8 spacy/pipeline/_parser_internals/nonproj.pyx (`deprojectivize`, `_find_new_head`) and
/// spacy/tokens/token.pyx (`Token.children`).
///
/// The parser is projective; training lifted non-projective arcs to an ancestor and recorded the original
/// head's label. For each such word, in text order, spaCy searches breadth-first from its current head through
/// the children, left to right, skipping whitespace words and the word itself, for the first word labelled
/// `headLabel`, and attaches the word there (or leaves the head if none is found), keeping the plain label.
/// Children are read as `Token.children` reads them: words whose head is the word, within the subtree edges
/// computed before any reattachment, so a word moved earlier is seen only inside its new head's old edges.
enum Deprojectivizer {
    /// Rewrites `heads` and `labels` in place; `isSpace` marks whitespace words.
    static func deprojectivize(heads: inout [Int], labels: inout [ArcLabel], isSpace: [Bool]) {
        guard labels.contains(where: { $0.headLabel != nil }) else { return }
        let edges = TreeEdges(heads: heads)
        for word in heads.indices {
            guard let headLabel = labels[word].headLabel else { continue }
            heads[word] = newHead(
                of: word, labelled: headLabel, heads: heads, labels: labels, isSpace: isSpace, edges: edges)
            labels[word] = ArcLabel(label: labels[word].label, headLabel: nil)
        }
    }

    private static func newHead(
        of word: Int, labelled headLabel: DependencyLabel, heads: [Int], labels: [ArcLabel], isSpace: [Bool],
        edges: TreeEdges
    ) -> Int {
        let wanted = ArcLabel(label: headLabel, headLabel: nil)
        var queue = [heads[word]]
        // A tree is searched once over; the budget only guards against a malformed (cyclic) input.
        var budget = heads.count
        while !queue.isEmpty && budget > 0 {
            var next: [Int] = []
            for candidate in queue {
                for child in edges.children(of: candidate, heads: heads) where !isSpace[child] && child != word {
                    if labels[child] == wanted { return child }
                    next.append(child)
                }
                budget -= 1
            }
            queue = next
        }
        return heads[word]
    }
}
