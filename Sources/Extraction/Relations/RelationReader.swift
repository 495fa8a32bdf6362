import ActorGraphCore

/// A relation found in one sentence, before merging.
struct FoundRelation: Hashable, Sendable {
    var source: Int
    var type: RelationType
    var target: Int
    var confidence: Double
    var sentence: Int
}

/// A noun phrase naming one or more entities: a coordinated list ("Mali, Niger, and Burkina Faso"),
/// or a collective phrase ("the three countries") standing for the last such list.
struct MentionGroup: Sendable {
    var entities: [Int]
    var start: Int
    var end: Int
    /// Index of the mention whose surface begins the group (for modifier checks), or -1 for collectives.
    var firstMention: Int
    var isCollective: Bool
}

/// Reads typed relations from the mentions of each sentence with trigger words, argument positions,
/// passive voice, possessives, titles and coordination.
struct RelationReader {
    let tokens: [Token]
    let sentences: [Sentence]
    let mentions: [[Mention]]
    let entities: [DocumentEntity]
    let knowledge: Knowledge

    static let prepositions: Set<String> = [
        "in", "of", "for", "from", "with", "to", "by", "against", "across", "on", "at", "into", "under", "over",
        "between", "than", "including", "like", "among", "following", "after", "before", "since", "despite", "during",
        "amid", "toward", "towards", "via", "through", "within", "without", "near", "about", "as", "unlike", "beyond",
        "throughout", "upon", "alongside", "behind",
    ]
    static let clauseBoundaryWords: Set<String> = [
        "which", "who", "while", "whereas", "but", "although", "though", "said", "says", "told", "added", "noted",
        "stated", "that",
    ]
    /// Words an object search does not cross: reported speech and subordinate clauses.
    static let objectStops: Set<String> = [
        "said", "says", "according", "as", "while", "when", "because", "whereas", "although", "though", "but", "after",
        "told", "that", "which", "who", "including",
    ]
    /// Words before a noun trigger that mark it as a verb ("to support Mali", "will aid Kyiv").
    static let verbMarkers: Set<String> = [
        "to", "will", "would", "can", "could", "must", "should", "may", "might", "not", "also", "continue", "continues",
        "helped", "help", "and",
    ]
    static let weaponNouns: Set<String> = [
        "helicopter", "helicopters", "drone", "drones", "aircraft", "jets", "jet", "submarine", "submarines", "boats",
        "vehicles", "dogs", "craft", "planes", "ships",
    ]
    static let beVerbs: Set<String> = ["was", "were", "been", "being", "is", "are", "be", "get", "got", "gets"]
    static let separators: Set<String> = [",", "and", "or", "/", "&", "both", "as", "well", "plus", "nor"]
    /// Nouns a state or group name may carry inside a list ("the Ethiopian government and the TPLF").
    static let headNouns: Set<String> = [
        "government", "governments", "forces", "troops", "authorities", "military", "army", "leaders", "officials",
    ]
    static let collectiveDeterminers: Set<String> = ["the", "these", "those", "all", "both"]
    static let numberWords: Set<String> = ["two", "three", "four", "five", "six", "both", "several", "all", "many"]

    /// All relations of the document, sentence by sentence.
    func read() -> [FoundRelation] {
        var found: [FoundRelation] = []
        var lastList: [Int] = []
        for s in sentences.indices {
            let groups = makeGroups(sentence: s, lastList: lastList)
            readSentence(s, groups: groups, into: &found)
            for g in groups
            where !g.isCollective && g.entities.count >= 2
                && g.entities.allSatisfy({ entities[$0].type == .state })
            {
                lastList = g.entities
            }
        }
        return found
    }

    // MARK: - Groups

    private func isModifier(_ m: Mention, in list: [Mention]) -> Bool {
        // A state or group right before a person's title ("Russian Foreign Minister X", "Mali's Foreign Minister, X").
        for p in list where p.titleRole != nil && p.titleStart > m.first && p.titleStart >= m.end {
            var j = m.end
            if j < p.titleStart && tokens[j].kind == .possessive { j += 1 }
            if j < p.titleStart && tokens[j].key == ")" { j += 1 }
            var adjectives = 0
            while j < p.titleStart && adjectives < 2 && tokens[j].kind == .word && !tokens[j].isCapitalised
                && !knowledge.functionWords.contains(tokens[j].key)
            {
                j += 1
                adjectives += 1
            }
            if j == p.titleStart { return true }
        }
        return false
    }

