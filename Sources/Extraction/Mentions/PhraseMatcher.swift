import ActorGraphCore

/// Longest-match lookup of folded token sequences in the gazetteer and in document-local phrases.
struct PhraseMatcher {
    let knowledge: Knowledge
    /// Phrases learnt from this document (acronym expansions) and from `known` entities; checked first.
    var local: [String: PhraseEntry] = [:]
    var maxLocalTokens = 1
    var localFirstWords: Set<String> = []

    init(knowledge: Knowledge) {
        self.knowledge = knowledge
    }

    mutating func addLocal(_ key: String, _ entry: PhraseEntry) {
        if local[key] == nil { local[key] = entry }
        if let first = key.split(separator: " ").first { localFirstWords.insert(String(first)) }
        maxLocalTokens = max(maxLocalTokens, key.split(separator: " ").count)
    }

    /// The longest phrase starting at token `i` and ending before `limit`: its entry and token end.
    ///
    /// Attached hyphens between words are skipped; a phrase never starts with a lowercase word
    /// unless that word is joined by a hyphen to a capitalised one ("al-Qaeda").
    func match(_ tokens: [Token], _ scalars: [Unicode.Scalar], at i: Int, limit: Int) -> (PhraseEntry, Int)? {
        guard i < limit, tokens[i].kind == .word,
            tokens[i].flags.contains(.phraseStart) || localFirstWords.contains(tokens[i].key)
        else { return nil }
        let maxTokens = max(knowledge.maxPhraseTokens, maxLocalTokens)
        var key = ""
        var words = 0
        var j = i
        var best: (PhraseEntry, Int)?
        while j < limit && words < maxTokens {
            let t = tokens[j]
            if t.kind == .punctuation {
                // Hyphens, apostrophes and ampersands inside names are skipped; anything else ends the phrase.
                if (t.key == "-" || t.key == "&" || t.key == "'" || t.key == "\u{2014}" && t.isAttached) && words > 0
                    && j + 1 < limit
                {
                    j += 1
                    continue
                }
                break
            }
            if words > 0 { key.append(" ") }
            key.append(t.key)
            words += 1
            j += 1
            if let entry = local[key] {
                best = (entry, j)
            } else if let entries = knowledge.phrases[key], let entry = pick(entries, tokens, scalars, i, j) {
                best = (entry, j)
            }
        }
        guard let found = best else { return nil }
        let head = tokens[i]
        if !head.isCapitalised {
            // Lowercase start only for "al-Qaeda"-like names, or case-exact entries.
            let joined = i + 2 < found.1 && tokens[i + 1].key == "-" && tokens[i + 2].isCapitalised
            if !joined && found.0.kind != .blocked { return nil }
        }
        return found
    }

    private func pick(_ entries: [PhraseEntry], _ tokens: [Token], _ scalars: [Unicode.Scalar], _ i: Int, _ j: Int)
        -> PhraseEntry?
    {
        for entry in entries {
            if let exact = entry.exactSurface {
                var surface = String.UnicodeScalarView()
                surface.append(contentsOf: scalars[tokens[i].start..<tokens[j - 1].end])
                if String(surface) != exact { continue }
            }
            return entry
        }
        return nil
    }
}
