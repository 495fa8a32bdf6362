import ActorGraphCore
import Language

/// What a run of proper-noun tokens names, before it is resolved to an entity.
enum ChunkKind: Sendable, Hashable {
    /// A gazetteer, dictionary or known-entity phrase.
    case phrase(PhraseEntry)
    /// An organisation or agreement named by its head noun ("Ministry of Defense", "Windsor Framework").
    case named(EntityType, GroupSubtype?)
    /// A person's full name, or one name introduced by a title ("President Bazoum").
    case person
    /// One capitalised word to resolve later: a surname, a short name, an acronym.
    case single
}

/// A candidate name in a sentence: its tokens and what it names.
struct NameChunk: Sendable, Hashable {
    var tokens: Range<Int>
    var kind: ChunkKind
    /// Whether a title introduces it ("President", "Gen.", "Ms").
    var titled: Bool
}

/// Cuts each sentence into title spans and name chunks, and says what each chunk names.
///
/// A chunk is a run of proper-noun tokens (or capitalised tokens inside one named-entity span), joined across
/// hyphens and name particles ("al-Sharaa", "von der Leyen") and, inside organisation and agreement names,
/// across "of", "for", "on", "and" and "the" ("Ministry of Defense", "Protocol on Free Movement"). Titles are
/// never part of a name: "European Commission President Ursula von der Leyen" is the group, the title, the
/// person. The whole chunk is looked up first, so an embedded name is not a mention ("US" in "US Institute
/// of Peace", "Santiago" in "Santiago Peña").
struct NameChunker {
    let parse: ParseIndex
    let readers: Readers
    /// The named-entity label over each token, if any.
    let entityLabel: [EntityLabel?]
    /// The token after the end of the named-entity span over each token, if any.
    let entityEnd: [Int?]
    /// Token keys with an abbreviation's full stop dropped, as titles are written ("Gen." → "gen").
    private let titleKeys: [String]

    init(parse: ParseIndex, readers: Readers, entities: [EntitySpan]) {
        self.parse = parse
        self.readers = readers
        titleKeys = parse.keys.map { $0.hasSuffix(".") && $0.count > 1 ? String($0.dropLast()) : $0 }
        var labels = [EntityLabel?](repeating: nil, count: parse.tokens.count)
        var ends = [Int?](repeating: nil, count: parse.tokens.count)
        var token = 0
        for span in entities {
            while token < parse.tokens.count && parse.tokens[token].end <= span.start { token += 1 }
            var i = token
            while i < parse.tokens.count && parse.tokens[i].start < span.end { i += 1 }
            for j in token..<i {
                labels[j] = span.label
                ends[j] = i
            }
        }
        entityLabel = labels
        entityEnd = ends
        // "the breakaway Nagorno-Karabakh region" once makes "Nagorno-Karabakh" a place wherever the document
        // names it ("peacekeepers deployed to Nagorno-Karabakh").
        var places: Set<String> = []
        for (i, token) in parse.tokens.enumerated() where i > 0 && !parse.isCapitalised(i) && token.pos == .NOUN {
            guard readers.lexicon.partOfStateNouns.contains(parse.keys[i]) else { continue }
            var start = i
            while start > 0,
                parse.isCapitalised(start - 1) || (parse.keys[start - 1].isEmpty && !parse.spaceBefore[start])
            {
                start -= 1
            }
            let words = (start..<i).filter { !parse.keys[$0].isEmpty }
            guard !words.isEmpty, words.allSatisfy({ parse.tokens[$0].tag == .NNP }),
                readers.gazetteer.phrases.lookup(parse.keys[start]).isEmpty
            else { continue }
            places.insert((start..<i).map { parse.keys[$0] }.joined(separator: " "))
        }
        placeNames = places
        // "the tanker Eagle S", "the Eagle S, an oil tanker": a ship's name wherever the document names it.
        var vessels: Set<String> = []
        func capitalisedRun(_ range: Range<Int>) -> String? {
            let words = range.filter { !parse.keys[$0].isEmpty }
            guard !words.isEmpty, words.allSatisfy({ parse.isCapitalised($0) }) else { return nil }
            return range.map { parse.keys[$0] }.joined(separator: " ")
        }
        for i in parse.tokens.indices where readers.lexicon.vesselNouns.contains(parse.keys[i]) {
            var end = i + 1
            while end < parse.tokens.count, parse.isCapitalised(end), end - i <= 4 { end += 1 }
            if end > i + 1, let name = capitalisedRun((i + 1)..<end) { vessels.insert(name) }
            var j = i - 1
            while j > 0, [.ADJ, .NOUN].contains(parse.tokens[j].pos) { j -= 1 }
            guard j > 1, parse.tokens[j].pos == .DET, parse.tokens[j - 1].text == "," else { continue }
            var start = j - 1
            while start > 0, parse.isCapitalised(start - 1), j - 1 - start < 4 { start -= 1 }
            if start < j - 1, let name = capitalisedRun(start..<(j - 1)) { vessels.insert(name) }
        }
        vesselNames = vessels
    }

    /// Names the document gives ships ("the tanker Eagle S"): vessels wherever they occur.
    private let vesselNames: Set<String>

    /// Names the document uses before a place noun ("the Kursk region"): places wherever they occur.
    private let placeNames: Set<String>

    /// The title that starts at `token` within `limit`: its end and role (longest match; "Gen." reads as "gen").
    func title(at token: Int, limit: Int) -> (end: Int, role: TitleRole)? {
        guard !parse.keys[token].isEmpty else { return nil }
        guard
            let longest = readers.titles.matches(titleKeys, spaceBefore: parse.spaceBefore, from: token, limit: limit)
                .last, let role = longest.values.first
        else { return nil }
        // A plural is a title only before the names it introduces ("Special envoys Serdar Kılıç and …"):
        // "Palestinian negotiators met Israel" names no office holder, and its demonym speaks for no state.
        if [.NNS, .NNPS].contains(parse.tokens[longest.end - 1].tag) {
            var next = longest.end
            if next < limit, parse.tokens[next].text == "," { next += 1 }
            guard next < limit, isNameToken(next) else { return nil }
        }
        return (longest.end, role)
    }