    func makeGroups(sentence s: Int, lastList: [Int]) -> [MentionGroup] {
        let list = mentions[s]
        var groups: [MentionGroup] = []
        var lastKind = PhraseEntry.Kind.name
        var lastAbbreviation = false
        for (mi, m) in list.enumerated() {
            if isModifier(m, in: list) { continue }
            defer {
                lastKind = m.kind
                lastAbbreviation = tokens[m.first].isAllCaps
            }
            var start = m.phraseStart
            // Extend over the modifier of a titled person.
            if m.titleRole != nil, let mod = list.first(where: { isModifier($0, in: [m]) }) { start = mod.first }
            if var last = groups.last, !last.isCollective, start > last.end,
                (type(m.entity) == .person) == (last.entities.last.map { type($0) == .person } ?? false),
                m.kind != .demonym || lastKind == .demonym || lastAbbreviation
            {
                let between = tokens[last.end..<start]
                if !between.isEmpty
                    && between.allSatisfy({
                        Self.separators.contains($0.key) || Self.headNouns.contains($0.key) || $0.key == "the"
                    })
                    && between.contains(where: { $0.key == "and" || $0.key == "," || $0.key == "/" || $0.key == "or" })
                {
                    if !last.entities.contains(m.entity) { last.entities.append(m.entity) }
                    last.end = m.end
                    groups[groups.count - 1] = last
                    continue
                }
            }
            groups.append(
                MentionGroup(entities: [m.entity], start: start, end: m.end, firstMention: mi, isCollective: false))
        }
        // Collective phrases: "the three countries", "these nations", "the three AES members".
        guard !lastList.isEmpty else { return groups }
        let sentence = sentences[s]
        var k = sentence.firstToken
        while k < sentence.endToken {
            let key = tokens[k].key
            if Self.collectiveDeterminers.contains(key) {
                var j = k + 1
                var sawNumber = false
                if j < sentence.endToken && Self.numberWords.contains(tokens[j].key) {
                    j += 1
                    sawNumber = true
                }
                if key == "all" && sawNumber
                    && (j >= sentence.endToken || !knowledge.collectiveNouns.contains(tokens[j].key))
                {
                    // "all three have supplied …"
                    if !groups.contains(where: { $0.start <= j - 1 && $0.end > k }) {
                        groups.append(
                            MentionGroup(entities: lastList, start: k, end: j, firstMention: -1, isCollective: true))
                    }
                    k = j
                    continue
                }
                if let inner = list.first(where: { $0.first == j }) {
                    j = inner.end
                } else if sawNumber, j + 1 < sentence.endToken, tokens[j].kind == .word,
                    knowledge.collectiveNouns.contains(tokens[j + 1].key)
                {
                    j += 1  // one adjective: "the three Baltic states"
                }
                if j < sentence.endToken && knowledge.collectiveNouns.contains(tokens[j].key) && j > k + 1
                    || (j < sentence.endToken && knowledge.collectiveNouns.contains(tokens[j].key)
                        && ["these", "those"].contains(key))
                {
                    if !groups.contains(where: { $0.start <= j && $0.end > k }) {
                        groups.append(
                            MentionGroup(entities: lastList, start: k, end: j + 1, firstMention: -1, isCollective: true)
                        )
                    }
                    k = j + 1
                    continue
                }
            }
            k += 1
        }
        groups.sort { $0.start < $1.start }
        return groups
    }

    // MARK: - Sentence

