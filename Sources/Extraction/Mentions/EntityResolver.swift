import ActorGraphCore
import Language

/// Names learnt outside the current document, for surname resolution.
struct ExternalNames: Sendable {
    /// Folded surname → full name of persons seen in earlier documents or given as `known`.
    var surnames: [String: String] = [:]
}

/// Turns a document's name chunks into entities and mentions.
///
/// Full names are registered first, so a surname or short name anywhere in the document ("Lavrov", "Wagner",
/// "Lula") resolves to the full name whichever comes first. An acronym defined in parentheses ("European Union
/// (EU)") names its expansion's entity. A capital or seat used as a place ("talks in Moscow") is no mention.
struct EntityResolver {
    let parse: ParseIndex
    let readers: Readers
    let chunker: NameChunker
    private(set) var table = EntityTable()
    /// Folded single names that resolved to nothing; a corpus pass may resolve them with later documents' names.
    private(set) var unresolved: Set<String> = []

    init(parse: ParseIndex, readers: Readers, chunker: NameChunker) {
        self.parse = parse
        self.readers = readers
        self.chunker = chunker
    }

    /// The mentions of every chunk that names an entity, in token order.
    mutating func resolve(_ chunks: [NameChunk], external: ExternalNames) -> [Mention] {
        var resolved = [Int?](repeating: nil, count: chunks.count)
        /// Chunks owned by the state named right before them ("*Russia's* Security Council"): where the owner starts.
        var ownerStart: [Int: Int] = [:]
        var kinds = [PhraseEntry.Kind](repeating: .name, count: chunks.count)
        var personByName: [String: Int] = [:]
        var ambiguousNames: Set<String> = []
        var groupByShortName: [String: Int] = [:]
        var groupByHeadNoun: [String: Int] = [:]
        var ambiguousHeadNouns: Set<String> = []
        var byAcronym: [String: Int] = [:]

        for (c, chunk) in chunks.enumerated() {
            switch chunk.kind {
            case .phrase(let entry):
                // "Russia's Security Council": a state's own body under an international body's short name.
                // (Not an acronym: "Serbia's EU bid" is the EU's.)
                if entry.type == .group, entry.subtype == .bloc, entry.canonical != parse.text(chunk.tokens),
                    let last = wordTokens(chunk.tokens).last,
                    readers.lexicon.organisationNouns[parse.keys[last]] != nil,
                    let owner = possessingState(chunk.tokens, chunks: chunks, resolved: resolved)
                {
                    let body = table.entity(
                        named: "\(parse.text(chunk.tokens)) of \(table[owner.state].name)", type: .group,
                        subtype: .government)
                    resolved[c] = body
                    ownerStart[c] = owner.start
                    table.describe(body, as: surfaceForm(chunk.tokens))
                    kinds[c] = .name
                    continue
                }
                resolved[c] = table.entity(named: entry.canonical, type: entry.type, subtype: entry.subtype)
                kinds[c] = entry.kind == .capital && isPlace(chunk.tokens) ? .place : entry.kind
            case .named(let type, let subtype):
                let owned = ownedBody(chunk, chunks: chunks, resolved: resolved)
                let ministry = ministryName(chunk)
                // "South Korea's National Assembly voted … the National Assembly": the bare words after the owned
                // body are that body, when it is the one they describe here.
                let bare =
                    owned == nil && ministry == nil ? table.described(by: name(of: chunk.tokens), type: type) : nil
                let i =
                    bare
                    ?? table.entity(
                        named: owned?.name ?? ministry ?? name(of: chunk.tokens), type: type, subtype: subtype)
                resolved[c] = i
                if let owned {
                    ownerStart[c] = owned.start
                    table.describe(i, as: surfaceForm(chunk.tokens))
                }
                if owned == nil, let body = demonymBody(chunk) { table.describe(i, as: body.rest) }
                let words = wordTokens(chunk.tokens)
                if type == .group, words.count >= 2, let first = words.first, let last = words.last {
                    let short = readers.lexicon.leadingOrganisationNouns[parse.keys[first]] != nil ? last : first
                    if readers.lexicon.organisationNouns[parse.keys[short]] == nil,
                        readers.lexicon.leadingOrganisationNouns[parse.keys[short]] == nil,
                        readers.gazetteer.phrases.lookup(parse.keys[short]).isEmpty
                    {
                        groupByShortName[parse.keys[short]] = groupByShortName[parse.keys[short]] ?? i
                    }
                    // "the Commission" after "the European Commission": the head noun names the one group of the
                    // document it ends.
                    let head = parse.keys[last]
                    if readers.lexicon.organisationNouns[head] != nil {
                        if let other = groupByHeadNoun[head], other != i { ambiguousHeadNouns.insert(head) }
                        groupByHeadNoun[head] = groupByHeadNoun[head] ?? i
                    }
                }
            case .person:
                let words = wordTokens(chunk.tokens)
                guard words.count >= 2, let last = words.last else { continue }
                let i = table.entity(named: name(of: chunk.tokens), type: .person, subtype: nil)
                resolved[c] = i
                personByName[parse.keys[last]] = personByName[parse.keys[last]] ?? i
                for w in words.dropLast() where !readers.lexicon.nameParticles.contains(parse.keys[w]) {
                    if let other = personByName[parse.keys[w]], other != i { ambiguousNames.insert(parse.keys[w]) }
                    personByName[parse.keys[w]] = personByName[parse.keys[w]] ?? i
                }
            case .single:
                continue
            }
            if let entity = resolved[c], let acronym = acronym(after: chunk.tokens) {
                byAcronym[acronym] = entity
            }
        }

        let inverted = invertedNames(chunks, resolved: resolved)
        if !inverted.isEmpty {
            for c in resolved.indices { if let e = resolved[c], let long = inverted[e] { resolved[c] = long } }
            groupByShortName = groupByShortName.mapValues { inverted[$0] ?? $0 }
            groupByHeadNoun = groupByHeadNoun.mapValues { inverted[$0] ?? $0 }
            byAcronym = byAcronym.mapValues { inverted[$0] ?? $0 }
        }

        // "Caro Quintero" after "Rafael Caro Quintero": a shorter full name that ends a longer one is that person.
        var fullNames: [(words: [String], entity: Int)] = []
        for (c, chunk) in chunks.enumerated() where chunk.kind == .person {
            if let entity = resolved[c] { fullNames.append((wordTokens(chunk.tokens).map { parse.keys[$0] }, entity)) }
        }
        for (c, chunk) in chunks.enumerated() where chunk.kind == .person || chunk.kind == .named(.group, nil) {
            let words = wordTokens(chunk.tokens).map { parse.keys[$0] }
            guard words.count >= 2, let entity = resolved[c] else { continue }
            let longer = fullNames.filter {
                $0.words.count > words.count && Array($0.words.suffix(words.count)) == words
            }
            if let target = longer.first, longer.allSatisfy({ $0.entity == target.entity }), target.entity != entity {
                resolved[c] = target.entity
            }
        }

        for (c, chunk) in chunks.enumerated() where resolved[c] == nil {
            let words = wordTokens(chunk.tokens)
            guard let token = words.first else { continue }
            let key = parse.keys[token]
            let surface = parse.text(chunk.tokens)
            let label = chunker.entityLabel[token]
            if chunk.kind == .person && words.count >= 2 { continue }
            if let entity = byAcronym[key] {
                resolved[c] = entity
            } else if words.count == 1, let p = personByName[key], !ambiguousNames.contains(key) {
                resolved[c] = p
            } else if words.count == 1, let g = groupByShortName[key] {
                resolved[c] = g
            } else if words.count == 1, let g = groupByHeadNoun[key], !ambiguousHeadNouns.contains(key),
                parse.isCapitalised(token)
            {
                resolved[c] = g
            } else if words.count == 1, let full = external.surnames[key] {
                resolved[c] = table.entity(named: full, type: .person, subtype: nil)
            } else if chunk.titled {
                // A one-word titled person ("President Bazoum"); a corpus pass may give the full name.
                resolved[c] = table.entity(named: surface, type: .person, subtype: nil)
            } else if readers.lexicon.notActorAcronyms.contains(key) {
                // "GDP", "HTML": an abbreviation that names no actor, however the recogniser labels it.
                continue
            } else if words.count == 1, [.GPE, .LOC, .FAC].contains(label),
                !(parse.isAllCaps(token) && parse.tokens[token].text.count >= 5),
                !parse.tokens[token].text.unicodeScalars.contains(where: { $0.properties.numericType != nil })
            {
                // A word the recogniser calls a place, and no name seen before: a place, not an actor. (A long
                // unknown acronym, "MONUSCO", or a code, "M23", is a name whatever the recogniser says.)
                continue
            } else if surface.contains("-"),
                surface.unicodeScalars.contains(where: { $0.properties.numericType != nil })
            {
                // A model number ("J-10C", "PL-15", "S-400"): a weapon, not an actor.
                continue
            } else if isAcronym(token) || (label == .ORG && isRunningText(token) && looksCoined(token, surface)) {
                resolved[c] = table.entity(named: surface, type: .group, subtype: nil)
            } else if label == .PERSON && words.count == 1 {
                unresolved.insert(key)
            } else {
                unresolved.insert(key)
            }
        }

        var mentions: [Mention] = []
        for (c, chunk) in chunks.enumerated() {
            guard let entity = resolved[c] else { continue }
            // An owned body goes by its owner's words too: "Russia's Foreign Ministry", never the bare "Foreign
            // Ministry", which would name every state's (that only describes it).
            let start = ownerStart[c] ?? chunk.tokens.lowerBound
            table.record(entity, surface: surfaceForm(start..<chunk.tokens.upperBound), kind: kinds[c])
            mentions.append(Mention(tokens: chunk.tokens, head: head(of: chunk.tokens), entity: entity, kind: kinds[c]))
        }
        return mentions
    }

