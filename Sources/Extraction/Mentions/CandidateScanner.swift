import ActorGraphCore

/// First pass over a document: acronym definitions, then per-sentence candidates from titles,
/// gazetteer phrases, organisation and agreement head nouns, and name-shaped capitalised runs.
struct CandidateScanner {
    let tokens: [Token]
    let scalars: [Unicode.Scalar]
    /// The document's UTF-8 bytes (for slicing surfaces; empty when only lexicon lookups are needed).
    var utf8: [UInt8] = []
    let sentences: [Sentence]
    var matcher: PhraseMatcher
    var knowledge: Knowledge { matcher.knowledge }

    /// Acronym definitions found: acronym surface, expansion token range.
    var acronyms: [(acronym: String, first: Int, end: Int, type: EntityType, subtype: GroupSubtype?)] = []

    static let nameConnectors: Set<String> = [
        "of", "the", "for", "on", "in", "and", "de", "du", "des", "la", "le", "al", "el", "wal", "bin", "ibn", "van",
        "von", "da", "dos", "das", "y", "ould", "ag", "d'",
    ]
    /// Months and weekdays end a name: "the Rapid Support Forces on Tuesday".
    static let calendarWords: Set<String> = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    ]
    static let complementWords: Set<String> = ["of", "on", "for"]
    static let strongAgreementNouns: Set<String> = [
        "treaty", "charter", "protocol", "accord", "convention", "memorandum", "pact",
    ]
    static let personConnectors: Set<String> = [
        "de", "du", "la", "le", "al", "el", "bin", "ibn", "van", "von", "da", "dos", "das", "ould", "ag", "abu",
    ]

    func surface(_ first: Int, _ end: Int) -> String {
        String(decoding: utf8[tokens[first].utf8Start..<tokens[end - 1].utf8End], as: UTF8.self)
    }

    // MARK: - Acronyms

    /// Finds "Expansion (ACRONYM)" definitions and registers both forms as local phrases.
    mutating func scanAcronyms() {
        var i = 1
        while i + 2 < tokens.count {
            defer { i += 1 }
            guard tokens[i].key == "(", tokens[i + 2].key == ")", tokens[i + 1].kind == .word,
                tokens[i + 1].isAllCaps
            else { continue }
            let acronymToken = tokens[i + 1]
            let acronym = surface(i + 1, i + 2)
            guard let (first, end) = expansion(before: i, acronym: acronym), end - first >= 2 else { continue }
            let expansionKey = tokens[first..<end].filter { $0.kind != .punctuation }.map(\.key).joined(separator: " ")
            let acronymKey = acronymToken.key
            // Known to the gazetteer under either form: reuse that entity.
            if let entry = matcher.local[expansionKey] ?? knowledge.phrases[expansionKey]?.first,
                entry.kind != .blocked
            {
                matcher.addLocal(acronymKey, entry)
                acronyms.append((acronym, first, end, entry.type, entry.subtype))
                continue
            }
            if let entry = matcher.local[acronymKey] ?? knowledge.phrases[acronymKey]?.first, entry.kind == .name {
                matcher.addLocal(expansionKey, entry)
                acronyms.append((acronym, first, end, entry.type, entry.subtype))
                continue
            }
            let (type, subtype) = classifyNamed(first, end) ?? (.group, nil)
            let canonical = trimmedSurface(first, end)
            let entry = PhraseEntry(canonical: canonical, type: type, subtype: subtype, kind: .name)
            matcher.addLocal(expansionKey, entry)
            matcher.addLocal(acronymKey, entry)
            acronyms.append((acronym, first, end, type, subtype))
        }
    }

    /// The expansion before an opening parenthesis at `paren`: first by matching the acronym's letters
    /// against word initials, else the whole capitalised run.
    func expansion(before paren: Int, acronym: String) -> (Int, Int)? {
        var start = paren
        var k = paren - 1
        var sawWord = false
        while k >= 0 {
            let t = tokens[k]
            if t.followsLineBreak && k < paren - 1 && !sawWord { break }
            if t.kind == .word && (t.isCapitalised || t.isAllCaps) {
                start = k
                sawWord = true
            } else if t.kind == .word && Self.nameConnectors.contains(t.key) && sawWord {
                // "Molly Phee and U.S. Africa Command (AFRICOM)": a known name right of "and" starts the expansion.
                if t.key == "and", matcher.match(tokens, scalars, at: k + 1, limit: paren) != nil { break }
            } else if t.kind == .punctuation && (t.key == "-" || t.key == "&" || t.key == "'") && sawWord {
            } else {
                break
            }
            if t.followsLineBreak { break }
            k -= 1
        }
        guard sawWord else { return nil }
        // Include "al-" joined to the first word.
        if start >= 2 && tokens[start - 1].key == "-" && tokens[start - 1].isAttached && tokens[start].isAttached
            && tokens[start - 2].kind == .word && Self.nameConnectors.contains(tokens[start - 2].key)
        {
            start -= 2
        }
        // Leading function words ("The") are not part of the name.
        while start < paren && tokens[start].kind == .word && knowledge.functionWords.contains(tokens[start].key)
            && !(tokens[start].key == "al" && start + 1 < paren && tokens[start + 1].key == "-")
        {
            start += 1
        }
        guard start < paren else { return nil }
        // Prefer the shortest suffix whose initials spell the acronym ("Mali and the Economic Community …").
        let letters = Array(acronym.unicodeScalars.filter { CharacterClass.isLetter($0) }.map { Character($0) })
        var pos = paren
        for candidateStart in start..<paren
        where tokens[candidateStart].kind == .word && tokens[candidateStart].isCapitalised {
            let initials = tokens[candidateStart..<paren].filter {
                $0.kind == .word && $0.isCapitalised && !Self.nameConnectors.contains($0.key)
            }.compactMap { t -> Character? in
                scalars[t.start].properties.isUppercase ? Character(scalars[t.start]) : nil
            }
            if initials == letters {
                pos = candidateStart
                break
            }
        }
        if pos < paren { start = pos }
        return (start, paren)
    }

    // MARK: - Candidates

    /// Whether a sentence looks like a headline: most longer words capitalised.
    func isHeadline(_ s: Sentence) -> Bool {
        var words = 0
        var capitalised = 0
        for t in tokens[s.firstToken..<s.endToken] where t.kind == .word && t.end - t.start >= 4 {
            words += 1
            if t.isCapitalised { capitalised += 1 }
        }
        let last = tokens[s.endToken - 1].key
        let terminated =
            last == "." || last == "!" || last == "\"" && s.endToken >= 2 && tokens[s.endToken - 2].key == "."
        return words >= 3 && capitalised * 10 >= words * 6 && !terminated
    }

    /// Candidates of one sentence, left to right.
    func candidates(in sentenceIndex: Int) -> [Candidate] {
        let s = sentences[sentenceIndex]
        var out: [Candidate] = []
        let headline = isHeadline(s)
        let isLine = s.firstToken == 0 || tokens[s.firstToken].followsLineBreak
        var i = s.firstToken
        let end = s.endToken
        while i < end {
            let t = tokens[i]
            guard t.kind == .word else {
                i += 1
                continue
            }
            if let person = titledPerson(at: i, limit: end, sentence: sentenceIndex) {
                out.append(person)
                i = person.end
                continue
            }
            let startsName =
                t.isCapitalised || isOrdinal(t) && i + 1 < end && tokens[i + 1].isCapitalised
                || (i + 2 < end && tokens[i + 1].key == "-" && tokens[i + 2].isCapitalised
                    && Self.nameConnectors.contains(t.key))
            if startsName {
                let chunkEnd = self.chunkEnd(from: i, limit: end)
                process(
                    chunk: i, chunkEnd, sentence: sentenceIndex, headline: headline,
                    wholeLine: isLine && i == s.firstToken && chunkEnd == end, into: &out)
                i = max(chunkEnd, i + 1)
                continue
            }
            i += 1
        }
        return out
    }

    private func isOrdinal(_ t: Token) -> Bool {
        guard let f = t.key.unicodeScalars.first, f.value >= 48 && f.value <= 57 else { return false }
        return t.key.hasSuffix("st") || t.key.hasSuffix("nd") || t.key.hasSuffix("rd") || t.key.hasSuffix("th")
    }

    /// End of a run of capitalised words joined by name connectors and attached hyphens.
    func chunkEnd(from i: Int, limit: Int) -> Int {
        var j = i
        var lastWordEnd = i
        while j < limit {
            let t = tokens[j]
            if j > i && t.followsLineBreak { break }
            if t.kind == .word && (t.isCapitalised || t.isAllCaps) {
                j += 1
                lastWordEnd = j
                continue
            }
            if j == i, t.kind == .word {  // "al-Qaeda": lowercase start joined by a hyphen
                j += 1
                continue
            }
            if t.kind == .punctuation && (t.key == "-" || t.key == "'") && t.isAttached && j + 1 < limit
                && tokens[j + 1].isAttached && tokens[j + 1].kind == .word
            {
                j += 1
                continue
            }
            if t.kind == .punctuation && t.key == "&" && j + 1 < limit && tokens[j + 1].isCapitalised {
                j += 1
                continue
            }
            if t.kind == .word && Self.nameConnectors.contains(t.key) {
                // A connector must lead (possibly via "the") to another capitalised word.
                var k = j + 1
                while k < limit && k <= j + 2 && tokens[k].kind == .word && Self.nameConnectors.contains(tokens[k].key)
                {
                    k += 1
                }
                if k < limit && tokens[k].kind == .word && (tokens[k].isCapitalised)
                    && !tokens[k].followsLineBreak && !Self.calendarWords.contains(tokens[k].key)
                {
                    j = k
                    continue
                }
                // Joined by a hyphen: "al-Islam"
                if k + 1 < limit && tokens[k].key == "-" && tokens[k + 1].isCapitalised {
                    j = k
                    continue
                }
            }
            if t.kind == .word && !t.isCapitalised && j + 1 < limit && tokens[j + 1].key == "-"
                && tokens[j + 1].isAttached && t.isAttached == false && j + 2 < limit && tokens[j + 2].isCapitalised
                && Self.nameConnectors.contains(t.key)
            {
                j += 1
                continue
            }
            break
        }
        return max(lastWordEnd, i + 1)
    }

    /// Title + name at `i` ("Foreign Minister Sergei Lavrov", "Mali's Foreign Minister, Abdoulaye Diop").
    func titledPerson(at i: Int, limit: Int, sentence: Int) -> Candidate? {
        var j = i
        var role: TitleRole?
        var capitalisedTitle = false
        // One capitalised portfolio word before the title: "Information Minister", "Senior General".
        if title(at: i, limit: limit) == nil, tokens[i].isCapitalised, !tokens[i].isAllCaps, i + 1 < limit,
            tokens[i + 1].isCapitalised, title(at: i + 1, limit: limit) != nil,
            matcher.match(tokens, scalars, at: i, limit: limit) == nil,
            knowledge.organisationNouns[tokens[i].key] == nil
        {
            j = i + 1
            capitalisedTitle = true
        }
        // Chains of titles: "Commander General Michael Langley".
        while j < limit, let (r, e) = title(at: j, limit: limit) {
            if role == nil || rank(r) > rank(role ?? .honorific) { role = r }
            if tokens[j].isCapitalised { capitalisedTitle = true }
            j = e
            // Portfolio: "Secretary of State for African Affairs", "Ambassador to Mali".
            if j < limit, ["for", "of", "to"].contains(tokens[j].key) {
                var k = j + 1
                while k < limit && k <= j + 5
                    && (tokens[k].isCapitalised || (tokens[k].key == "the" && k == j + 1)
                        || (tokens[k].key == "and" && k + 1 < limit && tokens[k + 1].isCapitalised))
                {
                    if title(at: k, limit: limit) != nil && k > j + 1 { break }
                    if k > j + 1 && nameLength(at: k, limit: limit) >= 2 { break }
                    k += 1
                }
                if k > j + 1 && k < limit
                    && (tokens[k].key == "," || title(at: k, limit: limit) != nil
                        || nameLength(at: k, limit: limit) >= 2)
                {
                    j = k
                }
            }
        }
        guard var role, j > i else { return nil }
        var nameStart = j
        let afterPossessive =
            i >= 1
            && (tokens[i - 1].kind == .possessive
                || (i >= 2 && tokens[i - 2].kind == .possessive && !tokens[i - 1].isCapitalised))
        let afterName = i >= 1 && (tokens[i - 1].isCapitalised || tokens[i - 1].isAllCaps)
        if nameStart < limit && tokens[nameStart].key == "," && (capitalisedTitle || afterPossessive || afterName) {
            nameStart += 1
            // "military leader, Senior General Min Aung Hlaing": a second title after the comma.
            while nameStart < limit, let (r, e) = title(at: nameStart, limit: limit),
                tokens[nameStart].isCapitalised
                    || (nameStart + 1 < limit && title(at: nameStart + 1, limit: limit) != nil)
            {
                if rank(r) > rank(role) && role != .leader { role = r }
                nameStart = e
            }
            if nameStart < limit, tokens[nameStart].isCapitalised, title(at: nameStart, limit: limit) == nil,
                nameStart + 1 < limit, let (_, e) = title(at: nameStart + 1, limit: limit)
            {
                nameStart = e  // "Senior General": portfolio word + rank
            }
        }
        let length = nameLength(at: nameStart, limit: limit)
        guard length >= 1 else { return nil }
        if length == 1 && !capitalisedTitle { return nil }
        if role == .rank && length == 1 && !capitalisedTitle { return nil }
        return Candidate(
            first: nameStart, end: nameStart + length, phraseStart: i, kind: .person(role: role), titleStart: i,
            titleEnd: j, sentence: sentence)
    }

    private func rank(_ role: TitleRole) -> Int {
        switch role {
        case .leader: 3
        case .official: 2
        case .rank: 1
        case .honorific: 0
        }
    }

    /// The longest title phrase at `i`.
    func title(at i: Int, limit: Int) -> (TitleRole, Int)? {
        guard i < limit, tokens[i].kind == .word, tokens[i].flags.contains(.titleStart) else { return nil }
        var key = ""
        var j = i
        var words = 0
        var best: (TitleRole, Int)?
        while j < limit && words < knowledge.maxTitleTokens {
            let t = tokens[j]
            if t.kind == .punctuation {
                if t.key == "-" && t.isAttached && words > 0 {
                    key.append("-")
                    j += 1
                    continue
                }
                break
            }
            if words > 0 && !key.hasSuffix("-") { key.append(" ") }
            key.append(t.key)
            words += 1
            j += 1
            if let role = knowledge.titles[key] { best = (role, j) }
        }
        // "Gen." style abbreviations.
        if let found = best, found.1 < limit, tokens[found.1].key == ".", tokens[found.1].isAttached,
            SentenceSplitter.abbreviations.contains(tokens[found.1 - 1].key)
        {
            return (found.0, found.1 + 1)
        }
        return best
    }

    /// Number of tokens (0…4) of a person name at `i`: capitalised name words and name particles.
    func nameLength(at i: Int, limit: Int) -> Int {
        var j = i
        var words = 0
        while j < limit && words < 4 {
            let t = tokens[j]
            if t.kind == .word && t.isCapitalised && !t.isAllCaps && isNameWord(t) {
                if matcher.match(tokens, scalars, at: j, limit: limit) != nil && words == 0 { return 0 }
                if words > 0, matcher.match(tokens, scalars, at: j, limit: limit) != nil { break }
                if words > 0, let (r, _) = title(at: j, limit: limit), r != .honorific { break }
                words += 1
                j += 1
                continue
            }
            if t.kind == .word && words > 0 && Self.personConnectors.contains(t.key) && j + 1 < limit
                && tokens[j + 1].isCapitalised
            {
                j += 1
                continue
            }
            if t.kind == .word && words > 0 && Self.personConnectors.contains(t.key) && j + 2 < limit
                && tokens[j + 1].key == "-" && tokens[j + 2].isCapitalised
            {
                j += 2
                continue
            }
            if t.kind == .punctuation && t.key == "-" && t.isAttached && words > 0 && j + 1 < limit
                && tokens[j + 1].isAttached && tokens[j + 1].isCapitalised
            {
                j += 1
                continue
            }
            break
        }
        return words == 0 ? 0 : j - i
    }

    func isNameWord(_ t: Token) -> Bool {
        t.flags.isDisjoint(with: [.function, .common, .organisationNoun, .agreementNoun]) && t.end - t.start >= 2
    }

    /// Type of a span named by a head noun: agreement, or group with a subtype.
    func classifyNamed(_ first: Int, _ end: Int) -> (EntityType, GroupSubtype?)? {
        namedSpan(first, end).map { ($0.type, $0.subtype) }
    }

    /// The head-noun name inside `[first, end)`: its type, subtype and end (the head plus an
    /// "of/on/for …" complement: "Ministry of Defense", "Protocol on Free Movement", not "Charter in September").
    func namedSpan(_ first: Int, _ end: Int) -> (type: EntityType, subtype: GroupSubtype?, end: Int)? {
        var result: (type: EntityType, subtype: GroupSubtype?, end: Int)?
        var k = first
        while k < end {
            let t = tokens[k]
            guard t.kind == .word else {
                k += 1
                continue
            }
            if k == first, let subtype = knowledge.leadingOrganisationNouns[t.key], end - first >= 2,
                t.isCapitalised
            {
                result = (.group, subtype, end)
                k += 1
                continue
            }
            let leadsComplement = k == first && k + 2 < end && Self.complementWords.contains(tokens[k + 1].key)
            if (k > first || leadsComplement) && t.isCapitalised {
                if knowledge.agreementNouns.contains(t.key) {
                    result = (.agreement, nil, k + 1)
                } else if let subtype = knowledge.organisationNouns[t.key] {
                    result = (.group, subtype, k + 1)
                }
            }
            if result != nil, Self.complementWords.contains(t.key) {
                // The complement runs to the next "in"/"and"/"," — later heads inside it do not retype the name.
                var j = k + 1
                while j < end && tokens[j].key != "in" && tokens[j].key != "and" && tokens[j].key != "," { j += 1 }
                while j > k + 1 && Self.nameConnectors.contains(tokens[j - 1].key) { j -= 1 }
                if j > k + 1, var r = result {
                    r.end = j
                    result = r
                }
                return result
            }
            if result != nil && (t.key == "in" || t.key == "and") { return result }
            k += 1
        }
        return result
    }

    /// Canonical surface of a span: without a leading "the".
    func trimmedSurface(_ first: Int, _ end: Int) -> String {
        var f = first
        while f < end - 1 && tokens[f].kind == .word && tokens[f].key == "the" { f += 1 }
        return surface(f, end)
    }

    private func process(
        chunk c0: Int, _ c1: Int, sentence: Int, headline: Bool, wholeLine: Bool, into out: inout [Candidate]
    ) {
        var pos = c0
        while pos < c1 && tokens[pos].kind == .word && knowledge.functionWords.contains(tokens[pos].key)
            && !(pos + 1 < c1 && tokens[pos + 1].key == "-" && tokens[pos + 1].isAttached)
            && matcher.match(tokens, scalars, at: pos, limit: c1) == nil
            && !(tokens[pos].key == "al" && pos + 1 < c1 && tokens[pos + 1].key == "-")
        {
            pos += 1
        }
        while pos < c1 {
            if tokens[pos].kind != .word
                || (knowledge.functionWords.contains(tokens[pos].key) && !tokens[pos].isCapitalised
                    && !(pos + 1 < c1 && tokens[pos + 1].key == "-"))
            {
                pos += 1
                continue
            }
            if let person = titledPerson(
                at: pos, limit: c1 + 6 <= sentences[sentence].endToken ? c1 + 6 : sentences[sentence].endToken,
                sentence: sentence)
            {
                out.append(person)
                pos = max(person.end, pos + 1)
                continue
            }
            // A known phrase may span connectors ("African Union Support and Stabilization Mission in Somalia").
            if let whole = matcher.match(tokens, scalars, at: pos, limit: c1), whole.0.kind != .blocked,
                case .some = matcher.local[keyOf(pos, whole.1)]
            {
                out.append(candidate(pos, whole.1, .phrase(whole.0), sentence))
                pos = whole.1
                continue
            }
            // "Fighters of the Sahel Brigade" at the start of a sentence: the first word is an ordinary noun.
            if pos == sentences[sentence].firstToken, pos + 2 < c1, ["of", "for"].contains(tokens[pos + 1].key),
                tokens[pos].flags.isDisjoint(with: [.organisationNoun, .agreementNoun, .phraseStart]),
                knowledge.leadingOrganisationNouns[tokens[pos].key] == nil, !tokens[pos].isAllCaps
            {
                pos += 2
                while pos < c1 && tokens[pos].key == "the" { pos += 1 }
                continue
            }
            var subEnd = pos + 1
            while subEnd < c1 && tokens[subEnd].key != "and" && tokens[subEnd].key != "," { subEnd += 1 }
            // "Myanma Oil and Gas Enterprise": a head after "and" names the whole run.
            if subEnd < c1, tokens[subEnd].key == "and", namedSpan(pos, subEnd) == nil,
                matcher.match(tokens, scalars, at: pos, limit: subEnd)?.1 != subEnd
            {
                var next = subEnd + 1
                while next < c1 && tokens[next].key != "and" && tokens[next].key != "," { next += 1 }
                if let span = namedSpan(subEnd + 1, next), span.end == next,
                    matcher.match(tokens, scalars, at: subEnd + 1, limit: next) == nil
                {
                    subEnd = next
                }
            }
            // Cut before a title that introduces a person inside the run.
            var k = pos + 1
            while k < subEnd {
                if title(at: k, limit: c1) != nil, tokens[k].isCapitalised,
                    let p = titledPerson(at: k, limit: c1, sentence: sentence), p.end > k
                {
                    subEnd = k
                    break
                }
                k += 1
            }
            let phrase = matcher.match(tokens, scalars, at: pos, limit: subEnd)
            if let phrase, phrase.1 == subEnd {
                if phrase.0.kind != .blocked {
                    out.append(withAgreementSuffix(pos, phrase.1, .phrase(phrase.0), sentence))
                }
                pos = phrase.1
                continue
            }
            if let span = namedSpan(pos, subEnd), !headline || span.type == .agreement {
                var nameEnd = span.end
                while nameEnd > pos + 1 && Self.nameConnectors.contains(tokens[nameEnd - 1].key) { nameEnd -= 1 }
                out.append(candidate(pos, nameEnd, .named(type: span.type, subtype: span.subtype), sentence))
                pos = nameEnd
                continue
            }
            if let phrase {
                if phrase.0.kind != .blocked {
                    out.append(withAgreementSuffix(pos, phrase.1, .phrase(phrase.0), sentence))
                }
                pos = phrase.1
                continue
            }
            // An unknown capitalised run.
            var r = pos
            while r < subEnd {
                let t = tokens[r]
                if t.kind == .word && (t.isCapitalised || t.isAllCaps) {
                    if r > pos && matcher.match(tokens, scalars, at: r, limit: subEnd) != nil { break }
                    r += 1
                } else if t.kind == .punctuation && t.key == "-" && t.isAttached && r > pos {
                    r += 1
                } else {
                    break
                }
            }
            if r == pos {
                pos += 1
                continue
            }
            let words = tokens[pos..<r].filter { $0.kind == .word }
            if let suffixEnd = lowercaseOrganisationSuffix(after: r, limit: sentences[sentence].endToken),
                words.allSatisfy({ isNameWord($0) })
            {
                // "Takuba task force": an unknown name followed by a lowercase organisation noun.
                out.append(candidate(pos, suffixEnd, .named(type: .group, subtype: .mission), sentence))
                pos = suffixEnd
                continue
            }
            if words.count == 1 {
                let t = words[0]
                if !knowledge.functionWords.contains(t.key)
                    && (t.isAllCaps || !knowledge.commonCapitalised.contains(t.key))
                {
                    out.append(withAgreementSuffix(pos, r, .single, sentence))
                }
            } else if words.count <= 4, !headline, words.allSatisfy({ isNameWord($0) && !$0.isAllCaps }),
                pos == 0 || tokens[pos - 1].key != "the", pos == c0 || !tokens[pos - 1].isCapitalised,
                r == c1 || !tokens[r].isCapitalised, r >= sentences[sentence].endToken || tokens[r].key != ":",
                !wholeLine || (words.count == 2 && words.allSatisfy { !looksLikeCommonWord($0) }),
                wholeLine || words.count >= 2
            {
                out.append(candidate(pos, r, .person(role: nil), sentence))
            }
            pos = r
        }
    }

    private func keyOf(_ first: Int, _ end: Int) -> String {
        var key = ""
        for t in tokens[first..<end] where t.kind != .punctuation {
            if !key.isEmpty { key.append(" ") }
            key.append(t.key)
        }
        return key
    }

    /// English derivational endings that names of people rarely have (for one-line headings vs bylines).
    private func looksLikeCommonWord(_ t: Token) -> Bool {
        for suffix in [
            "ic", "al", "ing", "tion", "sion", "ness", "ity", "ive", "ous", "ment", "ship", "ism", "ist", "s",
        ]
        where t.key.hasSuffix(suffix) && t.key.count > suffix.count + 2 {
            return true
        }
        return false
    }

    /// End of "task force", "group", "mission" … written in lowercase right after an unknown name.
    private func lowercaseOrganisationSuffix(after r: Int, limit: Int) -> Int? {
        guard r < limit, tokens[r].kind == .word, !tokens[r].isCapitalised else { return nil }
        if r + 1 < limit, tokens[r].key == "task", tokens[r + 1].key == "force" { return r + 2 }
        return nil
    }

    /// A mention followed by a lowercase agreement noun names the agreement: "AES confederation treaty".
    private func withAgreementSuffix(_ first: Int, _ end: Int, _ kind: Candidate.Kind, _ sentence: Int) -> Candidate {
        let strong = Self.strongAgreementNouns
        let limit = sentences[sentence].endToken
        guard end < limit, tokens[end].kind == .word, !tokens[end].isCapitalised else {
            return candidate(first, end, kind, sentence)
        }
        for gap in 0...1 {
            let n = end + gap
            guard n < limit else { break }
            if gap == 1
                && (tokens[end].kind != .word || tokens[end].isCapitalised
                    || knowledge.functionWords.contains(tokens[end].key))
            {
                break
            }
            if tokens[n].kind == .word && !tokens[n].isCapitalised && strong.contains(tokens[n].key) {
                if case .phrase(let e) = kind, e.type != .group { break }
                return candidate(first, n + 1, .named(type: .agreement, subtype: nil), sentence)
            }
        }
        return candidate(first, end, kind, sentence)
    }

    private func candidate(_ first: Int, _ end: Int, _ kind: Candidate.Kind, _ sentence: Int) -> Candidate {
        Candidate(
            first: first, end: end, phraseStart: first, kind: kind, titleStart: first, titleEnd: first,
            sentence: sentence)
    }
}
