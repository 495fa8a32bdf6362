import ActorGraphCore

/// Splits a document's scalars into tokens in one pass, without Foundation regex.
enum Tokenizer {
    /// Tokens of `scalars`, in order.
    ///
    /// - Complexity: O(*n*) in the number of scalars.
    static func tokenize(_ scalars: [Unicode.Scalar]) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(scalars.count / 5)
        // UTF-8 offset of every scalar boundary, so tokens can be sliced from the UTF-8 text.
        var utf8Offsets = [Int](repeating: 0, count: scalars.count + 1)
        var offset = 0
        for (i, c) in scalars.enumerated() {
            utf8Offsets[i] = offset
            offset += c.value < 0x80 ? 1 : c.value < 0x800 ? 2 : c.value < 0x10000 ? 3 : 4
        }
        utf8Offsets[scalars.count] = offset
        var scratch: [UInt8] = []
        scratch.reserveCapacity(64)
        var i = 0
        let n = scalars.count
        var sawSpace = true
        var sawLineBreak = true
        while i < n {
            let c = scalars[i]
            if CharacterClass.isSpace(c) {
                sawSpace = true
                if c == "\n" || c == "\r" || c == "\u{2029}" || c == "\u{2028}" { sawLineBreak = true }
                i += 1
                continue
            }
            let start = i
            if CharacterClass.isWordScalar(c) {
                i = wordEnd(scalars, from: i)
                let possessiveStart = possessiveSplit(scalars, start: start, end: i)
                let wordEndIndex = possessiveStart ?? i
                var word = makeWord(
                    scalars, start, wordEndIndex, attached: !sawSpace, lineBreak: sawLineBreak, scratch: &scratch)
                word.utf8Start = utf8Offsets[start]
                word.utf8End = utf8Offsets[wordEndIndex]
                tokens.append(word)
                if let p = possessiveStart {
                    tokens.append(
                        Token(
                            start: p, end: i, utf8Start: utf8Offsets[p], utf8End: utf8Offsets[i], kind: .possessive,
                            key: "'s", isCapitalised: false, isAllCaps: false, isAttached: true,
                            followsLineBreak: false))
                }
            } else {
                i += 1
                tokens.append(
                    Token(
                        start: start, end: i, utf8Start: utf8Offsets[start], utf8End: utf8Offsets[i],
                        kind: .punctuation, key: punctuationKey(c), isCapitalised: false, isAllCaps: false,
                        isAttached: !sawSpace, followsLineBreak: sawLineBreak))
            }
            sawSpace = false
            sawLineBreak = false
        }
        return tokens
    }

    private static func punctuationKey(_ c: Unicode.Scalar) -> String {
        switch c {
        case ".": "."
        case ",": ","
        case "-": "-"
        default: String(Character(normalisedPunctuation(c)))
        }
    }

    private static func normalisedPunctuation(_ c: Unicode.Scalar) -> Unicode.Scalar {
        switch c {
        case "\u{2019}", "\u{2018}", "`": "'"
        case "\u{201C}", "\u{201D}": "\""
        case "\u{2013}", "\u{2014}": "\u{2014}"
        default: c
        }
    }

    /// End of the word starting at `i`: letters, digits and marks, with inner apostrophes and
    /// the periods of dotted abbreviations ("U.S.", "U.N.").
    private static func wordEnd(_ s: [Unicode.Scalar], from i: Int) -> Int {
        var j = i
        let n = s.count
        var dotted = false
        while j < n {
            let c = s[j]
            if CharacterClass.isWordScalar(c) {
                j += 1
                continue
            }
            if CharacterClass.isApostrophe(c), j + 1 < n, CharacterClass.isLetter(s[j + 1]) {
                j += 1
                continue
            }
            if c == ".", j - i >= 1 {
                // "U.S." — single letters separated by periods.
                let segmentLength = j - segmentStart(s, i, j)
                if segmentLength == 1 && CharacterClass.isUppercase(s[j - 1]) {
                    if j + 1 < n, CharacterClass.isUppercase(s[j + 1]),
                        j + 2 >= n || !CharacterClass.isLetter(s[j + 2]) || s[j + 2] == "."
                    {
                        dotted = true
                        j += 1
                        continue
                    }
                    if dotted {
                        j += 1
                        return j
                    }
                }
            }
            break
        }
        return j
    }

    private static func segmentStart(_ s: [Unicode.Scalar], _ i: Int, _ j: Int) -> Int {
        var k = j
        while k > i && s[k - 1] != "." { k -= 1 }
        return k
    }

    /// Start of a trailing possessive `'s`, if the word ends with one.
    private static func possessiveSplit(_ s: [Unicode.Scalar], start: Int, end: Int) -> Int? {
        guard end - start >= 3 else { return nil }
        let last = s[end - 1]
        guard last == "s" || last == "S", CharacterClass.isApostrophe(s[end - 2]) else { return nil }
        return end - 2
    }

    private static func makeWord(
        _ s: [Unicode.Scalar], _ start: Int, _ end: Int, attached: Bool, lineBreak: Bool, scratch: inout [UInt8]
    ) -> Token {
        var ascii = true
        var letters = 0
        var upper = 0
        scratch.removeAll(keepingCapacity: true)
        for k in start..<end {
            let v = s[k].value
            if v >= 128 {
                ascii = false
                if CharacterClass.isLetter(s[k]) {
                    letters += 1
                    if CharacterClass.isUppercase(s[k]) { upper += 1 }
                }
                continue
            }
            if v >= 65 && v <= 90 {
                letters += 1
                upper += 1
                scratch.append(UInt8(v + 32))
            } else {
                if v >= 97 && v <= 122 { letters += 1 }
                scratch.append(UInt8(v))
            }
        }
        let folded: String
        var hash = FNV.offset
        if ascii {
            folded = String(decoding: scratch, as: UTF8.self)
            for b in scratch { hash = (hash ^ UInt64(b)) &* FNV.prime }
        } else {
            var raw = String.UnicodeScalarView()
            raw.append(contentsOf: s[start..<end])
            folded = NameKey.fold(String(raw))
            hash = FNV.hash(folded)
        }
        var token = Token(
            start: start, end: end, utf8Start: 0, utf8End: 0, kind: .word, key: folded,
            isCapitalised: CharacterClass.isUppercase(s[start]),
            isAllCaps: letters >= 2 && upper == letters, isAttached: attached, followsLineBreak: lineBreak)
        token.keyHash = hash
        return token
    }
}