    /// Short names that put the complement of a longer name of the document first, mapped to the longer one's
    /// entity: "Justice Department" is the "United States Department of Justice", "Argyle Declaration" the "Joint
    /// Declaration of Argyle for Peace", as English names a body or a text either way.
    ///
    /// The short name is the complement's first word and the words before "of", or a last part of them.
    private func invertedNames(_ chunks: [NameChunk], resolved: [Int?]) -> [Int: Int] {
        var longByVariant: [String: Int] = [:]
        for (c, chunk) in chunks.enumerated() {
            guard case .named(let type, _) = chunk.kind, let entity = resolved[c] else { continue }
            let words = wordTokens(chunk.tokens).map { parse.keys[$0] }
            guard let of = words.firstIndex(of: "of"), of > 0 else { continue }
            let complement = words[(of + 1)...].drop { $0 == "the" }
            guard let first = complement.first else { continue }
            for start in 0..<of {
                longByVariant[type.rawValue + "|" + ([first] + words[start..<of]).joined(separator: " ")] = entity
            }
        }
        guard !longByVariant.isEmpty else { return [:] }
        var inverted: [Int: Int] = [:]
        for (c, chunk) in chunks.enumerated() {
            guard case .named(let type, _) = chunk.kind, let entity = resolved[c] else { continue }
            let words = wordTokens(chunk.tokens).map { parse.keys[$0] }
            guard words.count >= 2, !words.contains("of"),
                let long = longByVariant[type.rawValue + "|" + words.joined(separator: " ")], long != entity
            else { continue }
            inverted[entity] = long
        }
        return inverted
    }