    /// The chunks of sentence `sentence`, left to right, with the title spans between them.
    func chunks(in sentence: Int) -> (chunks: [NameChunk], titles: [(tokens: Range<Int>, role: TitleRole)]) {
        let range = parse.sentenceTokens[sentence]
        let headline = isHeadline(range)
        let titleCase = quotedTitleTokens(range).union(listHeadingTokens(range))
        let byline = isByline(range)
        var chunks: [NameChunk] = []
        var titles: [(tokens: Range<Int>, role: TitleRole)] = []
        var i = range.lowerBound
        var titledNext = false
        if let dateline = datelineEnd(range) { i = dateline }
        while i < range.upperBound {
            let headline = headline || titleCase.contains(i)
            // "General Dynamics", "General Motors": a known name that runs past a title beginning with it wins.
            if let found = titleSpan(at: i, limit: range.upperBound),
                (longestPhrase(at: i, limit: range.upperBound).map { $0.entry.kind != .name || $0.end <= found.end }
                    ?? true)
            {
                titles.append((i..<found.end, found.role))
                titledNext = true
                i = found.end
                continue
            }
            if isPrefixedModifier(i, limit: range.upperBound) {
                i += 1
                continue
            }
            var phrase = longestPhrase(at: i, limit: range.upperBound)
            // "U.S. Treasury Secretary Scott Bessent": a title that starts inside a known name and runs past it
            // wins; the name's words before it stand alone ("U.S.").
            if let found = phrase,
                let inner = (i + 1..<found.end).first(where: {
                    (title(at: $0, limit: range.upperBound)?.end ?? 0) > found.end
                })
            {
                phrase = longestPhrase(at: i, limit: inner)
            }
            if let phrase, phrase.entry.type == .group, phrase.entry.kind == .name,
                let branch = branchEnd(
                    after: phrase.end, armed: phrase.entry.subtype == .armedGroup, limit: range.upperBound)
            {
                chunks.append(
                    NameChunk(tokens: i..<branch, kind: .named(.group, phrase.entry.subtype), titled: false))
                i = branch
                titledNext = false
                continue
            }
            var end = startsName(i) ? chunkEnd(from: i, limit: range.upperBound, titled: titledNext) : i
            // "the Takuba task force": a lower-case organisation noun after a name that is no known one.
            if phrase == nil, end > i, end + 1 < range.upperBound, parse.tokens[end].text == "task",
                parse.tokens[end + 1].text == "force"
            {
                end += 2
            }
            // In a title-case headline capitals run on past a name ("Bola Tinubu Visits Paris"): the recogniser's
            // person span ends it.
            if headline, entityLabel[i] == .PERSON, let spanEnd = entityEnd[i], spanEnd < end { end = spanEnd }
            // A gazetteer name that runs past the chunk is the better reading ("Community of Latin American and
            // Caribbean States").
            if let phrase, phrase.end >= end { end = i }
            if end > i {
                let kind = classify(
                    i..<end, phrase: phrase, titled: titledNext, headline: headline, byline: byline)
                if let kind {
                    chunks.append(NameChunk(tokens: i..<end, kind: kind, titled: titledNext))
                    i = end
                    titledNext = false
                    continue
                }
            }
            if let phrase {
                if phrase.entry.kind == .blocked,
                    let inner = (i..<phrase.end).first(where: {
                        startsName($0) && chunkEnd(from: $0, limit: range.upperBound) > phrase.end
                    }), inner > i
                {
                    // "the Sahel Brigade": the region blocks only where no longer name runs through it.
                    i = inner
                    continue
                }
                if phrase.entry.kind != .blocked {
                    chunks.append(NameChunk(tokens: i..<phrase.end, kind: .phrase(phrase.entry), titled: false))
                }
                i = phrase.end
                titledNext = false
                continue
            }
            if headline && end > i + 1 {
                // In a title-case headline the capitals run on past a name ("Trump Hits Lesotho with 50% Tariff"):
                // a run that names nothing may still hold a known name further on, so read on word by word.
                i += 1
            } else if end > i {
                // A place or an unknown run: its words are not names of actors, nor is the acronym a facility,
                // an event, a law or a weapon defines ("the Strategic Dialogue (SD)", "the National Advanced
                // Surface-to-Air Missile System (NASAMS)").
                i = end
                if !headline, namesNoActor(parse.keys[end - 1]),
                    let close = acronymEnd(after: end, limit: range.upperBound)
                {
                    i = close
                }
            } else {
                // A title stays with the name after one comma ("Chad's Defence Minister, Issakha Malloua Djamous").
                let comma = parse.tokens[i].text == "," && titledNext && titles.last?.tokens.upperBound == i
                i += 1
                if comma { continue }
            }
            titledNext = false
        }
        return (chunks, titles)
    }

    /// Whether a name whose head noun is `key` names no actor: a facility or event ("the Fordow site", "the
    /// Strategic Dialogue"), a law or a weapon system ("the Taiwan Relations Act").
    private func namesNoActor(_ key: String) -> Bool {
        readers.lexicon.facilityNouns.contains(key) || readers.lexicon.thingNouns.contains(key)
    }

    /// Whether `token` is a name word joined by a hyphen to a lower-case prefix before more name words
    /// ("post-Soviet Collective Security Treaty Organization", "anti-Kremlin Free Russia Foundation"): the
    /// prefixed word describes the name after it and is not part of it.
    private func isPrefixedModifier(_ token: Int, limit: Int) -> Bool {
        guard token >= 2, token + 1 < limit, isNameToken(token), isNameToken(token + 1),
            parse.keys[token - 1].isEmpty, !parse.spaceBefore[token], !parse.spaceBefore[token - 1]
        else { return false }
        return Self.modifierPrefixes.contains(parse.tokens[token - 2].text)
    }

    /// The first lower-case word from `token` on, across a list of capitalised names ("…, Natanz and Isfahan
    /// *sites*"), within six tokens.
    private func nounAfterNames(_ token: Int) -> Int? {
        var i = token
        while i < parse.tokens.count && i - token < 6 {
            if parse.isCapitalised(i) || [",", "and"].contains(parse.keys[i]) {
                i += 1
                continue
            }
            return parse.tokens[i].pos == .NOUN ? i : nil
        }
        return nil
    }

