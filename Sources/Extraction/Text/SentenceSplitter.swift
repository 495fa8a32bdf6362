/// A sentence as a token range and a scalar range of its document.
struct Sentence: Sendable, Hashable {
    /// Tokens `tokens[firstToken..<endToken]`.
    var firstToken: Int
    var endToken: Int
    /// Scalar offsets `[start, end)` into the document.
    var start: Int
    var end: Int
    /// Cut because it ran past `SentenceSplitter.maxTokens` without terminal punctuation.
    var isForcedCut = false
}

/// Rule-based sentence boundaries over tokens: terminal punctuation followed by a capital, a quote or a
/// digit, and every line break; abbreviations ("Gen.", "Mr.", "U.S.") do not end a sentence.
enum SentenceSplitter {
    /// Abbreviations that take a period and rarely end a sentence.
    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "capt", "cpt", "maj", "sgt", "adm", "cmdr", "gov", "sen",
        "rep", "amb", "pres", "st", "jr", "sr", "no", "nos", "vol", "vs", "etc", "inc", "ltd", "co", "corp", "dept",
        "jan", "feb", "mar", "apr", "aug", "sept", "sep", "oct", "nov", "dec", "approx", "est", "fig", "e.g", "i.e",
        "mt", "ft", "rev", "hon",
    ]

    /// Words that start a new sentence when capitalised after a dotted abbreviation (a "U.S" then "The").
    static let sentenceStarters: Set<String> = [
        "the", "this", "that", "these", "those", "it", "its", "he", "she", "they", "we", "i", "but", "and", "in",
        "on", "at", "a", "an", "meanwhile", "however", "yet", "there", "his", "her", "their", "our",
    ]

    /// Longest sentence read as one; longer runs are cut at a comma or semicolon (or hard) so that relation
    /// reading, which is quadratic within a sentence, stays linear in the document.
    static let maxTokens = 300

    /// Sentences of a tokenized document, in order; never empty sentences.
    ///
    /// - Complexity: O(*t*) in the number of tokens.
    static func split(_ tokens: [Token]) -> [Sentence] {
        var sentences: [Sentence] = []
        var first = 0
        var i = 0
        let n = tokens.count
        func close(_ endToken: Int, forced: Bool = false) {
            if endToken > first {
                sentences.append(
                    Sentence(
                        firstToken: first, endToken: endToken, start: tokens[first].start,
                        end: tokens[endToken - 1].end, isForcedCut: forced))
            }
            first = endToken
        }
        while i < n {
            if i - first >= maxTokens {
                var cut = i
                while cut > first + maxTokens / 2 && tokens[cut - 1].key != "," && tokens[cut - 1].key != ";" {
                    cut -= 1
                }
                close(cut > first + maxTokens / 2 ? cut : i, forced: true)
            }
            if i > first && tokens[i].followsLineBreak {
                close(i)
            }
            let token = tokens[i]
            var boundary = false
            if token.kind == .punctuation && (token.key == "." || token.key == "!" || token.key == "?") {
                boundary = isBoundaryAfterTerminal(tokens, i)
            } else if token.kind == .word && token.key.hasSuffix(".") && i + 1 < n {
                let next = tokens[i + 1]
                boundary = next.followsLineBreak || (next.isCapitalised && sentenceStarters.contains(next.key))
            }
            if boundary {
                var end = i + 1
                // Closing quotes and brackets belong to the sentence they close.
                while end < n, !tokens[end].followsLineBreak, tokens[end].kind == .punctuation, tokens[end].isAttached,
                    tokens[end].key == "\"" || tokens[end].key == "'" || tokens[end].key == ")"
                        || tokens[end].key == "]"
                {
                    end += 1
                }
                close(end)
                i = end
                continue
            }
            i += 1
        }
        close(n)
        return sentences
    }

    private static func isBoundaryAfterTerminal(_ tokens: [Token], _ i: Int) -> Bool {
        let n = tokens.count
        if tokens[i].key == ".", i > 0, tokens[i - 1].kind == .word, tokens[i].isAttached {
            let previous = tokens[i - 1].key
            if abbreviations.contains(previous) { return false }
            // A single capital initial ("George W. Bush").
            if tokens[i - 1].end - tokens[i - 1].start == 1 && tokens[i - 1].isCapitalised { return false }
        }
        var j = i + 1
        while j < n, tokens[j].kind == .punctuation,
            tokens[j].key == "\"" || tokens[j].key == "'" || tokens[j].key == ")" || tokens[j].key == "."
                || tokens[j].key == "!" || tokens[j].key == "?"
        {
            if tokens[j].followsLineBreak { return true }
            j += 1
        }
        guard j < n else { return true }
        let next = tokens[j]
        if next.followsLineBreak { return true }
        if next.isCapitalised { return true }
        if next.kind == .word, let f = next.key.unicodeScalars.first, f.value >= 48 && f.value <= 57 { return true }
        if next.kind == .punctuation && (next.key == "\"" || next.key == "(" || next.key == "'") { return true }
        return false
    }
}