    /// Agreements named by a common-noun phrase ("a maritime agreement between Ethiopia and Somaliland").
    ///
    /// Each is an agreement noun with at least one specific modifier before it ("the EU plan", "a long-term gas
    /// contract"). A bare "the deal" points back to an earlier sentence and names nothing; generic adjectives
    /// ("new", "historic") do not identify one. The phrase is the entity's name; names inside it stay mentions of
    /// their own.
    mutating func describedAgreements(besides known: inout [Mention]) -> [Mention] {
        var taken = Set(known.flatMap { Array($0.tokens) })
        var found: [Mention] = []
        let lexicon = readers.lexicon
        for (head, token) in parse.tokens.enumerated()
        where token.pos == .NOUN && lexicon.agreementNouns.contains(parse.lemmas[head]) && !taken.contains(head) {
            var first = head
            var specific = false
            while first > 0 {
                var before = first - 1
                var t = parse.tokens[before]
                // "the November *2020* ceasefire": a word hung on the one before it joins with that word, when that
                // one is hung on the description.
                if t.head < before, t.head >= before - 2, parse.tokens[t.head].head > t.head,
                    parse.tokens[t.head].head <= head, [.nummod, .compound].contains(t.dep)
                {
                    before = t.head
                    t = parse.tokens[before]
                }
                // ("a 10-year defence *and* economic cooperation agreement": the conjunction hangs on the word
                // before it, which hangs on the description.)
                let joins =
                    t.dep == .cc && t.head == before - 1 && parse.tokens[before - 1].head > before
                    && parse.tokens[before - 1].head <= head
                guard t.head >= before && t.head <= head || joins,
                    t.pos != .PUNCT || (parse.keys[before].isEmpty && !parse.spaceBefore[first]),
                    [.compound, .amod, .nmod, .nummod, .npadvmod, .punct, .cc, .conj].contains(t.dep)
                        || taken.contains(before)
                else { break }
                if t.pos != .PUNCT && !lexicon.genericModifiers.contains(parse.lemmas[before]) { specific = true }
                first = before
            }
            // "a memorandum of understanding": the term's complement is part of the noun, and identifies it as
            // much as a modifier would.
            let understanding =
                parse.lemmas[head] == "memorandum" && head + 2 < parse.tokens.count
                && parse.keys[head + 1] == "of" && parse.keys[head + 2] == "understanding"
            // "an agreement on the supply of aviation fuel": a topic right after the noun identifies it as a
            // modifier would.
            // ("a memorandum of understanding *on security cooperation*": after its complement.)
            let topic = agreementTopicEnd(understanding ? head + 2 : head, noun: head)
            guard specific && first < head || understanding || topic != nil else { continue }
            // A plural describes no one agreement ("US plans to designate …", "peace deals"), unless it is named
            // after the city it was made in ("the Minsk agreements", "the Oslo accords").
            if token.tag == .NNS,
                !known.contains(where: { m in m.tokens.lowerBound >= first && m.head < head && m.kind == .capital })
            {
                continue
            }
            // "A Qatar-brokered agreement, the Doha Accord": the name in apposition is the agreement.
            let named = parse.children(of: head, .appos) + (parse.tokens[head].dep == .appos ? [token.head] : [])
            if named.contains(where: { taken.contains($0) }) { continue }
            // ("the Cairo agreement on inspections": a name before the noun names it; the topic stays out.)
            let nounEnd = head + (understanding ? 3 : 1)
            let topicEnd = (first..<head).contains(where: { taken.contains($0) }) ? nil : topic
            var range = first..<(topicEnd ?? nounEnd)
            // "a separate peace agreement", "the initial US-brokered deal": a leading generic word describes no
            // agreement and stays out of its name.
            while range.count > 1, lexicon.genericModifiers.contains(parse.lemmas[range.lowerBound]) {
                range = (range.lowerBound + 1)..<range.upperBound
            }
            // "a 10-year defence agreement": a term of years describes no agreement either.
            if range.count > 3, parse.tokens[range.lowerBound].tag == .CD, parse.keys[range.lowerBound + 1].isEmpty,
                ["year", "month", "decade"].contains(parse.lemmas[range.lowerBound + 2])
            {
                range = (range.lowerBound + 3)..<range.upperBound
            }
            let description = parse.text(range)
            // "the Pretoria agreement": the capital names the agreement; it is no mention of South Africa.
            for m in known where m.kind == .capital && range.contains(m.head) { table.weaken(m.entity) }
            known.removeAll {
                $0.kind == .capital && parse.tokens[$0.head].head == head
                    && [.compound, .nmod].contains(parse.tokens[$0.head].dep)
            }
            // "a peace agreement" that Ethiopia and Eritrea signed is theirs: named after its two parties
            // ("Ethiopia-Eritrea peace agreement", the dev sets' descriptive names), unless the words already
            // name one ("the US-brokered truce"). The words stay an alias.
            var name = description
            // (A name in the topic is what it is about, not who made it: "an agreement on gas supplies to China".)
            let namesSomeone = range.contains(where: { taken.contains($0) && $0 <= head })
            let parties = namesSomeone ? [] : agreementParties(head, mentions: known)
            // The dev sets' rule E: a description identifies an agreement when it names a party, a broker or a
            // year ("the US-brokered truce", "the 2015 nuclear deal", "a maritime agreement between Ethiopia and
            // Somaliland"); "a separate joint declaration" or "an unconditional truce" names none.
            let dated = range.contains { isYear($0) }
            guard namesSomeone || dated || !parties.isEmpty else { continue }
            if parties.count == 2 {
                // "a 2019 maritime boundary deal it signed with Tripoli" is the "Turkey-Libya maritime boundary
                // deal": the parties date it enough, and the dated words stay an alias.
                var words = range
                if words.count > 1, isYear(words.lowerBound) {
                    words = (words.lowerBound + 1)..<words.upperBound
                }
                name = "\(parties[0])-\(parties[1]) \(parse.text(words))"
            }
            let entity = table.entity(named: name, type: .agreement, subtype: nil)
            found.append(Mention(tokens: head..<(head + 1), head: head, entity: entity, kind: .description))
            // The words are an alias only when they identify the agreement by themselves (a party, a year, a proper
            // name: "the Gaza ceasefire agreement"): a store takes every alias for the entity's own, and "ceasefire
            // agreement" would make every ceasefire one. Otherwise they only describe it, here.
            if name == description || namesSomeone || dated || range.contains(where: { parse.tokens[$0].pos == .PROPN })
            {
                table.record(entity, surface: description, kind: .description)
            } else {
                table.countWeakMention(entity, describedAs: description)
            }
            // "a memorandum of understanding on the Development Road project" is also "a memorandum of
            // understanding": the words before the topic describe it too.
            // (Not the bare noun: "agreement" describes every one.)
            if topicEnd != nil, range.lowerBound < head || understanding {
                table.describe(entity, as: parse.text(min(range.lowerBound, head)..<nounEnd))
            }
            // "the ceasefire between India and Pakistan": the whole phrase is a surface form too.
            if let between = parse.children(of: head, .prep).first(where: { parse.lemmas[$0] == "between" }) {
                let phrase = parse.text(range.lowerBound..<parse.subtreeEnd(of: between))
                table.record(entity, surface: phrase, kind: .description)
            }
            taken.insert(head)
        }
        return found
    }