    /// The Persian, Urdu and Arabic linking syllables between the words of a name ("Tehrik-i-Taliban",
    /// "Lashkar-e-Taiba", "Bunyan-um-Marsoos"), and English "to" inside one ("Surface-to-Air Missile System").
    static let linkingVowels: Set<String> = ["i", "e", "ul", "um", "ur", "us", "ud", "ut", "to"]

    /// Lower-case nouns of groups that follow a group's own name, never a person's ("the Gran Grif gang").
    static let groupNounsAfterNames: Set<String> = [
        "gang", "gangs", "militia", "cartel", "coalition", "faction", "movement", "alliance", "syndicate", "brigade",
        "battalion", "insurgency", "insurgents", "rebels", "militants", "jihadists", "party",
    ]

    /// Lower-case prefixes that make an adjective of the name they are hyphened to.
    static let modifierPrefixes: Set<String> = ["post", "pre", "anti", "pro", "non", "mid"]

    /// One past the ")" of an acronym in parentheses right at `token` ("(SD)"), if there is one.
    private func acronymEnd(after token: Int, limit: Int) -> Int? {
        guard token + 2 < limit, parse.tokens[token].text == "(", parse.tokens[token + 2].text == ")",
            parse.isAllCaps(token + 1), parse.tokens[token + 1].text.count >= 2
        else { return nil }
        return token + 3
    }

    /// The closing quote of a nickname quoted inside a person's name ("Enrique “Kiki” Camarena", "Joaquín “El
    /// Chapo” Guzmán"): an opening quote after one or two name words, at most three capitalised words, a closing
    /// quote, then more of the person's name.
    private func quotedNicknameEnd(_ open: Int, chunkStart: Int, limit: Int) -> Int? {
        let quotes: Set<String> = ["\"", "“", "”", "'", "‘", "’"]
        guard quotes.contains(parse.tokens[open].text), open - chunkStart <= 2, parse.spaceBefore[open] else {
            return nil
        }
        var close = open + 1
        while close < limit && close - open <= 4 && !quotes.contains(parse.tokens[close].text) {
            guard parse.isCapitalised(close) || parse.keys[close].isEmpty else { return nil }
            close += 1
        }
        guard close > open + 1, close + 1 < limit, quotes.contains(parse.tokens[close].text),
            !parse.spaceBefore[close], isNameToken(close + 1),
            entityLabel[close + 1] == .PERSON || entityLabel[chunkStart] == .PERSON
                || readers.lexicon.givenNames.contains(parse.keys[chunkStart])
        else { return nil }
        return close
    }

    /// A title at `token`, if it is not itself the start of a longer name ("Prime" in "Prime Video" is not).
    private func titleSpan(at token: Int, limit: Int) -> (end: Int, role: TitleRole)? {
        guard let found = title(at: token, limit: limit) else { return nil }
        // A title word after "of (the)" inside an organisation's name is part of it ("Office of the President").
        if token > 0, ["of", "the"].contains(parse.keys[token - 1]), entityLabel[token] == .ORG {
            return nil
        }
        return (portfolioEnd(after: found.end, limit: limit) ?? found.end, found.role)
    }

    /// One past a title's portfolio that runs into the name after it ("Assistant Secretary of State *for African
    /// Affairs* Molly Phee", "Commissioner *for Political Affairs, Peace and Security* Bankole Adeoye"): "for" or
    /// "of", capitalised words, commas and "and", up to the last portfolio word, when a name or a comma follows.
    private func portfolioEnd(after end: Int, limit: Int) -> Int? {
        guard end + 1 < limit, ["for", "of"].contains(parse.keys[end]) else { return nil }
        var i = end + 1
        var last: Int?
        while i < limit, parse.isCapitalised(i) || ["and", ",", "&"].contains(parse.keys[i]) {
            if readers.lexicon.portfolioWords.contains(parse.keys[i]) { last = i }
            i += 1
        }
        guard let last, last + 1 < limit, isNameToken(last + 1) || parse.tokens[last + 1].text == "," else {
            return nil
        }
        return last + 1
    }

    /// The longest gazetteer or local phrase starting at `token`, with its casing checked against the text.
    func longestPhrase(at token: Int, limit: Int) -> (end: Int, entry: PhraseEntry)? {
        guard !parse.keys[token].isEmpty, parse.tokens[token].pos != .SPACE, !isInsideHyphenated(token) else {
            return nil
        }
        let local = readers.local.matches(parse.keys, spaceBefore: parse.spaceBefore, from: token, limit: limit)
        let global = readers.gazetteer.phrases.matches(
            parse.keys, spaceBefore: parse.spaceBefore, from: token, limit: limit)
        for (end, values) in (local + global).sorted(by: { $0.end > $1.end }) {
            let surface = parse.text(token..<end)
            if let entry = values.first(where: { $0.accepts(surface) }) { return (end, entry) }
        }
        return nil
    }

    /// Whether `token` is a middle part of a hyphenated word ("AU" in "PORT-AU-PRINCE"), which names nothing alone.
    private func isInsideHyphenated(_ token: Int) -> Bool {
        guard token >= 2, token + 2 < parse.tokens.count else { return false }
        let glued = { (i: Int) in !self.parse.spaceBefore[i] }
        return parse.tokens[token - 1].text == "-" && parse.tokens[token + 1].text == "-" && glued(token)
            && glued(token - 1) && glued(token + 1) && glued(token + 2)
    }