    private func readSentence(_ s: Int, groups: [MentionGroup], into found: inout [FoundRelation]) {
        let sentence = sentences[s]
        let list = mentions[s]
        var inMention = Array(repeating: false, count: sentence.endToken - sentence.firstToken)
        for m in list { for t in m.first..<m.end { inMention[t - sentence.firstToken] = true } }

        let before = found.count
        roleRelations(s, list: list, groups: groups, into: &found)
        ownedGroups(s, list: list, into: &found)
        successionRelations(s, list: list, groups: groups, into: &found)
        betweenRelations(s, groups: groups, into: &found)
        presenceRelations(s, groups: groups, into: &found)

        guard !groups.isEmpty else {
            propagateSuccession(s, found: &found, from: before)
            return
        }
        var k = sentence.firstToken
        var coveredBySuccession = 0
        while k < sentence.endToken {
            let t = tokens[k]
            guard t.kind == .word, !inMention[k - sentence.firstToken] else {
                k += 1
                continue
            }
            if k + 1 < sentence.endToken, Self.weaponNouns.contains(tokens[k + 1].key), t.key.hasPrefix("attack") {
                k += 1
                continue
            }
            guard t.flags.contains(.trigger) else {
                k += 1
                continue
            }
            if k < coveredBySuccession {
                k += 1
                continue
            }
            var matches: [(Trigger, Int)] = []
            var longest = 0
            for trigger in knowledge.triggers(startingWith: t.key) {
                guard let end = match(trigger, at: k, limit: sentence.endToken) else { continue }
                if trigger.attachedOnly && !(t.isAttached && end < sentence.endToken && tokens[end].isAttached) {
                    continue
                }
                if end - k > longest {
                    matches = [(trigger, end)]
                    longest = end - k
                } else if end - k == longest {
                    matches.append((trigger, end))
                }
            }
            for (trigger, end) in matches {
                apply(trigger, at: k, end: end, sentence: s, groups: groups, into: &found)
                if trigger.type == .succeededBy { coveredBySuccession = max(coveredBySuccession, end) }
            }
            k += 1
        }
        propagateSuccession(s, found: &found, from: before)
    }

    private func match(_ trigger: Trigger, at k: Int, limit: Int) -> Int? {
        var j = k
        for word in trigger.words {
            guard j < limit, tokens[j].kind == .word else { return nil }
            if word.hasSuffix("*") {
                guard tokens[j].key.hasPrefix(String(word.dropLast())) else { return nil }
            } else if tokens[j].key != word {
                return nil
            }
            j += 1
        }
        return j
    }

    // MARK: - Arguments

    private func isStrongBoundary(_ t: Token) -> Bool {
        t.kind == .punctuation && (t.key == ";" || t.key == ":" || t.key == "\u{2014}" || t.key == "(" || t.key == ")")
    }

    /// The first group after `end`, within `gap` tokens and the same clause, that `accept` admits.
    private func object(after end: Int, groups: [MentionGroup], gap: Int = 12, accept: (Int) -> Bool) -> MentionGroup? {
        for g in groups where g.start >= end {
            if g.start - end > gap { return nil }
            if tokens[end..<g.start].contains(where: isStrongBoundary) { return nil }
            // "rebranded as …", "known as …": a stop word right after the trigger belongs to it.
            let from = end < g.start && tokens[end].key == "as" ? end + 1 : end
            if tokens[from..<g.start].contains(where: {
                $0.kind == .word && !$0.isCapitalised && Self.objectStops.contains($0.key)
            }) {
                return nil
            }
            if g.start > end + 1,
                (end..<(g.start - 1)).contains(where: {
                    tokens[$0].key == "," && ["and", "but", "while"].contains(tokens[$0 + 1].key)
                })
            {
                return nil
            }
            let kept = g.entities.filter(accept)
            if !kept.isEmpty {
                var copy = g
                copy.entities = kept
                return copy
            }
        }
        return nil
    }

    /// Start of the clause holding token `k`, and the group a relative pronoun refers to, if any.
    static let speechWords: Set<String> = ["said", "says", "told", "added", "noted", "stated", "that"]
    static let pronouns: Set<String> = ["they", "it", "he", "she", "we"]

    private func clause(before k: Int, sentence: Sentence, groups: [MentionGroup]) -> (Int, MentionGroup?) {
        var j = k - 1
        while j >= sentence.firstToken {
            let t = tokens[j]
            // A parenthesised acronym "(ASEAN)" belongs to the name before it.
            if t.key == ")", j - 2 >= sentence.firstToken, tokens[j - 2].key == "(" {
                j -= 3
                continue
            }
            // A dateline "Kuala Lumpur — …" opens the sentence; the clause starts after it.
            if isStrongBoundary(t) { return (j + 1, nil) }
            if t.kind == .word && Self.clauseBoundaryWords.contains(t.key) {
                if t.key == "which" || t.key == "who" {
                    // ", which", ", both of which", ", all of whom"
                    var c = j - 1
                    if c > sentence.firstToken && tokens[c].key == "of" { c -= 1 }
                    if c > sentence.firstToken
                        && ["both", "all", "each", "some", "most", "many"].contains(tokens[c].key)
                    {
                        c -= 1
                    }
                    if c >= sentence.firstToken, tokens[c].key == ",",
                        let antecedent = groups.last(where: { $0.end == c })
                    {
                        return (j + 1, antecedent)
                    }
                }
                return (j + 1, nil)
            }
            j -= 1
        }
        return (sentence.firstToken, nil)
    }