    /// Whether `token` is a year ("the *2015* nuclear deal"): a number of four digits.
    private func isYear(_ token: Int) -> Bool {
        parse.tokens[token].tag == .CD && parse.tokens[token].text.count == 4
    }

    /// Where the topic of an agreement noun ends ("agreement *on the supply of aviation fuel*", "*to build an oil
    /// pipeline*"), or nil when none follows it: before a party ("with China"), a place ("in Ulaanbaatar"), punctuation, or a second
    /// agreement coordinated inside it ("… and a deal on …").
    private func agreementTopicEnd(_ last: Int, noun head: Int) -> Int? {
        let on = last + 1
        let attached = { (token: Int) in parse.head(of: token).map { [head, last].contains($0) } ?? false }
        guard on + 1 < parse.tokens.count else { return nil }
        let end: Int
        if parse.keys[on] == "on", attached(on), parse.tokens[on].dep == .prep {
            end = parse.subtreeEnd(of: on)
        } else if parse.keys[on] == "to", parse.tokens[on + 1].pos == .VERB, attached(on + 1),
            // (Not a verb the tokenizer cut at a hyphen: "to de-escalate".)
            on + 2 >= parse.tokens.count || !parse.keys[on + 2].isEmpty || parse.spaceBefore[on + 2],
            parse.tokens[on + 1].dep == .acl
        {
            // "an agreement *to build an oil pipeline*": what it is for.
            end = parse.subtreeEnd(of: on + 1)
        } else {
            return nil
        }
        var t = on + 1
        while t < end {
            if parse.tokens[t].pos == .PUNCT && !(parse.keys[t].isEmpty && !parse.spaceBefore[t]) { break }
            if parse.tokens[t].dep == .prep, ["with", "between", "among", "in", "at"].contains(parse.keys[t]) { break }
            if parse.tokens[t].dep == .cc, let joined = parse.head(of: t),
                parse.children(of: joined, .conj).contains(where: {
                    $0 > t && readers.lexicon.agreementNouns.contains(parse.lemmas[$0])
                })
            {
                break
            }
            t += 1
        }
        // "on the project", "on how to do it": a word that points elsewhere identifies nothing ("on water", "on
        // a ceasefire", "on the supply of aviation fuel" do). Nor does a topic with an agreement's own name: "a
        // memorandum on the Trilateral Security Cooperation Framework" is about that one.
        let words = ((on + 1)..<t).filter { parse.tokens[$0].pos != .PUNCT && parse.tokens[$0].pos != .DET }
        let definite = ["the", "this", "that", "these", "those"].contains(parse.keys[on + 1])
        // ("signed a memorandum of understanding *on Monday*": a date is when, not what.)
        if ((on + 1)..<t).contains(where: { chunker.entityLabel[$0] == .DATE || chunker.entityLabel[$0] == .TIME }) {
            return nil
        }
        guard let first = words.first, words.count >= 2 || !definite,
            ![.WRB, .WP, .WDT, .PRP].contains(parse.tokens[first].tag),
            !((on + 1)..<t).contains(where: {
                readers.lexicon.agreementNouns.contains(parse.keys[$0]) && parse.isCapitalised($0)
            })
        else { return nil }
        return t
    }

