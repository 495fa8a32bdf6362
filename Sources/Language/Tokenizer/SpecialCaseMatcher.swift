/// The final pass that puts back exceptions the affix rules took apart, such as `:)` inside `(:)`.
///
/// Source: spaCy 3.8 `spacy/tokenizer.pyx` `add_special_case` (an exception enters the `PhraseMatcher` as its
/// tokens without exceptions, only if it has a prefix, suffix, infix or space when `faster_heuristics` is on),
/// `_apply_special_cases`, `_filter_special_spans` (longest first, then leftmost; a match is kept unless its
/// first or last token is already taken), `_prepare_special_spans` and `_retokenize_special_spans` (a match
/// is replaced only when its text, with the whitespace between its tokens, is an exception's text), and
/// `spacy/matcher/phrasematcher.pyx` `find_matches` (every match at every start, by token ORTH).
struct SpecialCaseMatcher: Sendable {
    /// Each pattern's token texts.
    private let patterns: [[[UInt32]]]
    /// Patterns by the text of their first token, in the order they were added.
    private let byFirstToken: ScalarKeyTable<[Int32]>

    /// The number of patterns (exceptions that entered the matcher).
    var count: Int { patterns.count }

    /// Builds the patterns from `tokenizer`'s exceptions.
    init(tokenizer: Tokenizer, fasterHeuristics: Bool) {
        var patterns: [[[UInt32]]] = []
        var byFirst: [[UInt32]: [Int32]] = [:]
        var firstOrder: [[UInt32]] = []
        var scratch = PatternScratch()
        for special in tokenizer.specialCases {
            let text = special.text
            let whole = 0..<text.count
            let hasAffix =
                (tokenizer.prefixSearch?.search(text, in: whole, scratch: &scratch)?.count ?? 0) != 0
                || !(tokenizer.infixFinditer?.allMatches(text, in: whole, scratch: &scratch).isEmpty ?? true)
                || (tokenizer.suffixSearch?.search(text, in: whole, scratch: &scratch)?.count ?? 0) != 0
                || text.contains(0x20)
            guard !fasterHeuristics || hasAffix else { continue }
            let tokens = tokenizer.spans(text, withSpecialCases: false).map { Array(text[$0.start..<$0.end]) }
            guard let first = tokens.first else { continue }
            if byFirst[first] == nil { firstOrder.append(first) }
            byFirst[first, default: []].append(Int32(patterns.count))
            patterns.append(tokens)
        }
        self.patterns = patterns
        byFirstToken = ScalarKeyTable(firstOrder.map { ($0, byFirst[$0] ?? []) })
    }

    /// Replaces matched token runs whose text is an exception by that exception's tokens.
    func apply(to tokens: inout [TokenSpan], text: [UInt32], tokenizer: Tokenizer) {
        var matches: [(start: Int, end: Int)] = []
        for index in tokens.indices {
            guard let candidates = byFirstToken.value(text, tokens[index].start..<tokens[index].end) else { continue }
            for candidate in candidates where matchesPattern(patterns[Int(candidate)], at: index, tokens, text) {
                matches.append((index, index + patterns[Int(candidate)].count))
            }
        }
        guard !matches.isEmpty else { return }
        matches.sort { ($0.end - $0.start, -$0.start) > ($1.end - $1.start, -$1.start) }
        var taken = [Bool](repeating: false, count: tokens.count)
        var kept: [(start: Int, end: Int)] = []
        for match in matches {
            if !taken[match.start] && !taken[match.end - 1] { kept.append(match) }
            for index in match.start..<match.end { taken[index] = true }
        }
        kept.sort { $0.start < $1.start }
        var output: [TokenSpan] = []
        output.reserveCapacity(tokens.count)
        var next = 0
        for match in kept {
            output.append(contentsOf: tokens[next..<match.start])
            let start = tokens[match.start].start
            let last = tokens[match.end - 1]
            if let special = tokenizer.specials.value(text, start..<last.end) {
                let first = output.count
                tokenizer.appendSpecialCase(special, at: start, &output)
                if output.count > first { output[output.count - 1].spaceAfter = last.spaceAfter }
            } else {
                output.append(contentsOf: tokens[match.start..<match.end])
            }
            next = match.end
        }
        output.append(contentsOf: tokens[next...])
        tokens = output
    }

    private func matchesPattern(_ pattern: [[UInt32]], at start: Int, _ tokens: [TokenSpan], _ text: [UInt32]) -> Bool {
        guard start + pattern.count <= tokens.count else { return false }
        for (offset, expected) in pattern.enumerated() {
            let token = tokens[start + offset]
            guard token.end - token.start == expected.count,
                text[token.start..<token.end].elementsEqual(expected)
            else { return false }
        }
        return true
    }
}