    /// Whether a name chunk can start at `token`: a name token, or a particle before one ("von der Leyen").
    private func startsName(_ token: Int) -> Bool {
        if isNameToken(token) { return true }
        // "Zelenskyy accused Fico …": an unknown capitalised word opening a sentence, before its verb, that the tagger
        // read as a common noun. Only a name the document has given in full makes it anyone's.
        if parse.tokens[token].tag == .NN, parse.isCapitalised(token), token + 1 < parse.tokens.count,
            parse.tokens[token + 1].pos == .VERB,
            parse.sentenceTokens[parse.sentenceOfToken[token]].first(where: { parse.tokens[$0].pos != .SPACE }) == token
        {
            return true
        }
        // "the 45th Panzer Brigade", "the 82nd Airborne Division": a military unit's ordinal is part of its name.
        if isOrdinal(token), token + 1 < parse.tokens.count, isNameToken(token + 1) {
            let end = chunkEnd(from: token + 1, limit: parse.tokens.count)
            if (token + 1..<end).contains(where: { readers.lexicon.organisationNouns[parse.keys[$0]] == .military }) {
                return true
            }
        }
        // "Five-Point Consensus", "Six-Party Talks": a number joined by a hyphen to a capitalised word.
        if parse.isCapitalised(token) || parse.tokens[token].tag == .CD, token + 2 < parse.tokens.count,
            parse.keys[token + 1].isEmpty, !parse.spaceBefore[token + 1], !parse.spaceBefore[token + 2],
            isNameToken(token + 2), parse.tokens[token].tag == .CD || parse.tokens[token].pos == .NUM
        {
            return true
        }
        guard readers.lexicon.nameParticles.contains(parse.keys[token]), parse.tokens[token].pos != .PUNCT else {
            return false
        }
        var next = token + 1
        while next < parse.tokens.count && readers.lexicon.nameParticles.contains(parse.keys[next]) { next += 1 }
        return next < parse.tokens.count && isNameToken(next) && entityLabel[next] == .PERSON
    }

    /// Nouns whose possessive is part of an organisation's name ("People's", "Workers'").
    static let collectiveOwners: Set<String> = ["people", "peoples", "workers", "women", "farmers", "citizens"]

    /// Whether `token` is an ordinal written in digits ("45th", "1st", "82nd").
    private func isOrdinal(_ token: Int) -> Bool {
        let text = parse.tokens[token].text.lowercased()
        guard let suffix = ["st", "nd", "rd", "th"].first(where: text.hasSuffix) else { return false }
        let digits = text.dropLast(suffix.count)
        return !digits.isEmpty && digits.allSatisfy(\.isASCII) && digits.allSatisfy(\.isNumber)
    }

    /// Where a dateline or caption lead ends ("KYIV, Ukraine (AP) —", "FILE -"): capitals at the start of a line
    /// followed by a comma, a dash or a parenthesis name where the story was filed, not an actor.
    private func datelineEnd(_ range: Range<Int>) -> Int? {
        var i = range.lowerBound
        while i < range.upperBound && parse.isAllCaps(i) && parse.tokens[i].text.count >= 3 { i += 1 }
        guard i > range.lowerBound, i < range.upperBound,
            [",", "—", "–", "-", "("].contains(parse.tokens[i].text)
        else { return nil }
        // "BRICS, a bloc …", "NATO (…)": a known organisation at the start of a line is its subject, not a dateline.
        if i == range.lowerBound + 1,
            readers.gazetteer.entries(named: parse.tokens[range.lowerBound].text).contains(where: { $0.type == .group })
        {
            return nil
        }
        // "MONUSCO, the United Nations peacekeeping mission, …": an acronym with its apposition, not a place.
        if parse.tokens[i].text == ",", i + 1 < range.upperBound, parse.tokens[i + 1].tag == .DT { return nil }
        return i
    }

    /// A byline: "By Jane Doe", at most a few words.
    func isByline(_ range: Range<Int>) -> Bool {
        let words = range.filter { parse.tokens[$0].pos != .PUNCT && parse.tokens[$0].pos != .SPACE }
        guard let first = words.first else { return false }
        return parse.keys[first] == "by" && words.count <= 8
    }

    /// Whether `token` can be part of a proper name.
    func isNameToken(_ token: Int) -> Bool {
        let t = parse.tokens[token]
        guard t.pos != .SPACE, t.pos != .PUNCT, t.tag != .DT, t.tag != .POS else { return false }
        if t.tag == .NNP || t.tag == .NNPS {
            return parse.isCapitalised(token) || t.text.unicodeScalars.first?.properties.numericType != nil
        }
        // "M23", "G20", "F-16": capitals with digits, however tagged (three characters at least: "H1" is markup).
        let scalars = t.text.unicodeScalars
        if scalars.count >= 3, scalars.first?.properties.isUppercase == true,
            scalars.contains(where: { $0.properties.numericType != nil }),
            scalars.allSatisfy({ $0.properties.isUppercase || $0.properties.numericType != nil || $0 == "-" })
        {
            return true
        }
        if let label = entityLabel[token], Self.nameLabels.contains(label), parse.isCapitalised(token) {
            return true
        }
        return false
    }

    /// Labels whose spans are names of actors or of things that may be (an unknown GPE is a city, but its
    /// tokens still must not be read as a person's name).
    static let nameLabels: Set<EntityLabel> = [
        .ORG, .PERSON, .GPE, .NORP, .LAW, .FAC, .workOfArt, .PRODUCT, .EVENT, .LOC,
    ]