    /// The subject of a trigger at `k`: its possessor, the relative pronoun's antecedent, or the first group of
    /// the clause that is not inside a prepositional phrase.
    private func subject(before k: Int, sentence: Sentence, groups: [MentionGroup], nearest: Bool) -> MentionGroup? {
        // Possessor: "Russia's support for …", "Moscow's tightening grip".
        var p = k - 1
        var adjectives = 0
        while p > sentence.firstToken && adjectives < 3 && tokens[p].kind == .word && !tokens[p].isCapitalised
            && ((tokens[p].key == "to" && adjectives == 0)
                || (!Self.prepositions.contains(tokens[p].key) && !knowledge.functionWords.contains(tokens[p].key)))
        {
            p -= 1
            adjectives += 1
        }
        if p > sentence.firstToken, tokens[p].kind == .possessive, let owner = groups.last(where: { $0.end == p }) {
            return owner
        }
        let (clauseStart, antecedent) = clause(before: k, sentence: sentence, groups: groups)
        if let antecedent { return antecedent }
        // A group right before the trigger, separated only by lowercase verbs or adjectives:
        // "as Washington reimposed oil sanctions on …".
        if let near = groups.last(where: { $0.end <= k && $0.end >= clauseStart }), near.end == k,
            !near.isCollective || near.start >= clauseStart,
            near.start == sentence.firstToken || !Self.prepositions.contains(tokens[near.start - 1].key)
        {
            return near  // the group right before the verb: "…, and Argentina, Chile and Peru withdrew …"
        }
        if let near = groups.last(where: { $0.end <= k && $0.end >= clauseStart }), k - near.end <= 3, k > near.end,
            tokens[near.end..<k].allSatisfy({
                $0.kind == .word && !$0.isCapitalised && ($0.key == "to" || !Self.prepositions.contains($0.key))
                    && ($0.key == "to" || !knowledge.functionWords.contains($0.key))
                    && !knowledge.forceNouns.contains($0.key)
            })
        {
            return near
        }
        // "expelling French forces, quitting ECOWAS": the object of an earlier verb is no subject.
        let inClause = groups.filter {
            $0.start >= clauseStart && $0.end <= k
                && !($0.start - 1 >= sentence.firstToken && tokens[$0.start - 1].flags.contains(.trigger)
                    && !tokens[$0.start - 1].isCapitalised)
        }
        if nearest, let last = inClause.last, k - last.end <= 4 { return last }
        for g in inClause {
            let before = g.start - 1
            if before < sentence.firstToken || !Self.prepositions.contains(tokens[before].key) { return g }
        }
        if let last = inClause.last { return last }
        // Reported speech has its own subject: "X said the junta had failed to …" is not X's act.
        // … unless it is a pronoun for the main subject: "X announced that they would withdraw".
        if clauseStart > sentence.firstToken, Self.speechWords.contains(tokens[clauseStart - 1].key),
            !(clauseStart < k && Self.pronouns.contains(tokens[clauseStart].key))
        {
            return nil
        }
        // Fall back to the sentence subject before the clause ("Russia has …, offering support to …").
        let earlier = groups.filter {
            $0.end <= k
                && !($0.start - 1 >= sentence.firstToken && tokens[$0.start - 1].flags.contains(.trigger)
                    && !tokens[$0.start - 1].isCapitalised)
        }
        for g in earlier {
            let before = g.start - 1
            if before < sentence.firstToken || !Self.prepositions.contains(tokens[before].key) { return g }
        }
        return nil
    }

    private func type(_ e: Int) -> EntityType { entities[e].type }

    private func admits(_ relation: RelationType, source: Int, target: Int) -> Bool {
        guard source != target else { return false }
        let s = type(source)
        let t = type(target)
        switch relation {
        case .leads, .officialOf: return s == .person && (t == .state || t == .group)
        case .memberOf: return (s == .state || s == .group) && t == .group
        case .partyTo: return s != .agreement && t == .agreement
        case .succeededBy: return s == .group && t == .group
        case .deployedIn: return (s == .state || s == .group) && t == .state
        case .withdrewFrom: return (s == .state || s == .group) && (t == .group || t == .agreement)
        case .supports, .opposes, .cooperatesWith: return s != .agreement && t != .agreement
        }
    }

