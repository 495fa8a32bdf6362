import ActorGraphCore
import Language

/// One document's parse with the indexes the readers walk: each token's children by arc, its sentence, its
/// folded text and lemma, and the document's scalars for slicing surfaces.
struct ParseIndex: Sendable {
    let tokens: [ParsedToken]
    /// Children of each token, in token order.
    let children: [[Int]]
    /// The sentence each token belongs to.
    let sentenceOfToken: [Int]
    /// Token ranges of the sentences, in order.
    let sentenceTokens: [Range<Int>]
    /// Scalar spans of the sentences.
    let sentenceSpans: [TextSpan]
    /// Lower-cased lemmas (spaCy keeps proper-noun lemmas capitalised).
    let lemmas: [String]
    /// Case- and accent-folded token texts, the keys lexicons are written in; a whitespace token's key is a
    /// control character no phrase contains, so no phrase runs across a line break.
    let keys: [String]
    /// Whether whitespace separates each token from the previous one.
    let spaceBefore: [Bool]
    let scalars: [Unicode.Scalar]

    init(_ parse: ParsedDocument, text: String) {
        tokens = parse.tokens
        scalars = Array(text.unicodeScalars)
        var children = Array(repeating: [Int](), count: tokens.count)
        for (i, token) in tokens.enumerated() where token.head != i {
            children[token.head].append(i)
        }
        self.children = children
        var sentenceOfToken = Array(repeating: 0, count: tokens.count)
        var ranges: [Range<Int>] = []
        var spans: [TextSpan] = []
        var next = 0
        // The parser's sentences, cut again after every line break: in news text a line is a headline, a byline
        // or a paragraph, and the parser sometimes runs a headline into the next paragraph.
        func close(_ range: Range<Int>) {
            guard !range.isEmpty else { return }
            for i in range { sentenceOfToken[i] = ranges.count }
            ranges.append(range)
            spans.append(
                TextSpan(start: parse.tokens[range.lowerBound].start, end: parse.tokens[range.upperBound - 1].end))
        }
        for span in parse.sentences {
            var first = next
            while next < tokens.count && tokens[next].start < span.end {
                let token = tokens[next]
                next += 1
                if token.pos == .SPACE && token.text.contains("\n") {
                    close(first..<next)
                    first = next
                }
            }
            close(first..<next)
        }
        if next < tokens.count {
            for i in next..<tokens.count { sentenceOfToken[i] = ranges.count }
            ranges.append(next..<tokens.count)
            spans.append(TextSpan(start: tokens[next].start, end: tokens[tokens.count - 1].end))
        }
        self.sentenceOfToken = sentenceOfToken
        sentenceTokens = ranges
        sentenceSpans = spans
        lemmas = tokens.map { $0.lemma.lowercased() }
        keys = tokens.map { $0.pos == .SPACE ? "\u{1}" : NameKey.fold($0.text) }
        let tokens = parse.tokens
        spaceBefore = tokens.indices.map { $0 > 0 && tokens[$0 - 1].end < tokens[$0].start }
    }

    /// The document text from the first token of `range` to the end of its last token.
    func text(_ range: Range<Int>) -> String {
        guard let first = range.first, let last = range.last else { return "" }
        return text(from: tokens[first].start, to: tokens[last].end)
    }

    /// The document text between two scalar offsets.
    func text(from start: Int, to end: Int) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[start..<end])
        return String(view)
    }

    /// Children of `token` attached by `label`.
    func children(of token: Int, _ label: DependencyLabel) -> [Int] {
        children[token].filter { tokens[$0].dep == label }
    }

    /// Whether `token` has a child attached by one of `labels`.
    func hasChild(_ token: Int, _ labels: Set<DependencyLabel>) -> Bool {
        children[token].contains { labels.contains(tokens[$0].dep) }
    }

    /// The head of `token`, or nil for a sentence root.
    func head(of token: Int) -> Int? {
        let head = tokens[token].head
        return head == token ? nil : head
    }

    /// The first of the coordinated tokens `token` is one of ("Mali" for "Niger" in "Mali, Niger and Chad").
    func firstConjunct(of token: Int) -> Int {
        var first = token
        while tokens[first].dep == .conj, let up = head(of: first) { first = up }
        return first
    }

    /// `token` and every token coordinated with it (`Mali, Niger and Burkina Faso`), in token order.
    func conjuncts(of token: Int) -> [Int] {
        var result = [token]
        var queue = [token]
        while let next = queue.popLast() {
            for child in children(of: next, .conj) {
                result.append(child)
                queue.append(child)
            }
        }
        return result.sorted()
    }

    /// The first token of `token`'s subtree.
    func subtreeStart(of token: Int) -> Int { subtree(of: token).lowerBound }

    /// One past the last token of `token`'s subtree.
    func subtreeEnd(of token: Int) -> Int { subtree(of: token).upperBound }

    /// From the first token of `token`'s subtree to one past its last (a subtree with a gap spans the gap too).
    func subtree(of token: Int) -> Range<Int> {
        var start = token
        var end = token + 1
        var queue = [token]
        while let next = queue.popLast() {
            for child in children[next] {
                start = min(start, child)
                end = max(end, child + 1)
                queue.append(child)
            }
        }
        return start..<end
    }

    /// Whether `token` starts with an upper-case letter.
    func isCapitalised(_ token: Int) -> Bool {
        tokens[token].text.unicodeScalars.first?.properties.isUppercase ?? false
    }

    /// Whether every letter of `token` is upper case and it has at least two letters (`NATO`, `U.S.`).
    func isAllCaps(_ token: Int) -> Bool {
        var letters = 0
        for scalar in tokens[token].text.unicodeScalars where scalar.properties.isAlphabetic {
            guard scalar.properties.isUppercase else { return false }
            letters += 1
        }
        return letters >= 2
    }

    /// Whether `verb` is in the passive voice (it has a passive subject or auxiliary).
    func isPassive(_ verb: Int) -> Bool {
        hasChild(verb, [.nsubjpass, .auxpass, .csubjpass])
    }
}
