/// A Python regular expression, compiled once, matched natively over Unicode scalar values.
///
/// Source: Python 3.11 `re` semantics (`Lib/re/`, `Modules/_sre/`) for str patterns: `search` finds the leftmost
/// match, alternatives are tried in order and repeats are greedy with backtracking, so every span equals what
/// `re.compile(source).search / match / finditer` gives. The supported syntax is `PatternParser`'s.
struct Pattern: Sendable {
    /// The pattern string as Python would receive it.
    let source: String
    private let program: PatternProgram

    /// Compiles `source`, with `\w`, `\d`, `\s` as Python's tables define them.
    init(_ source: String, characters: PythonCharacters) throws(PatternError) {
        self.source = source
        program = PatternCompiler.compile(try PatternParser.parse(source, characters: characters))
    }

    /// `re.search` on the string `text[range]`, looking for matches that start at `from` or later.
    ///
    /// With `mustAdvance`, an empty match at `from` is not accepted (what `finditer` needs after an empty match).
    func search(
        _ text: [UInt32], in range: Range<Int>, from: Int? = nil, mustAdvance: Bool = false,
        scratch: inout PatternScratch
    ) -> Range<Int>? {
        let first = from ?? range.lowerBound
        guard containsRequiredScalars(text, first..<range.upperBound) else { return nil }
        if program.anchoredAtStart {
            guard first == range.lowerBound else { return nil }
            return attempt(text, range, at: first, mustAdvance: mustAdvance, scratch: &scratch)
        }
        var start = first
        while start <= range.upperBound {
            let canStart =
                program.mayStartEmpty
                || (start < range.upperBound && program.classes.contains(program.firstClass, text[start]))
            if canStart,
                let found = attempt(
                    text, range, at: start, mustAdvance: mustAdvance && start == first, scratch: &scratch)
            {
                return found
            }
            start += 1
        }
        return nil
    }

    /// `re.match` on the string `text[range]`: a match starting at its start.
    func match(_ text: [UInt32], in range: Range<Int>, scratch: inout PatternScratch) -> Range<Int>? {
        guard containsRequiredScalars(text, range) else { return nil }
        return attempt(text, range, at: range.lowerBound, mustAdvance: false, scratch: &scratch)
    }

    /// The spans of `re.finditer` on the string `text[range]`: successive non-overlapping matches.
    func allMatches(_ text: [UInt32], in range: Range<Int>, scratch: inout PatternScratch) -> [Range<Int>] {
        var found: [Range<Int>] = []
        var position = range.lowerBound
        var mustAdvance = false
        while position <= range.upperBound,
            let next = search(text, in: range, from: position, mustAdvance: mustAdvance, scratch: &scratch)
        {
            found.append(next)
            position = next.upperBound
            mustAdvance = next.isEmpty
        }
        return found
    }

    private func attempt(
        _ text: [UInt32], _ range: Range<Int>, at start: Int, mustAdvance: Bool, scratch: inout PatternScratch
    ) -> Range<Int>? {
        let end = program.match(
            from: 0, at: start, lower: range.lowerBound, upper: range.upperBound,
            minimumEnd: mustAdvance ? start + 1 : start, text: text, scratch: &scratch)
        return end.map { start..<$0 }
    }

    private func containsRequiredScalars(_ text: [UInt32], _ range: Range<Int>) -> Bool {
        for required in program.requiredScalars where !text[range].contains(required) { return false }
        return true
    }
}