    private func add(
        _ source: Int, _ relation: RelationType, _ target: Int, _ confidence: Double, _ s: Int,
        into found: inout [FoundRelation]
    ) {
        guard admits(relation, source: source, target: target) else { return }
        found.append(
            FoundRelation(
                source: source, type: relation, target: target, confidence: min(1, max(0.05, confidence)),
                sentence: s))
    }

    // MARK: - Triggers

    private func apply(
        _ trigger: Trigger, at k: Int, end: Int, sentence s: Int, groups: [MentionGroup],
        into found: inout [FoundRelation]
    ) {
        let sentence = sentences[s]
        let relation = trigger.type
        let objectFilter: (Int) -> Bool
        switch relation {
        case .deployedIn: objectFilter = { self.type($0) == .state }
        case .partyTo: objectFilter = { self.type($0) == .agreement }
        case .memberOf: objectFilter = { self.type($0) == .group || self.type($0) == .agreement }
        case .withdrewFrom:
            objectFilter = { trigger.stateObjectMeansDeployed || self.type($0) != .state }
        case .succeededBy: objectFilter = { self.type($0) == .group }
        default: objectFilter = { self.type($0) != .agreement }
        }
        let forceMode = knowledge.forceNouns.contains(tokens[k].key) || relation == .deployedIn
        var subjectGroup: MentionGroup?
        var objectGroup: MentionGroup
        // Passive with an agent: "was overthrown … by General X", "is armed and trained by Iran".
        var passive = false
        let lastWord = trigger.words.last ?? ""
        if lastWord != "by", isPassive(at: k, sentence: sentence) {
            var b = end
            while b < min(end + 8, sentence.endToken) && tokens[b].key != "by" && !isStrongBoundary(tokens[b]) {
                b += 1
            }
            if b < sentence.endToken && tokens[b].key == "by",
                let agent = groups.first(where: { $0.start == b + 1 || $0.start == b + 2 }),
                let patient = subject(before: k, sentence: sentence, groups: groups, nearest: false),
                patient.start < k
            {
                passive = true
                subjectGroup = agent
                var kept = patient
                kept.entities = patient.entities.filter(objectFilter)
                guard !kept.entities.isEmpty else { return }
                objectGroup = kept
            } else {
                guard let o = object(after: end, groups: groups, accept: objectFilter) else { return }
                objectGroup = o
            }
        } else {
            guard let o = object(after: end, groups: groups, accept: objectFilter) else { return }
            objectGroup = o
        }
        if !passive, !trigger.objectPrepositions.isEmpty,
            !(k > sentence.firstToken && Self.verbMarkers.contains(tokens[k - 1].key))
        {
            // A noun trigger takes its object through a preposition: "talks with X", "support for X".
            // The preposition may govern a head noun first: "talks with defence chiefs from Mali".
            guard objectGroup.start > end,
                tokens[end..<objectGroup.start].contains(where: { trigger.objectPrepositions.contains($0.key) })
            else { return }
        }
        if !passive {
            // deployed_in: "deployment of … Wagner Group personnel in Mali" — the group between trigger and place.
            if relation == .deployedIn,
                let between = groups.first(where: {
                    $0.start >= end && $0.end <= objectGroup.start && $0.entities.allSatisfy { self.type($0) != .state }
                })
            {
                subjectGroup = between
            } else {
                subjectGroup = subject(before: k, sentence: sentence, groups: groups, nearest: forceMode)
            }
            if subjectGroup == nil && relation == .cooperatesWith {
                // "Fresh from talks with … in Moscow, Belousov praised …": the subject follows.
                subjectGroup = groups.first(where: {
                    $0.start > objectGroup.end
                        && ($0.start == sentence.firstToken || !Self.prepositions.contains(tokens[$0.start - 1].key))
                })
            }
        }
        if trigger.attachedOnly {
            // "Wagner-to-Africa Corps": the names joined to the trigger by hyphens.
            guard let left = groups.last(where: { $0.end == k - 1 || $0.end == k }),
                let right = groups.first(where: { $0.start == end + 1 || $0.start == end })
            else { return }
            subjectGroup = left
            objectGroup = right
        }
        guard let subjectGroup else { return }
        if subjectGroup.start == objectGroup.start || Set(subjectGroup.entities) == Set(objectGroup.entities) { return }
        // "sanctioned Myanmar's state-owned energy company, Myanma Oil and Gas Enterprise": the owned thing.
        if objectGroup.end < sentence.endToken, tokens[objectGroup.end].kind == .possessive {
            if let apposition = groups.first(where: { $0.start > objectGroup.end && $0.start <= objectGroup.end + 7 }),
                tokens[objectGroup.end..<apposition.start].contains(where: { $0.key == "," }),
                !apposition.entities.filter(objectFilter).isEmpty
            {
                objectGroup = apposition
                objectGroup.entities = apposition.entities.filter(objectFilter)
            } else if relation != .opposes && relation != .supports {
                return
            }
        }
        var sources = subjectGroup.entities
        var targets = objectGroup.entities
        if relation == .supports, objectGroup.start >= 1,
            tokens[end].key == "from" || tokens[objectGroup.start - 1].key == "from"
        {
            swap(&sources, &targets)  // "support from Russia"
        }
        if relation == .deployedIn, subjectGroup.start >= 2, tokens[subjectGroup.start - 1].kind == .possessive,
            let owner = groups.last(where: { $0.end == subjectGroup.start - 1 })
        {
            // "The UN's MINUSMA mission in Mali": the owner is there too.
            sources.append(contentsOf: owner.entities.filter { !sources.contains($0) })
        }
        if relation == .deployedIn {
            // "active in Mali, and later in Niger and Burkina Faso": every "in <state>" of the clause.
            var last = objectGroup.end
            for g in groups where g.start > last && g.start - last <= 6 {
                guard g.start >= 1, tokens[g.start - 1].key == "in" || tokens[g.start - 1].key == "to",
                    !tokens[last..<g.start].contains(where: isStrongBoundary)
                else { break }
                targets.append(contentsOf: g.entities.filter { self.type($0) == .state && !targets.contains($0) })
                last = g.end
            }
        }
        if relation == .withdrewFrom, objectGroup.end + 1 < sentence.endToken,
            let place = groups.first(where: { $0.start == objectGroup.end + 1 && tokens[objectGroup.end].key == "in" }),
            place.entities.allSatisfy({ self.type($0) == .state })
        {
            // "ended its Operation Barkhane … in Mali": the mission and its owner were there.
            for o in objectGroup.entities where self.type(o) == .group {
                for p in place.entities { add(o, .deployedIn, p, trigger.confidence * 0.8, s, into: &found) }
            }
            for a in sources {
                for p in place.entities { add(a, .deployedIn, p, trigger.confidence * 0.8, s, into: &found) }
            }
        }
        if trigger.reverse { swap(&sources, &targets) }
        let distance = Double(max(0, objectGroup.start - end) + max(0, k - subjectGroup.end))
        let confidence = trigger.confidence * (1 - 0.02 * distance)
        for a in sources {
            for b in targets where a != b {
                var type = relation
                if relation == .withdrewFrom && self.type(b) == .state {
                    let span = tokens[min(end, objectGroup.start)..<objectGroup.start]
                    type = span.contains(where: { knowledge.diplomatNouns.contains($0.key) }) ? .opposes : .deployedIn
                }
                add(a, type, b, confidence, s, into: &found)
                if trigger.objectDeployedInSubject && self.type(a) == .state {
                    add(b, .deployedIn, a, confidence * 0.9, s, into: &found)
                }
                if relation == .memberOf && self.type(b) == .agreement {
                    add(a, .partyTo, b, confidence, s, into: &found)
                }
            }
        }
        // Joint action by a list: "Mali, Niger and Burkina Faso formed …" → they cooperate.
        if sources.count >= 2 && knowledge.jointTriggers.contains(tokens[k].key) {
            pairwise(sources, confidence * 0.9, s, into: &found)
        }
    }