    /// One past the last token of the chunk starting at `start` (`titled`: right after a title, so a person's).
    private func chunkEnd(from start: Int, limit: Int, titled: Bool = false) -> Int {
        var end = start + 1
        var hasHeadNoun = isOrganisationOrAgreementNoun(start) || isLeadingOrganisationNoun(start)
        var afterJoiner = false
        var placeFollows = false
        var inComplement = false
        while end < limit {
            // A title word inside one named-entity span is part of the name ("Hassan Sheikh Mohamud", "Office of
            // the President").
            // A title word right after "of"/"for" belongs to the name ("Court of Justice", "Secretary of State"
            // inside "Department of State").
            if let found = title(at: end, limit: limit), !afterJoiner {
                // (The recogniser may label the surname after it another kind: "Hassan Sheikh *Mohamud*" read as a
                // place; a capitalised word no gazetteer knows goes on the name.)
                let insideName =
                    entityLabel[end] == .PERSON && entityLabel[end - 1] == .PERSON
                    && (found.role == .honorific || found.role == .rank) && found.end < limit
                    && (entityLabel[found.end] == .PERSON
                        || parse.isCapitalised(found.end) && longestPhrase(at: found.end, limit: limit) == nil)
                if !insideName { break }
            }
            // Two adjacent names: a person's after an organisation's ("United Nations Victor Moraru"), or a known
            // place after another name ("Freedom House Burkina Faso"). Other label changes inside a name are the
            // recogniser's noise ("Ursula von der Leyen" with "Leyen" read as a place).
            // (Not the place a mission's "in" leads to: "United Nations Verification Mission in *Colombia*".)
            if let here = entityLabel[end], let before = entityLabel[end - 1], here != before, !placeFollows {
                if here == .PERSON
                    || (before == .ORG || before == .PERSON) && longestPhrase(at: end, limit: limit) != nil
                {
                    break
                }
            }
            afterJoiner = false
            placeFollows = false
            // "Tigray People's Liberation Front", "Kurdistan Workers' Party": a possessive of a collective noun
            // inside an organisation's name, before more of the name.
            if parse.tokens[end].tag == .POS, Self.collectiveOwners.contains(parse.keys[end - 1]), end + 1 < limit,
                isNameToken(end + 1)
            {
                end += 1
                continue
            }
            if isNameToken(end) && parse.tokens[end].tag != .POS {
                hasHeadNoun = hasHeadNoun || isOrganisationOrAgreementNoun(end)
                end += 1
                continue
            }
            // Joiners: punctuation inside a word, an ampersand, a particle before a name, "of"/"for"/"on" inside an
            // organisation or agreement name, and "and", "in" or commas inside one that the recogniser also saw as
            // one span ("Bicentennial Framework for Security, Public Health, and Safe Communities").
            var next = end
            let key = parse.keys[end]
            let attached = !parse.spaceBefore[end] && end + 1 < limit && !parse.spaceBefore[end + 1]
            let sameSpan = entityLabel[end] != nil && entityLabel[end] == entityLabel[end - 1]
            if attached && key.isEmpty && end + 3 < limit && Self.linkingVowels.contains(parse.keys[end + 1])
                && parse.keys[end + 2].isEmpty && !parse.spaceBefore[end + 2] && !parse.spaceBefore[end + 3]
                && isNameToken(end + 3)
                // "the Wagner-to-Africa Corps transition" links two names: no name of its own.
                && (parse.keys[end + 1] != "to" || longestPhrase(at: end + 3, limit: limit) == nil)
            {
                // "Tehrik-i-Taliban", "Lashkar-e-Taiba", "Jaish-e-Mohammed": the Persian and Urdu linking vowel.
                end += 4
                continue
            } else if attached && key.isEmpty && entityLabel[end - 1] == .PERSON
                && (entityLabel[end + 1] == .PERSON || parse.tokens[end + 1].tag == .NNP) && isLowercaseWord(end + 1)
            {
                // "Lai Ching-te", "Lee Jae-myung": the lower-case second syllable of a hyphenated given name, even
                // where the recogniser's span stops before it but the tagger still reads a name ("Han Duck-soo";
                // not "Putin-backed").
                end += 2
                continue
            } else if attached && (key.isEmpty || key == "." || key == "'") {
                // "Liptako-Gourma", "Caliber.Az", "N'Djamena": punctuation inside one word.
                next = end + 1
            } else if key == "&" {
                next = end + 1
            } else if readers.lexicon.nameParticles.contains(key) && parse.tokens[end].pos != .PUNCT {
                next = end + 1
                while next < limit && readers.lexicon.nameParticles.contains(parse.keys[next]) { next += 1 }
                // "el-Sisi", "al-Alimi": a particle joined to the name by a hyphen.
                if next + 1 < limit, parse.keys[next].isEmpty, !parse.spaceBefore[next], !parse.spaceBefore[next + 1] {
                    next += 1
                }
            } else if sameSpan && entityLabel[end] == .PERSON
                && ["\"", "“", "”", "'", "‘", "’"].contains(parse.tokens[end].text)
            {
                // A nickname in quotes inside a name ("Enrique “Kiki” Camarena").
                next = end + 1
            } else if let close = quotedNicknameEnd(end, chunkStart: start, limit: limit) {
                // The same across the recogniser's spans, which often call the nickname a group.
                next = close + 1
            } else if hasHeadNoun && parse.tokens[end].tag == .CD {
                // "Task Force 153", "Soviet Army 14".
                end += 1
                continue
            } else if (hasHeadNoun || sameSpan && entityLabel[end] == .ORG)
                && (["of", "for", "on", "de", "du", "des"].contains(key) || key == "to" && inComplement)
            {
                // ("to" inside a complement: "the Agreement on the Path *to* Normalisation".)
                next = end + 1
                if next < limit && parse.keys[next] == "the" { next += 1 }
                // "sanctions imposed by the European Union on Iran": a known name after the joiner, outside the
                // recogniser's span, is the sentence's next actor, not the name's complement.
                // But a state after an organisation noun's "of" is the organisation's ("the Communist Party of
                // Cuba", "the Security Council of Russia").
                if next < limit, (entityEnd[end - 1] ?? end) <= end,
                    let known = longestPhrase(at: next, limit: limit), known.entry.kind == .name,
                    !(key == "of" && hasHeadNoun && known.entry.type == .state
                        && readers.lexicon.organisationNouns[parse.keys[end - 1]] != nil)
                {
                    break
                }
                inComplement = true
            } else if key == "in" || key == "to",
                readers.lexicon.placedOrganisationNouns.contains(parse.keys[end - 1])
                    || key == "in" && inComplement
                        && (start..<end).contains { readers.lexicon.placedOrganisationNouns.contains(parse.keys[$0]) }
            {
                // (Also after the mission's complement: "UN Mission for the Referendum *in* Western Sahara".)
                // "African Union Mission in Somalia", "UN Mission in South Sudan", "Regional Assistance Mission to
                // Solomon Islands": the place is part of the name.
                next = end + 1
                if next < limit && parse.keys[next] == "the" { next += 1 }
                placeFollows = true
            } else if key == "and", !hasHeadNoun, longestPhrase(at: start, limit: limit)?.end != end,
                !titled, !readers.lexicon.givenNames.contains(parse.keys[start]),
                end + 1 < limit, longestPhrase(at: end + 1, limit: limit) == nil,
                organisationRunEnd(after: end + 1, limit: limit) != nil
            {
                // "Myanma Oil and Gas Enterprise", "Trade and Development Bank": two capitalised runs joined by
                // "and" under one organisation noun, the first no name of its own (nor a person's: "Pablo Quirno
                // and Central Bank President …"), the second no known name ("… and European Commission …").
                next = end + 1
            } else if hasHeadNoun && inComplement && key == "and" && end + 1 < limit
                && longestPhrase(at: end + 1, limit: limit) == nil
            {
                // "… for Dialogue and Peace": a second word of the complement, not a second name.
                next = end + 1
            } else if (hasHeadNoun || entityLabel[end] == .ORG) && sameSpan
                && ["and", "in", ",", "at", "to"].contains(key)
                && !(key == "and" && !hasHeadNoun && (titled || readers.lexicon.givenNames.contains(parse.keys[start])))
                && !(key == "," && longestPhrase(at: start, limit: limit)?.end == end)
            {
                // (Not after a person's name that the recogniser ran into the next one: "Molly Phee and U.S.
                // Africa Command"; nor after a known name and a comma: "In Abuja, ECOWAS Commission President …".)
                next = end + 1
                while next < limit && entityLabel[next] == entityLabel[end]
                    && [",", "and", "the"].contains(parse.keys[next])
                {
                    next += 1
                }
            } else {
                break
            }
            // A joiner never leads into a date ("UN General Assembly on Friday").
            guard next < limit, isNameToken(next), next > end, entityLabel[next] != .DATE, entityLabel[next] != .TIME
            else { break }
            end = next
            afterJoiner = true
            continue
        }
        return end
    }