/// Scalar classes used by the tokenizer and the splitter; ASCII is answered without property lookups.
enum CharacterClass {
    static func isSpace(_ c: Unicode.Scalar) -> Bool {
        if c.value < 128 { return c == " " || c == "\n" || c == "\t" || c == "\r" || c.value == 11 || c.value == 12 }
        return c.properties.isWhitespace
    }

    static func isLetter(_ c: Unicode.Scalar) -> Bool {
        if c.value < 128 { return (c.value >= 65 && c.value <= 90) || (c.value >= 97 && c.value <= 122) }
        return c.properties.isAlphabetic
    }

    static func isUppercase(_ c: Unicode.Scalar) -> Bool {
        if c.value < 128 { return c.value >= 65 && c.value <= 90 }
        return c.properties.isUppercase
    }

    static func isWordScalar(_ c: Unicode.Scalar) -> Bool {
        if c.value < 128 {
            return (c.value >= 65 && c.value <= 90) || (c.value >= 97 && c.value <= 122)
                || (c.value >= 48 && c.value <= 57)
        }
        let p = c.properties
        return p.isAlphabetic || p.numericType != nil || p.generalCategory == .nonspacingMark
            || p.generalCategory == .spacingMark
    }

    static func isApostrophe(_ c: Unicode.Scalar) -> Bool { c == "'" || c == "\u{2019}" }
}