    /// A be-verb up to four tokens back, with only lowercase words between ("is armed and trained").
    private func isPassive(at k: Int, sentence: Sentence) -> Bool {
        var j = k - 1
        while j >= sentence.firstToken && j >= k - 4 {
            let t = tokens[j]
            if Self.beVerbs.contains(t.key) { return true }
            guard t.kind == .word, !t.isCapitalised, !Self.prepositions.contains(t.key) else { return false }
            j -= 1
        }
        return false
    }

    private func pairwise(_ members: [Int], _ confidence: Double, _ s: Int, into found: inout [FoundRelation]) {
        for i in members.indices {
            for j in members.indices where j > i {
                add(members[i], .cooperatesWith, members[j], confidence, s, into: &found)
            }
        }
    }

    // MARK: - Special patterns

    /// "between Mali, Burkina Faso, and Niger" → pairwise cooperation; a bloc subject gets them as members.
    private func betweenRelations(_ s: Int, groups: [MentionGroup], into found: inout [FoundRelation]) {
        let sentence = sentences[s]
        for k in sentence.firstToken..<sentence.endToken where tokens[k].key == "between" {
            guard let g = groups.first(where: { $0.start == k + 1 }), g.entities.count >= 2 else { continue }
            let before = tokens[max(sentence.firstToken, k - 3)..<k].map(\.key)
            if before.contains(where: { knowledge.hostileNouns.contains($0) }) {
                for a in g.entities { for b in g.entities where a != b { add(a, .opposes, b, 0.6, s, into: &found) } }
                continue
            }
            guard before.contains(where: { knowledge.cooperativeNouns.contains($0) }) else { continue }
            pairwise(g.entities, 0.6, s, into: &found)
            if let owner = subject(before: k, sentence: sentence, groups: groups, nearest: false),
                owner.entities.count == 1, let bloc = owner.entities.first, type(bloc) == .group
            {
                for e in g.entities { add(e, .memberOf, bloc, 0.6, s, into: &found) }
            }
        }
    }