    /// The name of a government body a state's possessive owns, and where the owner starts.
    ///
    /// The name is in the official word order: "*Russia's* Foreign Ministry" is the "Russian Ministry of Foreign
    /// Affairs" ("*Qatar's* Ministry of Foreign Affairs" the "Qatari Ministry of Foreign Affairs"), "*Belarus's*
    /// State Border Committee" the "State Border Committee of Belarus". Bare, every state's "Foreign Ministry"
    /// would be one entity.
    private func ownedBody(_ chunk: NameChunk, chunks: [NameChunk], resolved: [Int?]) -> (name: String, start: Int)? {
        guard chunk.kind == .named(.group, .government),
            let owner = possessingState(chunk.tokens, chunks: chunks, resolved: resolved)
        else { return nil }
        let body = name(of: chunk.tokens)
        let state = table[owner.state].name
        if body.hasSuffix(" Ministry") || body.hasPrefix("Ministry "), let demonym = readers.gazetteer.demonyms[state] {
            return (Self.officialName(of: body, demonym: demonym), owner.start)
        }
        return ("\(body) of \(state)", owner.start)
    }

    /// "Chinese Foreign Ministry" is the "Chinese Ministry of Foreign Affairs": a ministry named with its state's
    /// demonym takes the official word order (the development sets' rule on government bodies).
    private func ministryName(_ chunk: NameChunk) -> String? {
        guard let (demonym, rest) = demonymBody(chunk) else { return nil }
        let official = Self.officialName(of: rest, demonym: demonym)
        return official == "\(demonym) \(rest)" ? nil : official
    }

    /// A state's body named with its demonym first ("*Chinese* Foreign Ministry"): the demonym and the words
    /// after it, which only describe the body ("Foreign Ministry" is every state's).
    private func demonymBody(_ chunk: NameChunk) -> (demonym: String, rest: String)? {
        let words = wordTokens(chunk.tokens)
        guard chunk.kind == .named(.group, .government), words.count >= 3, let first = words.first,
            readers.gazetteer.entries(named: parse.tokens[first].text).contains(where: {
                $0.type == .state && $0.kind == .demonym
            })
        else { return nil }
        return (parse.tokens[first].text, surfaceForm((first + 1)..<chunk.tokens.upperBound))
    }

    /// "<demonym> Ministry of <field>" for a "<field> Ministry" ("Foreign" is "Foreign Affairs"); other bodies keep
    /// their words after the demonym.
    static func officialName(of body: String, demonym: String) -> String {
        var words = body.split(separator: " ").map(String.init)
        guard words.count >= 2, words.last == "Ministry", !words.contains("of") else { return "\(demonym) \(body)" }
        words.removeLast()
        let field = words == ["Foreign"] ? "Foreign Affairs" : words.joined(separator: " ")
        return "\(demonym) Ministry of \(field)"
    }

