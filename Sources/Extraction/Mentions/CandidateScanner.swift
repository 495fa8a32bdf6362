public import ActorGraphCore

/// First pass over a document: acronym definitions, then per-sentence candidates from titles,
/// gazetteer phrases, organisation and agreement head nouns, and name-shaped capitalised runs.
struct CandidateScanner {
    let tokens: [Token]
    let scalars: [Unicode.Scalar]
    let sentences: [Sentence]
    var matcher: PhraseMatcher
    var knowledge: Knowledge { matcher.knowledge }

    /// Acronym definitions found: acronym surface, expansion token range.
    var acronyms: [(acronym: String, first: Int, end: Int, type: EntityType, subtype: GroupSubtype?)] = []

    static let nameConnectors: Set<String> = [
        "of", "the", "for", "on", "in", "and", "de", "du", "des", "la", "le", "al", "el", "wal", "bin", "ibn", "van",
        "von", "da", "dos", "das", "y", "ould", "ag", "d'",
    ]
    static let personConnectors: Set<String> = [
        "de", "du", "la", "le", "al", "el", "bin", "ibn", "van", "von", "da", "dos", "das", "ould", "ag", "abu",
    ]

    func surface(_ first: Int, _ end: Int) -> String {
        var s = String.UnicodeScalarView()
        s.append(contentsOf: scalars[tokens[first].start..<tokens[end - 1].end])
        return String(s)
    }

    // MARK: - Acronyms

    /// Finds "Expansion (ACRONYM)" definitions and registers both forms as local phrases.
    mutating func scanAcronyms() {
        var i = 1
        while i + 2 < tokens.count {
            defer { i += 1 }
            guard tokens[i].key == "(", tokens[i + 2].key == ")", tokens[i + 1].kind == .word,
                tokens[i + 1].isAllCaps || isMixedAcronym(tokens[i + 1])
            else { continue }
            let acronymToken = tokens[i + 1]
            let acronym = surface(i + 1, i + 2)
            guard let (first, end) = expansion(before: i, acronym: acronym), end - first >= 2 else { continue }
            _ = acronymToken
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

    private func isMixedAcronym(_ t: Token) -> Bool {
        // "AFRICOM" is all caps; "MINUSMA" too; allow "ECOWAS"-like only. Mixed forms like "DoD" are rare.
        false
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
                // keep going; trimmed below if it ends up leading
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
        for candidateStart in start..<paren where tokens[candidateStart].kind == .word {
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
        return words >= 3 && capitalised * 10 >= words * 6
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
                t.isCapitalised
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
            if j == i, t.kind == .word { // "al-Qaeda": lowercase start joined by a hyphen
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
                while k < limit && k <= j + 2 && tokens[k].kind == .word && Self.nameConnectors.contains(tokens[k].key) {
                    k += 1
                }
                if k < limit && tokens[k].kind == .word && (tokens[k].isCapitalised)
                    && !tokens[k].followsLineBreak
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
                    k += 1
                }
                if k > j + 1 && k < limit && (tokens[k].key == "," || title(at: k, limit: limit) != nil
                    || nameLength(at: k, limit: limit) >= 2)
                {
                    j = k
                }
            }
        }
        guard let role, j > i else { return nil }
        var nameStart = j
        if nameStart < limit && tokens[nameStart].key == "," && capitalisedTitle { nameStart += 1 }
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
        guard i < limit, tokens[i].kind == .word else { return nil }
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
                if title(at: j, limit: limit) != nil && words > 0 { break }
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
        !knowledge.functionWords.contains(t.key) && !knowledge.commonCapitalised.contains(t.key)
            && knowledge.organisationNouns[t.key] == nil && !knowledge.agreementNouns.contains(t.key)
            && t.end - t.start >= 2
    }

    /// Type of a span named by a head noun: agreement, or group with a subtype.
    func classifyNamed(_ first: Int, _ end: Int) -> (EntityType, GroupSubtype?)? {
        var result: (EntityType, GroupSubtype?)?
        for k in first..<end where tokens[k].kind == .word && (tokens[k].isCapitalised || k > first) {
            let key = tokens[k].key
            if k == first, let subtype = knowledge.leadingOrganisationNouns[key], end - first >= 2 {
                result = (.group, subtype)
                continue
            }
            guard k > first else { continue }
            if knowledge.agreementNouns.contains(key) && tokens[k].isCapitalised {
                result = (.agreement, nil)
            } else if let subtype = knowledge.organisationNouns[key], tokens[k].isCapitalised {
                result = (.group, subtype)
            }
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
            && matcher.match(tokens, scalars, at: pos, limit: c1) == nil
            && !(tokens[pos].key == "al" && pos + 1 < c1 && tokens[pos + 1].key == "-")
        {
            pos += 1
        }
        while pos < c1 {
            if tokens[pos].kind != .word {
                pos += 1
                continue
            }
            if let person = titledPerson(at: pos, limit: c1 + 6 <= sentences[sentence].endToken ? c1 + 6 : sentences[sentence].endToken, sentence: sentence) {
                out.append(person)
                pos = max(person.end, pos + 1)
                continue
            }
            var subEnd = pos + 1
            while subEnd < c1 && tokens[subEnd].key != "and" && tokens[subEnd].key != "," { subEnd += 1 }
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
                    out.append(candidate(pos, phrase.1, .phrase(phrase.0), sentence))
                }
                pos = phrase.1
                continue
            }
            if let (type, subtype) = classifyNamed(pos, subEnd), !headline || type == .agreement {
                var nameEnd = subEnd
                while nameEnd > pos + 1 && Self.nameConnectors.contains(tokens[nameEnd - 1].key) { nameEnd -= 1 }
                out.append(candidate(pos, nameEnd, .named(type: type, subtype: subtype), sentence))
                pos = subEnd
                continue
            }
            if let phrase {
                if phrase.0.kind != .blocked {
                    out.append(candidate(pos, phrase.1, .phrase(phrase.0), sentence))
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
            if words.count == 1 {
                let t = words[0]
                if !knowledge.functionWords.contains(t.key) && (t.isAllCaps || !knowledge.commonCapitalised.contains(t.key)) {
                    out.append(candidate(pos, r, .single, sentence))
                }
            } else if words.count <= 4, !headline, words.allSatisfy({ isNameWord($0) && !$0.isAllCaps }),
                pos == 0 || tokens[pos - 1].key != "the",
                wholeLine || words.count >= 2
            {
                out.append(candidate(pos, r, .person(role: nil), sentence))
            }
            pos = r
        }
    }

    private func candidate(_ first: Int, _ end: Int, _ kind: Candidate.Kind, _ sentence: Int) -> Candidate {
        Candidate(
            first: first, end: end, phraseStart: first, kind: kind, titleStart: first, titleEnd: first,
            sentence: sentence)
    }
}
