import ActorGraphCore

/// Names learnt outside the current document, for surname and short-name resolution.
struct ExternalNames: Sendable {
    /// Folded surname → full name of persons seen in earlier documents or given as `known`.
    var surnames: [String: String] = [:]

    static let empty = ExternalNames()
}

/// Second pass: turns candidates into document entities and mentions.
///
/// Full names are registered first so that a surname or short name anywhere in the document
/// ("Lavrov", "Wagner", "Barkhane") resolves to the full name, whichever comes first in the text.
struct EntityResolver {
    var entities: [DocumentEntity] = []
    private var index: [String: Int] = [:]
    /// Exact name → entity, checked before folding (folding goes through Foundation and is slow).
    private var exactIndex: [String: Int] = [:]
    /// Folded single tokens that could not be resolved; a later corpus pass may resolve them.
    var unresolved: Set<String> = []

    /// All-caps words that are not organisations.
    static let acronymStoplist: Set<String> = [
        "ceo", "gdp", "tv", "am", "pm", "id", "ok", "faq", "faqs", "ngo", "ngos", "usd", "eur", "km", "q", "a", "ii",
        "iii", "iv", "vi", "covid", "pdf", "url", "html", "ai", "ad", "bc", "st", "the", "and", "of", "in", "it",
        "x", "uk", "read", "more", "new", "breaking", "update", "live", "vs", "co", "op", "ed", "dr",
    ]

    mutating func entity(named name: String, type: EntityType, subtype: GroupSubtype?) -> Int {
        let exact = type.rawValue + "|" + name
        if let i = exactIndex[exact] { return i }
        let key = Folding.fold(name) + "|" + type.rawValue
        if let i = index[key] {
            exactIndex[exact] = i
            return i
        }
        entities.append(DocumentEntity(name: name, type: type, subtype: subtype))
        index[key] = entities.count - 1
        exactIndex[exact] = entities.count - 1
        return entities.count - 1
    }

    /// Mentions of every sentence, in token order.
    mutating func resolve(
        _ candidates: [[Candidate]], scanner: CandidateScanner, external: ExternalNames
    ) -> [[Mention]] {
        let tokens = scanner.tokens
        var resolved: [[Mention?]] = candidates.map { Array(repeating: nil, count: $0.count) }
        var personBySurname: [String: Int] = [:]
        var personByOtherName: [String: Int] = [:]
        var ambiguousOtherNames: Set<String> = []
        var groupByShortName: [String: Int] = [:]

        // Full names first.
        for (s, list) in candidates.enumerated() {
            for (c, candidate) in list.enumerated() {
                var entityIndex: Int?
                var kind = PhraseEntry.Kind.name
                switch candidate.kind {
                case .phrase(let entry):
                    entityIndex = entity(named: entry.canonical, type: entry.type, subtype: entry.subtype)
                    kind = entry.kind
                case .named(let type, let subtype):
                    let name = scanner.trimmedSurface(candidate.first, candidate.end)
                    let i = entity(named: name, type: type, subtype: subtype)
                    entityIndex = i
                    let words = tokens[candidate.first..<candidate.end].filter { $0.kind == .word }
                    if type == .group, words.count >= 2 {
                        if scanner.knowledge.leadingOrganisationNouns[words[0].key] != nil, let last = words.last {
                            if groupByShortName[last.key] == nil { groupByShortName[last.key] = i }
                        } else if words[0].isCapitalised, scanner.isNameWord(words[0]),
                            scanner.knowledge.phrases[words[0].key] == nil
                        {
                            if groupByShortName[words[0].key] == nil { groupByShortName[words[0].key] = i }
                        }
                    }
                case .person:
                    let words = tokens[candidate.first..<candidate.end].filter { $0.kind == .word }
                    guard words.count >= 2, let last = words.last else { continue }
                    let i = entity(named: scanner.surface(candidate.first, candidate.end), type: .person, subtype: nil)
                    entityIndex = i
                    if personBySurname[last.key] == nil { personBySurname[last.key] = i }
                    for w in words.dropLast() where w.isCapitalised && scanner.isNameWord(w) {
                        if let other = personByOtherName[w.key], other != i { ambiguousOtherNames.insert(w.key) }
                        personByOtherName[w.key] = i
                    }
                case .single:
                    continue
                }
                if let entityIndex {
                    resolved[s][c] = mention(candidate, entityIndex, kind)
                }
            }
        }

        // Then surnames, short names and acronyms.
        for (s, list) in candidates.enumerated() {
            for (c, candidate) in list.enumerated() where resolved[s][c] == nil {
                guard let wordIndex = (candidate.first..<candidate.end).first(where: { tokens[$0].kind == .word }),
                    !(wordIndex + 1..<candidate.end).contains(where: { tokens[$0].kind == .word })
                else { continue }
                let t = tokens[wordIndex]
                var target: Int?
                if let p = personBySurname[t.key] {
                    target = p
                } else if let p = personByOtherName[t.key], !ambiguousOtherNames.contains(t.key) {
                    // "Abiy" for Abiy Ahmed, "Lula" for Luiz Inácio Lula da Silva: names used without the surname.
                    target = p
                } else if let g = groupByShortName[t.key] {
                    target = g
                } else if let full = external.surnames[t.key] {
                    target = entity(named: full, type: .person, subtype: nil)
                } else if case .person = candidate.kind {
                    // A one-word titled person ("President Bazoum"); a later corpus pass may rename it.
                    target = entity(named: scanner.surface(candidate.first, candidate.end), type: .person, subtype: nil)
                } else if t.isAllCaps, t.end - t.start >= 3, !Self.acronymStoplist.contains(t.key) {
                    target = entity(named: scanner.surface(candidate.first, candidate.end), type: .group, subtype: nil)
                } else {
                    unresolved.insert(t.key)
                }
                if let target {
                    resolved[s][c] = mention(candidate, target, .name)
                }
            }
        }

        var result: [[Mention]] = []
        result.reserveCapacity(resolved.count)
        for (s, list) in resolved.enumerated() {
            var mentions: [Mention] = []
            for (c, m) in list.enumerated() {
                guard let m else { continue }
                let candidate = candidates[s][c]
                let surface = scanner.surface(candidate.first, candidate.end)
                entities[m.entity].surfaces[surface, default: 0] += 1
                entities[m.entity].mentions += 1
                mentions.append(m)
            }
            result.append(mentions)
        }
        return result
    }

    private func mention(_ c: Candidate, _ entity: Int, _ kind: PhraseEntry.Kind) -> Mention {
        var role: TitleRole?
        if case .person(let r) = c.kind { role = r }
        return Mention(
            first: c.first, end: c.end, phraseStart: c.phraseStart, entity: entity, kind: kind, titleRole: role,
            titleStart: c.titleStart, titleEnd: c.titleEnd)
    }
}