    /// The state whose possessive the chunk at `tokens` follows ("*Russia's* Security Council"), if the chunk
    /// right before it names one.
    private func possessingState(_ tokens: Range<Int>, chunks: [NameChunk], resolved: [Int?]) -> (
        state: Int, start: Int
    )? {
        let before = tokens.lowerBound - 1
        guard before >= 1, parse.tokens[before].tag == .POS,
            let c = chunks.firstIndex(where: { $0.tokens.upperBound == before }), let entity = resolved[c],
            table[entity].type == .state
        else { return nil }
        return (entity, chunks[c].tokens.lowerBound)
    }

    /// The states and groups an agreement described by `head` is between, in the order the sentence names them.
    ///
    /// They come from "between X and Y", "X signed … with Y", "X and Y signed …". Their canonical names, or none
    /// when the sentence does not say.
    private func agreementParties(_ head: Int, mentions: [Mention]) -> [String] {
        var tokens: [Int] = []
        // Who signs may be a person; who only discusses a deal "with Trump" is no party to it.
        var signers = Set<Int>()
        for prep in parse.children(of: head, .prep) where ["between", "among", "with"].contains(parse.lemmas[prep]) {
            for object in parse.children(of: prep, .pobj) { tokens += parse.conjuncts(of: object) }
        }
        // "a memorandum of understanding on security cooperation *between the United States and Guyana*": the
        // parser may hang the "between" inside the topic.
        for prep in parse.children(of: head, .prep) where tokens.isEmpty && ["on", "of"].contains(parse.lemmas[prep]) {
            for inner in parse.subtree(of: prep)
            where parse.lemmas[inner] == "between" && parse.tokens[inner].dep == .prep {
                for object in parse.children(of: inner, .pobj) { tokens += parse.conjuncts(of: object) }
            }
        }
        let verb = parse.tokens[head].dep == .dobj ? parse.head(of: head) : nil
        if let verb {
            // "Israel and Lebanon are close to finalizing a ceasefire agreement": the subject of the clause the
            // verb depends on.
            var clause = verb
            for _ in 0..<4 where parse.children(of: clause, .nsubj).isEmpty {
                guard [.pcomp, .xcomp, .acomp, .prep, .conj].contains(parse.tokens[clause].dep),
                    let up = parse.head(of: clause)
                else { break }
                clause = up
            }
            // ("Turkey, *which* … signed a … agreement with Mogadishu": the relative pronoun is the noun its clause
            // is on.)
            let subjects = parse.children(of: clause, .nsubj).flatMap { parse.conjuncts(of: $0) }.map {
                partyToken(subject: $0, of: clause, mentions)
            }
            let partners = withPartners(of: verb)
            // "Athens rejects a memorandum between Turkey and Libya": the "between" names the parties, and who
            // speaks of it is none.
            let between = !tokens.isEmpty && parse.children(of: head, .prep).contains { parse.lemmas[$0] != "with" }
            if !between, !tokens.isEmpty || !partners.isEmpty || subjects.count >= 2 {
                tokens += subjects + partners
                if Self.makingVerbs.contains(parse.lemmas[verb]) { signers.formUnion(subjects + partners) }
            }
        }
        // "a 2019 maritime boundary deal *it signed with Tripoli*": a relative clause of signing on the noun names
        // its makers, a subject pronoun standing for the sentence's nearest subject before it.
        for verb in parse.children(of: head, .relcl) where Self.makingVerbs.contains(parse.lemmas[verb]) {
            let partners = withPartners(of: verb)
            // ("The minerals agreement *that the United States and Ukraine signed*": two subjects suffice.)
            let subjects = parse.children(of: verb, .nsubj).flatMap { parse.conjuncts(of: $0) }.map {
                partyToken(subject: $0, of: verb, mentions)
            }
            guard !partners.isEmpty || subjects.count >= 2 else { continue }
            tokens += subjects + partners
            signers.formUnion(subjects + partners)
        }
        var names: [(position: Int, name: String)] = []
        for token in tokens {
            guard
                var mention = mentions.first(where: { $0.tokens.contains(token) }) ?? governmentOwner(token, mentions)
            else { continue }
            // "IAEA Director General Rafael Grossi and Iranian Foreign Minister Abbas Araghchi signed": a person
            // signs for the state or group of the title before the name, or else in their own name.
            if table[mention.entity].type == .person, signers.contains(token),
                let represented = titleOwner(of: mention, mentions)
            {
                mention = represented
            }
            let type = table[mention.entity].type
            guard [.state, .group].contains(type) || type == .person && signers.contains(token) else { continue }
            let name = table[mention.entity].name
            if !names.contains(where: { $0.name == name }) { names.append((mention.tokens.lowerBound, name)) }
        }
        return names.sorted { $0.position < $1.position }.map(\.name)
    }