    /// One past a known group's regional branch name that goes on from `start`, the end of the group's name:
    /// up to three capitalised words closed by a branch noun ("Islamic State *West Africa Province*"), or, for an
    /// armed group, "in the" and a region that is no state ("al-Qaeda *in the Arabian Peninsula*", "Islamic State
    /// *in the Greater Sahara*"; "in Mozambique" stays a place).
    private func branchEnd(after start: Int, armed: Bool, limit: Int) -> Int? {
        var end = start
        while end < limit && end - start < 4 && isNameToken(end) { end += 1 }
        if end - start >= 2, readers.lexicon.branchNouns.contains(parse.keys[end - 1]) { return end }
        guard armed, start + 2 < limit, parse.keys[start] == "in", parse.keys[start + 1] == "the",
            isNameToken(start + 2), longestPhrase(at: start + 2, limit: limit)?.entry.type != .state
        else { return nil }
        end = start + 2
        while end < limit && end - start < 6 && isNameToken(end) { end += 1 }
        return end
    }

    /// One past a run of one to three capitalised words from `start` whose last is an organisation noun ("Gas
    /// *Enterprise*", "Development *Bank*"), or nil.
    private func organisationRunEnd(after start: Int, limit: Int) -> Int? {
        var end = start
        while end < limit && end - start < 3 && isNameToken(end) {
            end += 1
            if readers.lexicon.organisationNouns[parse.keys[end - 1]] != nil { return end }
        }
        return nil
    }

    /// Whether `token` is a word of lower-case letters only ("te" in "Ching-te").
    private func isLowercaseWord(_ token: Int) -> Bool {
        let text = parse.tokens[token].text
        return !text.isEmpty && text.unicodeScalars.allSatisfy { $0.properties.isLowercase }
    }

    /// Whether `range` is a ship's name, right after the noun for the ship ("the frigate *Hessen*", "the bulk
    /// carrier *True Confidence*", "the tanker *Eagle S*") or before it in apposition: a vessel, no actor.
    private func namesVessel(_ range: Range<Int>) -> Bool {
        let start = range.lowerBound
        let vessels = readers.lexicon.vesselNouns
        // (Or the noun for the ship in apposition after it: "the Eagle S, an oil *tanker* that Finland seized".)
        if let noun = appositionHead(after: range), vessels.contains(parse.keys[noun]) { return true }
        guard start > 0 else { return false }
        return vessels.contains(parse.keys[start - 1])
            || start > 1 && vessels.contains(parse.keys[start - 2] + " " + parse.keys[start - 1])
    }

    private func isOrganisationOrAgreementNoun(_ token: Int) -> Bool {
        let key = parse.keys[token]
        return readers.lexicon.organisationNouns[key] != nil || readers.lexicon.agreementNouns.contains(key)
    }

    private func isLeadingOrganisationNoun(_ token: Int) -> Bool {
        readers.lexicon.leadingOrganisationNouns[parse.keys[token]] != nil
    }

