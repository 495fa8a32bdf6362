/// How one whitespace-free chunk (or one whitespace run) becomes tokens.
///
/// Source: spaCy 3.8 `spacy/tokenizer.pyx` `_tokenize`, `_split_affixes`, `_attach_tokens`, `find_prefix`,
/// `find_suffix`, `find_infix`. spaCy's chunk cache is left out: it only replays earlier results for the same
/// chunk (it never stores a chunk an exception touched), so tokens are the same without it.
extension Tokenizer {
    /// Tokenizes `range`: an exception as a whole, else prefixes and suffixes peeled off, then the rest.
    func tokenizeChunk(_ range: Range<Int>, _ run: inout TokenizerRun) {
        if run.withSpecialCases, let special = specials.value(run.text, range) {
            appendSpecialCase(special, at: range.lowerBound, &run.tokens)
            return
        }
        run.prefixes.removeAll(keepingCapacity: true)
        run.suffixes.removeAll(keepingCapacity: true)
        let core = splitAffixes(range, &run)
        attachTokens(core, &run)
    }

    /// The pieces of exception `index`, starting at `start`.
    func appendSpecialCase(_ index: Int32, at start: Int, _ tokens: inout [TokenSpan]) {
        var position = start
        for piece in specialCases[Int(index)].pieces {
            tokens.append(TokenSpan(start: position, end: position + pieceLengths[piece], piece: Int32(piece)))
            position += pieceLengths[piece]
        }
    }

    /// Peels prefixes and suffixes off until neither applies or what is left is an exception; returns that rest.
    private func splitAffixes(_ range: Range<Int>, _ run: inout TokenizerRun) -> Range<Int> {
        var lower = range.lowerBound
        var upper = range.upperBound
        var lastSize = 0
        while lower < upper && upper - lower != lastSize {
            if let tokenMatch, tokenMatch.match(run.text, in: lower..<upper, scratch: &run.scratch) != nil { break }
            if isSpecial(lower..<upper, run) { break }
            lastSize = upper - lower
            let prefixLength = matchLength(prefixSearch, lower..<upper, &run)
            if prefixLength != 0 && lower + prefixLength < upper && isSpecial((lower + prefixLength)..<upper, run) {
                run.prefixes.append(TokenSpan(start: lower, end: lower + prefixLength))
                lower += prefixLength
                break
            }
            let suffixLength = matchLength(suffixSearch, (lower + prefixLength)..<upper, &run)
            if suffixLength != 0 && lower < upper - suffixLength && isSpecial(lower..<(upper - suffixLength), run) {
                run.suffixes.append(TokenSpan(start: upper - suffixLength, end: upper))
                upper -= suffixLength
                break
            }
            if prefixLength != 0 && suffixLength != 0 && prefixLength + suffixLength <= upper - lower {
                run.prefixes.append(TokenSpan(start: lower, end: lower + prefixLength))
                run.suffixes.append(TokenSpan(start: upper - suffixLength, end: upper))
                lower += prefixLength
                upper -= suffixLength
            } else if prefixLength != 0 {
                run.prefixes.append(TokenSpan(start: lower, end: lower + prefixLength))
                lower += prefixLength
            } else if suffixLength != 0 {
                run.suffixes.append(TokenSpan(start: upper - suffixLength, end: upper))
                upper -= suffixLength
            }
        }
        return lower..<upper
    }

    /// Emits the prefixes, the rest (an exception, a token or URL match, or split at infixes), the suffixes.
    private func attachTokens(_ core: Range<Int>, _ run: inout TokenizerRun) {
        run.tokens.append(contentsOf: run.prefixes)
        if !core.isEmpty {
            if run.withSpecialCases, let special = specials.value(run.text, core) {
                appendSpecialCase(special, at: core.lowerBound, &run.tokens)
            } else if matches(tokenMatch, core, &run) || matches(urlMatch, core, &run) {
                run.tokens.append(TokenSpan(start: core.lowerBound, end: core.upperBound))
            } else {
                appendInfixSplit(core, &run)
            }
        }
        run.tokens.append(contentsOf: run.suffixes.reversed())
    }

    /// The rest cut at each infix match; an infix at the very start stays part of the following piece.
    private func appendInfixSplit(_ core: Range<Int>, _ run: inout TokenizerRun) {
        let infixes = infixFinditer?.allMatches(run.text, in: core, scratch: &run.scratch) ?? []
        var start = core.lowerBound
        for infix in infixes {
            if infix.lowerBound == core.lowerBound { continue }
            if infix.lowerBound != start { run.tokens.append(TokenSpan(start: start, end: infix.lowerBound)) }
            if !infix.isEmpty { run.tokens.append(TokenSpan(start: infix.lowerBound, end: infix.upperBound)) }
            start = infix.upperBound
        }
        if start < core.upperBound { run.tokens.append(TokenSpan(start: start, end: core.upperBound)) }
    }

    private func isSpecial(_ range: Range<Int>, _ run: TokenizerRun) -> Bool {
        run.withSpecialCases && specials.contains(run.text, range)
    }

    /// `find_prefix` / `find_suffix`: the length of the pattern's search match, 0 without one.
    private func matchLength(_ pattern: Pattern?, _ range: Range<Int>, _ run: inout TokenizerRun) -> Int {
        pattern?.search(run.text, in: range, scratch: &run.scratch)?.count ?? 0
    }

    private func matches(_ pattern: Pattern?, _ range: Range<Int>, _ run: inout TokenizerRun) -> Bool {
        pattern?.match(run.text, in: range, scratch: &run.scratch) != nil
    }
}