    /// The state or group named in the title before a person's name ("*IAEA* Director General Rafael Grossi",
    /// "*Iranian* Foreign Minister Abbas Araghchi"), the one they act for.
    private func titleOwner(of person: Mention, _ mentions: [Mention]) -> Mention? {
        var queue = parse.children[person.head].filter {
            [.compound, .amod, .poss].contains(parse.tokens[$0].dep) && !person.tokens.contains($0)
        }
        var found: [Mention] = []
        while let next = queue.popLast() {
            if let m = mentions.first(where: { $0.tokens.contains(next) }), m.entity != person.entity {
                if [.state, .group].contains(table[m.entity].type) { found.append(m) }
                continue
            }
            queue += parse.children[next].filter { [.compound, .amod, .poss].contains(parse.tokens[$0].dep) }
        }
        return found.count == 1 ? found[0] : nil
    }

    /// The state named as the owner of a government noun ("*Libya's* Tripoli-based government", "the *Colombian*
    /// government"), which stands for it as a party.
    private func governmentOwner(_ token: Int, _ mentions: [Mention]) -> Mention? {
        guard readers.lexicon.governmentNouns.contains(parse.lemmas[token]) else { return nil }
        return parse.children[token].lazy.filter { [.poss, .amod, .compound].contains(self.parse.tokens[$0].dep) }
            .compactMap { child in mentions.first { $0.tokens.contains(child) } }
            .first { self.table[$0.entity].type == .state }
    }

    /// The names "with" introduces after `verb` ("signed … *with Tripoli*"), every coordinated one.
    private func withPartners(of verb: Int) -> [Int] {
        parse.children(of: verb, .prep).filter { parse.lemmas[$0] == "with" }
            .flatMap { parse.children(of: $0, .pobj) }.flatMap { parse.conjuncts(of: $0) }
    }

    /// The token a clause's subject names a party by: a relative pronoun is the noun its clause is on ("Turkey,
    /// *which* … signed"), a personal pronoun the sentence's nearest subject before it ("… deal *it* signed").
    private func partyToken(subject: Int, of clause: Int, _ mentions: [Mention]) -> Int {
        if [.WDT, .WP].contains(parse.tokens[subject].tag), parse.tokens[clause].dep == .relcl {
            return parse.head(of: clause) ?? subject
        }
        guard parse.tokens[subject].tag == .PRP else { return subject }
        return nearestSubject(before: subject, mentions) ?? subject
    }

    /// Verbs by which parties make an agreement.
    private static let makingVerbs: Set<String> = ["sign", "conclude", "strike", "reach", "ink", "agree", "negotiate"]

    /// The nearest name before `token` in its sentence that is a clause's subject ("*Ankara* is hedging its bets as
    /// it seeks …"): what a subject pronoun there stands for.
    private func nearestSubject(before token: Int, _ mentions: [Mention]) -> Int? {
        let sentence = parse.sentenceTokens[parse.sentenceOfToken[token]]
        return mentions.filter {
            sentence.contains($0.head) && $0.head < token && parse.tokens[$0.head].dep == .nsubj
                && [.state, .group].contains(table[$0.entity].type)
        }.max { $0.head < $1.head }?.head
    }

    /// The canonical name of a chunk: its text without a leading article or possessive.
    private func name(of range: Range<Int>) -> String {
        surfaceForm(range)
    }

    /// The text of a chunk as an alias: without a leading article or a trailing possessive or punctuation.
    private func surfaceForm(_ range: Range<Int>) -> String {
        var start = range.lowerBound
        if range.count > 1 && parse.keys[start] == "the" { start += 1 }
        var end = range.upperBound
        while end > range.lowerBound + 1,
            parse.tokens[end - 1].tag == .POS || parse.tokens[end - 1].pos == .PUNCT
        {
            end -= 1
        }
        return parse.text(start..<max(end, start + 1))
    }

    /// The tokens of `range` that carry letters or digits (no hyphens or punctuation).
    private func wordTokens(_ range: Range<Int>) -> [Int] {
        range.filter { !parse.keys[$0].isEmpty && parse.tokens[$0].pos != .PUNCT }
    }

    /// The token of `range` whose head lies outside it (the last such token if several).
    func head(of range: Range<Int>) -> Int {
        range.last { !range.contains(parse.tokens[$0].head) || parse.tokens[$0].head == $0 } ?? range.upperBound - 1
    }

    /// Whether `token` stands inside running text, where capitals mark names: not the first word of its sentence
    /// and not in a headline.
    private func isRunningText(_ token: Int) -> Bool {
        let sentence = parse.sentenceOfToken[token]
        let range = parse.sentenceTokens[sentence]
        let first = range.first { parse.tokens[$0].pos != .SPACE && parse.tokens[$0].pos != .PUNCT }
        return token != first && !chunker.isHeadline(range) && !chunker.quotedTitleTokens(range).contains(token)
            && !chunker.listHeadingTokens(range).contains(token)
    }