    /// What `range` names, or nil when it names no actor (a place, a date, an unknown run in a headline).
    private func classify(
        _ range: Range<Int>, phrase: (end: Int, entry: PhraseEntry)?, titled: Bool, headline: Bool, byline: Bool
    ) -> ChunkKind? {
        if let phrase, phrase.end == range.upperBound {
            return phrase.entry.kind == .blocked ? nil : .phrase(phrase.entry)
        }
        let words = range.filter { !parse.keys[$0].isEmpty && parse.tokens[$0].pos != .PUNCT }
        guard let first = words.first, let last = words.last else { return nil }
        let lexicon = readers.lexicon
        let key = range.map { parse.keys[$0] }.joined(separator: " ")
        if placeNames.contains(key) || vesselNames.contains(key) || namesVessel(range) { return nil }
        // "the Viv Ansanm coalition", "the Gran Grif gang", "the Citizen Revolution movement": a name before a
        // lower-case group noun is the group's, whatever its own words would name.
        if !titled, phrase == nil, range.upperBound < parse.tokens.count, !parse.isCapitalised(range.upperBound),
            Self.groupNounsAfterNames.contains(parse.keys[range.upperBound])
        {
            return .named(.group, lexicon.organisationNouns[parse.keys[range.upperBound]] ?? nil)
        }
        if words.count >= 2 {
            // The head noun: before the first complement ("Protocol on Free Movement", "Ministry of Defense"), else
            // the last word ("Windsor Framework", "Wagner Group").
            // "Combined Task Force 153", "Army 14": a number after the head noun is the unit's, not its head.
            var head = parse.tokens[last].tag == .CD && words.count >= 2 ? words[words.count - 2] : last
            let complement = words.firstIndex {
                ["of", "for", "on"].contains(parse.keys[$0])
                    || ["in", "to"].contains(parse.keys[$0]) && $0 > first
                        && lexicon.placedOrganisationNouns.contains(parse.keys[$0 - 1])
            }
            if let of = complement, of > 0 {
                head = words[words.index(before: of)]
            }
            // The last word of a complement is the complement's: "Regional Assistance Mission to Solomon *Islands*".
            if namesNoActor(parse.keys[head]) || complement == nil && namesNoActor(parse.keys[last]) { return nil }
            if lexicon.agreementNouns.contains(parse.keys[head]) { return .named(.agreement, nil) }
            if let subtype = lexicon.organisationNouns[parse.keys[head]] {
                // A page's section link ("Local News", "Latest News"), left in a saved article's text.
                if subtype == .media && words.count == 2 && lexicon.sectionWords.contains(parse.keys[first]) {
                    return nil
                }
                return .named(.group, subtype)
            }
            if let subtype = lexicon.leadingOrganisationNouns[parse.keys[first]] { return .named(.group, subtype) }
            // "Kataib Hezbollah": a name that ends in a known group's whole name, spelled as the group is, is a group
            // of its own, whatever the recogniser calls it (not a surname: "Abdul Malik al-Houthi", "Kim Jong Un";
            // nor the group with a nationality: "Pakistani Taliban").
            if complement == nil, !lexicon.givenNames.contains(parse.keys[first]),
                !readers.gazetteer.phrases.lookup(parse.tokens[first].text).contains(where: { $0.kind == .demonym }),
                !range.contains(where: { parse.keys[$0].isEmpty || lexicon.nameParticles.contains(parse.keys[$0]) }),
                let known = readers.gazetteer.phrases.lookup(parse.tokens[last].text).first(where: {
                    $0.type == .group && $0.kind == .name && $0.canonical == parse.tokens[last].text
                })
            {
                return .named(.group, known.subtype)
            }
            if head != last {
                if lexicon.agreementNouns.contains(parse.keys[last]) { return .named(.agreement, nil) }
                if let subtype = lexicon.organisationNouns[parse.keys[last]] { return .named(.group, subtype) }
            }
        }
        // "the breakaway Nagorno-Karabakh region", "Russia's Kursk region": a name before a lower-case place noun
        // is the place's.
        if !titled, phrase == nil, let noun = nounAfterNames(range.upperBound),
            lexicon.partOfStateNouns.contains(parse.keys[noun]) || lexicon.facilityNouns.contains(parse.lemmas[noun])
        {
            // (And before a facility noun, across a list of names: "Iran's Fordow, Natanz and Isfahan sites".)
            return nil
        }
        let label = majorityLabel(range)
        // A quoted word between name words is a nickname: the whole is a person, whatever the recogniser says.
        if words.count >= 3, !headline,
            range.dropFirst().contains(where: { Self.quotes.contains(parse.tokens[$0].text) && $0 < last })
        {
            return .person
        }
        if titled {
            // In a title-case headline the capitals after a title run on into the verb ("Prime Minister Demands
            // Withdrawal"): there a titled name of two words or more needs a given name.
            guard headline else { return .person }
            let named = words.count == 1 || lexicon.givenNames.contains(parse.keys[first])
            return label == .PERSON && named ? .person : nil
        }
        // A known name followed by more capitals that make no organisation ("United States DEA", "Mali Burkina"):
        // the known name, then the rest on its own.
        if phrase != nil && label != .PERSON { return nil }
        if words.count == 1 {
            // A code of capitals and digits ("M23", "G20") names no place, whatever the recogniser says.
            // One word the recogniser calls a place may still be a surname of the document ("Vučić has also
            // deepened ties", "held talks with Muttaqi"): the resolver gives it only a name it has already seen.
            return label == .DATE ? nil : .single
        }
        // A run of capitals opening with a common given name is a person, whatever the recogniser says.
        if !headline || label == .PERSON, lexicon.givenNames.contains(parse.keys[first]),
            words.allSatisfy({ parse.isCapitalised($0) || lexicon.nameParticles.contains(parse.keys[$0]) })
        {
            return .person
        }
        if !headline, let kind = kindFromClause(after: range) { return kind }
        switch label {
        case .PERSON where Self.foreignArticles.contains(parse.keys[first]):
            // "La Jornada", "El Universal": no person's name opens with an article; a newspaper's or group's does.
            return headline ? nil : .named(.group, nil)
        case .PERSON:
            // In a title-case headline the recogniser calls "Russia Ramps" or "Sahel Gamble" a person; there a
            // person needs a given name.
            return headline && !lexicon.givenNames.contains(parse.keys[first]) ? nil : .person
        case .ORG: return headline ? nil : .named(.group, nil)
        case .none:
            // Capitalised words alone are weak evidence of a person; a byline's name is strong.
            guard byline,
                words.allSatisfy({ parse.isCapitalised($0) || lexicon.nameParticles.contains(parse.keys[$0]) }),
                !words.contains(where: { lexicon.notNames.contains(parse.keys[$0]) })
            else { return nil }
            return .person
        default: return nil
        }
    }

    /// Quotation marks, straight and curly.
    static let quotes: Set<String> = ["\"", "“", "”", "‘", "’"]

    /// What the words right after an unknown name say it is, when they do: ", who" and ", whom" follow a person
    /// ("Petar Petković, who heads …"); an apposition headed by an organisation noun names a group ("Fuerza
    /// Popular, the right-wing party led by …").
    private func kindFromClause(after range: Range<Int>) -> ChunkKind? {
        let end = range.upperBound
        guard end + 1 < parse.tokens.count, parse.tokens[end].text == "," else { return nil }
        if ["who", "whom"].contains(parse.keys[end + 1]) { return .person }
        guard let noun = appositionHead(after: range) else { return nil }
        if let subtype = readers.lexicon.organisationNouns[parse.keys[noun]] { return .named(.group, subtype) }
        // "Vassily Nebenzia, Russia's *ambassador* to the UN": an office names a person.
        if readers.lexicon.titles[parse.keys[noun]] != nil { return .person }
        return nil
    }