    /// "the Islamic State's caliphate in Syria and Iraq": an owner's forces or territory in states.
    private func presenceRelations(_ s: Int, groups: [MentionGroup], into found: inout [FoundRelation]) {
        let sentence = sentences[s]
        for g in groups where g.end + 2 < sentence.endToken && tokens[g.end].kind == .possessive {
            var j = g.end + 1
            var sawPresence = false
            while j < min(g.end + 4, sentence.endToken) && tokens[j].kind == .word && !tokens[j].isCapitalised
                && tokens[j].key != "in"
            {
                if knowledge.presenceNouns.contains(tokens[j].key) { sawPresence = true }
                j += 1
            }
            guard sawPresence, j < sentence.endToken, tokens[j].key == "in",
                let place = groups.first(where: { $0.start == j + 1 })
            else { continue }
            for a in g.entities {
                for b in place.entities where type(b) == .state { add(a, .deployedIn, b, 0.55, s, into: &found) }
            }
        }
    }

    /// "Wagner Group (now Africa Corps)", "X—now operating under Y", "X, now Y".
    private func successionRelations(
        _ s: Int, list: [Mention], groups: [MentionGroup], into found: inout [FoundRelation]
    ) {
        let sentence = sentences[s]
        for k in sentence.firstToken..<sentence.endToken where tokens[k].key == "now" && k > sentence.firstToken {
            let before = tokens[k - 1].key
            guard before == "(" || before == "\u{2014}" || before == "," else { continue }
            guard let old = groups.last(where: { $0.end == k - 1 }),
                let new = groups.first(where: { $0.start > k && $0.start <= k + 5 })
            else { continue }
            for a in old.entities { for b in new.entities { add(a, .succeededBy, b, 0.8, s, into: &found) } }
        }
    }