    /// Whether one capitalised word reads as a coined name rather than a capitalised common word: an inner
    /// capital ("LatinFinance", "EuroNews"), or used capitalised mid-sentence more than once in the document.
    private func looksCoined(_ token: Int, _ surface: String) -> Bool {
        // A word the recogniser calls a person elsewhere in the document is a surname ("Trump", read as an
        // organisation where it opens a possessive), not a coined name.
        let text = parse.tokens[token].text
        if parse.tokens.indices.contains(where: { parse.tokens[$0].text == text && chunker.entityLabel[$0] == .PERSON })
        {
            return false
        }
        // "U.S.-Nigerien", "Franco-German": known names joined by hyphens make an adjective, not a new name.
        let parts = surface.split(separator: "-")
        if parts.count >= 2, parts.allSatisfy({ !readers.gazetteer.phrases.lookup(String($0)).isEmpty }) {
            return false
        }
        if surface.unicodeScalars.dropFirst().contains(where: { $0.properties.isUppercase }) { return true }
        var seen = 0
        for (i, t) in parse.tokens.enumerated() where t.text == parse.tokens[token].text && isRunningText(i) {
            seen += 1
            if seen >= 2 { return true }
        }
        return false
    }

    /// "(EU)" right after a name: the folded acronym it defines (a hyphenated one, "(ZANU-PF)", by its first part,
    /// which is how its later mentions are looked up).
    private func acronym(after range: Range<Int>) -> String? {
        let open = range.upperBound
        guard open + 2 < parse.tokens.count, parse.tokens[open].text == "(" else { return nil }
        if parse.tokens[open + 2].text == ")" {
            return isAcronym(open + 1) || spellsInitials(open + 1, of: range) ? parse.keys[open + 1] : nil
        }
        guard open + 4 < parse.tokens.count, parse.tokens[open + 2].text == "-", parse.tokens[open + 4].text == ")",
            !parse.spaceBefore[open + 2], !parse.spaceBefore[open + 3], isAcronym(open + 1), isAcronym(open + 3)
        else { return nil }
        return parse.keys[open + 1]
    }

    /// Whether a mixed-case word in parentheses spells the initials of the name before it, one letter a word
    /// ("Lashkar-e-Taiba (LeT)", "Jaish-e-Mohammed (JeM)"): an acronym, though not all capitals.
    private func spellsInitials(_ token: Int, of range: Range<Int>) -> Bool {
        let letters = Array(parse.tokens[token].text)
        guard letters.count >= 2, letters.first?.isUppercase == true, letters.allSatisfy(\.isLetter) else {
            return false
        }
        let initials = range.compactMap { parse.tokens[$0].text.first }.filter(\.isLetter)
        return initials == letters
    }

    /// Whether `token` looks like an organisation's acronym: all capitals, at least two letters, not a common
    /// abbreviation (GDP, CEO).
    private func isAcronym(_ token: Int) -> Bool {
        guard !readers.lexicon.notActorAcronyms.contains(parse.keys[token]) else { return false }
        if parse.isAllCaps(token) { return true }
        // "M23", "G20": capitals and digits.
        let scalars = parse.tokens[token].text.unicodeScalars
        return scalars.count >= 3 && scalars.first?.properties.isUppercase == true
            && scalars.contains(where: { $0.properties.numericType != nil })
            && scalars.allSatisfy { $0.properties.isUppercase || $0.properties.numericType != nil || $0 == "-" }
    }

    /// Whether a capital or seat names the place where something happens rather than its government:
    /// the object of a locative preposition ("in Moscow", "to Brussels"), or a dateline ("KYIV, Ukraine —").
    private func isPlace(_ range: Range<Int>) -> Bool {
        // "the Vienna-based agency": where something is based.
        if range.upperBound + 1 < parse.tokens.count, parse.keys[range.upperBound].isEmpty,
            !parse.spaceBefore[range.upperBound], parse.lemmas[range.upperBound + 1] == "base"
        {
            return true
        }
        // "talks in Muscat and Rome": a conjunct of a place is one too.
        let headToken = parse.firstConjunct(of: head(of: range))
        let token = parse.tokens[headToken]
        if token.dep == .pobj, let prep = parse.head(of: headToken),
            readers.lexicon.locativePrepositions.contains(parse.lemmas[prep])
        {
            return true
        }
        let sentence = parse.sentenceTokens[parse.sentenceOfToken[headToken]]
        // A dateline ("BAMAKO, Mali –"), not an acronym with its apposition ("MONUSCO, the UN mission, …").
        if range.lowerBound == sentence.lowerBound, parse.isAllCaps(range.lowerBound),
            range.upperBound < sentence.upperBound, parse.tokens[range.upperBound].text == ",",
            range.upperBound + 1 >= sentence.upperBound || parse.tokens[range.upperBound + 1].tag != .DT
        {
            return true
        }
        return false
    }
}