    /// The head noun of the apposition right after `range` (", the right-wing *party* led by …"), read by word
    /// order, since the parser often hangs it on an earlier name: after its determiner and modifiers, past
    /// compounds' first nouns and owners ("the group's exiled Gaza *chief*").
    private func appositionHead(after range: Range<Int>) -> Int? {
        let end = range.upperBound
        guard end + 2 < parse.tokens.count, parse.tokens[end].text == "," else { return nil }
        var i = end + 1
        // A determiner, or an owner's name ("Russia's ambassador").
        if [.DET, .PRON].contains(parse.tokens[i].pos) {
            i += 1
        } else if parse.tokens[i].pos == .PROPN {
            while i < end + 5, parse.tokens[i].pos == .PROPN { i += 1 }
            guard parse.tokens[i].tag == .POS else { return nil }
            i += 1
        } else {
            return nil
        }
        while i < parse.tokens.count, i <= end + 8 {
            if [.ADJ, .ADV, .NUM, .PUNCT].contains(parse.tokens[i].pos) {
                i += 1
            } else if i + 1 < parse.tokens.count, parse.tokens[i].pos == .NOUN || parse.tokens[i].pos == .PROPN,
                parse.tokens[i + 1].pos == .NOUN || parse.tokens[i + 1].tag == .POS
            {
                i += parse.tokens[i + 1].tag == .POS ? 2 : 1
            } else {
                break
            }
        }
        return i < parse.tokens.count && parse.tokens[i].pos == .NOUN ? i : nil
    }

    /// Definite articles of Spanish, Italian, French and Portuguese that open names of outlets and groups.
    static let foreignArticles: Set<String> = ["el", "la", "los", "las", "le", "les", "il"]

    /// The named-entity label covering most of `range`'s tokens.
    private func majorityLabel(_ range: Range<Int>) -> EntityLabel? {
        var counts: [EntityLabel: Int] = [:]
        for i in range { if let label = entityLabel[i] { counts[label, default: 0] += 1 } }
        guard let best = counts.max(by: { ($0.value, $0.key.rawValue) < ($1.value, $1.key.rawValue) }),
            best.value * 2 >= range.count
        else { return nil }
        return best.key
    }

    /// The tokens of a quoted title inside a sentence ("the title “Washington’s Gamble: Can Talks Halt the War?”"):
    /// a quotation of three longer words or more, most capitalised, read like a headline.
    func quotedTitleTokens(_ range: Range<Int>) -> Set<Int> {
        var found: Set<Int> = []
        var i = range.lowerBound
        while i < range.upperBound {
            guard ["\"", "“"].contains(parse.tokens[i].text), i + 1 < range.upperBound, !parse.spaceBefore[i + 1]
            else {
                i += 1
                continue
            }
            var close = i + 1
            while close < range.upperBound && !["\"", "”"].contains(parse.tokens[close].text) { close += 1 }
            let inside = (i + 1)..<close
            let long = inside.filter { parse.tokens[$0].pos != .PUNCT && parse.tokens[$0].text.count >= 4 }
            if long.count >= 3 && long.filter({ parse.isCapitalised($0) }).count * 10 >= long.count * 6 {
                found.formUnion(inside)
            }
            i = close + 1
        }
        return found
    }

    /// The label of a numbered list item, read like a heading: the words before its colon ("4 Count Check: …").
    func listHeadingTokens(_ range: Range<Int>) -> Set<Int> {
        let words = range.filter { parse.tokens[$0].pos != .SPACE }
        guard words.count >= 3, [.CD, .LS].contains(parse.tokens[words[0]].tag) || parse.tokens[words[0]].pos == .NUM,
            let colon = words.prefix(8).firstIndex(where: { parse.tokens[$0].text == ":" })
        else { return [] }
        return Set(words[..<colon])
    }

    /// Whether a line is a headline, heading or title-case line: most longer words capitalised, no full stop (a
    /// question mark may end one).
    ///
    /// Its capitalised words are not evidence of names (only the recogniser's PERSON spans and known names count).
    func isHeadline(_ range: Range<Int>) -> Bool {
        let words = range.filter { parse.tokens[$0].pos != .PUNCT && parse.tokens[$0].pos != .SPACE }
        guard let first = words.first, let last = words.last, parse.keys[first] != "by" else { return false }
        // The sentence, when it ends its line ("… a press briefing.Russia Ramps Up Security Support" in pasted
        // text), or else its whole line: the parser may cut a sentence out of a paragraph ("… Africa Command
        // (AFRICOM)" before "Commander General …"), or a headline in two at its colon.
        let line = lineWords(around: first)
        let sentence = range.filter { parse.tokens[$0].pos != .SPACE }
        return line.last == sentence.last && isTitleCase(sentence) || isTitleCase(line) && line.contains(last)
    }

    /// Whether most longer words of `words` are capitalised and no full stop ends them (a question mark may:
    /// "Can Talks Halt the War?").
    private func isTitleCase(_ words: [Int]) -> Bool {
        let long = words.filter { parse.tokens[$0].text.count >= 4 && parse.tokens[$0].pos != .PUNCT }
        guard !long.isEmpty else { return false }
        let capitalised = long.filter { parse.isCapitalised($0) }.count
        // (An abbreviation's full stop ends a sentence too: "… met President Ferdinand Marcos Jr.")
        let endsWithStop =
            words.last.map { [".", "!"].contains(parse.tokens[$0].text) || parse.tokens[$0].text.hasSuffix(".") }
            ?? false
        return !endsWithStop && capitalised * 10 >= long.count * 6
    }

    /// The non-space tokens of the line (between line breaks) that `token` is on.
    private func lineWords(around token: Int) -> [Int] {
        // A break after token `t`: a line feed between its end and the next token's start (paragraphs are parsed
        // one by one, so no whitespace token need stand between them).
        func breaks(after t: Int) -> Bool {
            parse.scalars[parse.tokens[t].end..<parse.tokens[t + 1].start].contains("\n")
                || parse.tokens[t].pos == .SPACE && parse.tokens[t].text.unicodeScalars.contains("\n")
        }
        var start = token
        while start > 0 && !breaks(after: start - 1) { start -= 1 }
        var end = token
        while end + 1 < parse.tokens.count && !breaks(after: end) { end += 1 }
        return (start...end).filter { parse.tokens[$0].pos != .SPACE }
    }
}