    /// Titles: "Russian Foreign Minister X", "Mali's Foreign Minister, X", "Colonel X of Mali",
    /// "X, Burkina Faso's president", "its founder X".
    private func roleRelations(
        _ s: Int, list: [Mention], groups: [MentionGroup], into found: inout [FoundRelation]
    ) {
        let sentence = sentences[s]
        for m in list where type(m.entity) == .person {
            var role = m.titleRole
            var targets: [(Int, Bool)] = []  // (entity, via "of" after the name)
            if role != nil {
                if let mod = list.first(where: { isModifier($0, in: [m]) }) { targets.append((mod.entity, false)) }
                // "its founder X": the nearest group before.
                if m.titleStart > sentence.firstToken, ["its", "their"].contains(tokens[m.titleStart - 1].key),
                    let owner = list.first(where: { $0.end <= m.titleStart - 1 && type($0.entity) == .group })
                        ?? list.last(where: { $0.end <= m.titleStart - 1 && type($0.entity) != .person })
                {
                    targets.append((owner.entity, false))
                }
                // Portfolio inside the title: "President of Mali X", "Ambassador to Mali" is not membership.
                for p in list where p.first >= m.titleStart && p.end <= m.titleEnd && p.first > m.titleStart {
                    if tokens[p.first - 1].key == "of" { targets.append((p.entity, true)) }
                }
            }
            // "X of Mali" after the name.
            if m.end + 1 < sentence.endToken, tokens[m.end].key == "of",
                let place = list.first(where: { $0.first == m.end + 1 }), role != nil
            {
                targets.append((place.entity, true))
            }
            // Apposition: "X, Burkina Faso's 36-year-old president".
            if m.end + 2 < sentence.endToken, tokens[m.end].key == ",",
                let owner = list.first(where: {
                    $0.first == m.end + 1 || ($0.first == m.end + 2 && tokens[m.end + 1].key == "the")
                }),
                owner.end < sentence.endToken
            {
                var j = tokens[owner.end].kind == .possessive ? owner.end + 1 : owner.end
                let scanner = CandidateScanner(
                    tokens: tokens, scalars: [], sentences: sentences, matcher: PhraseMatcher(knowledge: knowledge))
                while j < min(owner.end + 8, sentence.endToken) {
                    if let (r, _) = scanner.title(at: j, limit: sentence.endToken) {
                        role = role.map { rankOf($0) >= rankOf(r) ? $0 : r } ?? r
                        if r == .leader || r == .official { role = r }
                        targets.append((owner.entity, true))
                        break
                    }
                    if tokens[j].key == "," || tokens[j].key == "." { break }
                    j += 1
                }
            }
            guard let role else { continue }
            var confidence = 0.85
            if targets.isEmpty && (role == .leader || role == .official) && m.titleEnd > m.titleStart {
                // "Defence Minister X declaring Moscow's readiness": the nearest state in the sentence.
                let states = list.filter { type($0.entity) == .state && !isModifier($0, in: list) }
                if let nearest = states.min(by: { distance($0, m) < distance($1, m) }), distance(nearest, m) <= 12 {
                    targets.append((nearest.entity, false))
                    confidence = 0.5
                }
            }
            for (target, viaOf) in targets {
                let relation: RelationType?
                switch role {
                case .leader: relation = .leads
                case .official: relation = .officialOf
                case .rank: relation = viaOf ? .leads : .officialOf
                case .honorific: relation = nil
                }
                if let relation { add(m.entity, relation, target, confidence, s, into: &found) }
            }
        }
    }

    private func distance(_ a: Mention, _ b: Mention) -> Int {
        a.first >= b.end ? a.first - b.end : b.first - a.end
    }

    /// "The UN's MINUSMA mission": a group owned by another group is its member.
    private func ownedGroups(_ s: Int, list: [Mention], into found: inout [FoundRelation]) {
        for (i, owner) in list.enumerated() where i + 1 < list.count {
            let owned = list[i + 1]
            guard owner.end < tokens.count, tokens[owner.end].kind == .possessive, owned.first == owner.end + 1,
                type(owner.entity) == .group, type(owned.entity) == .group
            else { continue }
            add(owned.entity, .memberOf, owner.entity, 0.6, s, into: &found)
        }
    }

    /// In a sentence that renames X to Y, what X does there Y does too ("Wagner Group (now Africa Corps) … in Mali").
    private func propagateSuccession(_ s: Int, found: inout [FoundRelation], from start: Int) {
        let here = found[start...]
        let renames = here.filter { $0.type == .succeededBy }
        guard !renames.isEmpty else { return }
        var extra: [FoundRelation] = []
        for r in renames {
            for f in here where f.source == r.source && f.type == .deployedIn {
                var copy = f
                copy.source = r.target
                extra.append(copy)
            }
            for f in here where f.source == r.target && f.type == .deployedIn {
                var copy = f
                copy.source = r.source
                extra.append(copy)
            }
            for f in here where f.source == r.source && f.type == .memberOf {
                var copy = f
                copy.source = r.target
                extra.append(copy)
            }
        }
        let memberMoves = Set(renames.map(\.source))
        found.removeAll { f in
            f.sentence == s && f.type == .memberOf && memberMoves.contains(f.source)
                && renames.contains(where: { $0.source == f.source && $0.target != f.target })
        }
        found.append(contentsOf: extra)
    }

    private func rankOf(_ r: TitleRole) -> Int {
        switch r {
        case .leader: 3
        case .official: 2
        case .rank: 1
        case .honorific: 0
        }
    }
}
