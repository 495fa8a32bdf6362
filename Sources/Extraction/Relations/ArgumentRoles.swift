import ActorGraphCore
import Language
import Synchronization

/// Evaluation of argument paths over the parse, and the step from argument tokens to the entities they name.
struct ArgumentRoles: Sendable {
    let parse: ParseIndex
    let lexicon: Lexicon
    /// The mention each token belongs to, if any.
    let mentionAt: [Int?]
    let mentions: [Mention]
    /// For each token that starts a title, one past the title's last token.
    let titleEnd: [Int?]
    /// The type of each document entity, by entity index.
    let entityTypes: [EntityType]

    /// The entity types a subject pronoun can stand for: a person is "he" or "she", a state or group "it";
    /// "they" stands for several (a list, or a group).
    static let pronounKinds: [String: Set<EntityType>] = [
        "he": [.person], "she": [.person], "it": [.state, .group], "they": [.state, .group, .person],
    ]

    /// Personal, possessive and relative pronouns: words whose reading looks for a name elsewhere.
    static let pronounTags: Set<Tag> = [.PRP, .possessivePronoun, .WP, .possessiveWhPronoun, .WDT]

    /// The pronouns whose antecedents are being looked for: a pronoun met again while its own antecedent is sought
    /// has none, so no reading of a sentence loops ("he and his counterpart … their …").
    private let pronounsInProgress = PronounsInProgress()

    /// Verbs whose object, not their subject, is the subject of their `to`-clause ("urged Mali to leave").
    static let objectControlVerbs: Set<String> = [
        "ask", "urge", "persuade", "force", "order", "allow", "invite", "encourage", "pressure", "push", "compel",
        "require", "tell", "call", "help", "enable", "authorise", "authorize", "permit", "prompt", "spur", "drive",
        "provoke", "cause", "lead", "instruct", "direct", "command",
    ]

    /// Verbs of command: when whom they command is an unnamed force ("ordered the army to hit Hamas positions"),
    /// the commander acts (the development sets' "agent as stated").
    static let commandVerbs: Set<String> = ["order", "instruct", "direct", "command", "tell"]

    /// The tokens `path` reaches from `token`, whose words are `span` (a title's words; else the token alone).
    func follow(_ path: ArgumentPath, from token: Int, span: Range<Int>? = nil) -> [Int] {
        let span = span ?? token..<(token + 1)
        var current = [token]
        for step in path.steps {
            if step == .before || step == .after {
                current = adjacentMention(step == .before ? .before : .after, span).map { [$0] } ?? []
                continue
            }
            var next: [Int] = []
            for t in current { next += apply(step, t) }
            current = next
            if current.isEmpty { break }
        }
        return current
    }

    private func apply(_ step: ArgumentPath.Step, _ token: Int) -> [Int] {
        switch step {
        case .child(let labels, let tags, let lemmas):
            // A name is one unit: the children of any of its words that lie outside it ("the Joint Declaration
            // of Argyle for Dialogue and Peace *between* Guyana and Venezuela", attached to "Peace").
            let words = mentionAt[token].map { Array(mentions[$0].tokens) } ?? [token]
            let span = mentionAt[token].map { mentions[$0].tokens } ?? token..<(token + 1)
            // The parser labels "to" after verbs of giving as `dative` ("sent troops to Libya"): a preposition all
            // the same.
            let found = words.flatMap { parse.children[$0] }.filter {
                let dep = parse.tokens[$0].dep
                return !span.contains($0)
                    && (labels.contains(dep)
                        || dep == .dative && labels.contains(.prep) && parse.tokens[$0].pos == .ADP)
                    && (lemmas?.contains(parse.lemmas[$0]) ?? true)
                    && (tags?.contains(parse.tokens[$0].tag) ?? true)
            }.sorted()
            // "a member of NATO since 2004 *and of* the EU since 2007": a preposition coordinated with another
            // complement of the word is one of its complements too.
            if labels.contains(.prep) {
                let coordinated = words.flatMap { parse.children(of: $0, .prep) }.flatMap { parse.conjuncts(of: $0) }
                    .filter {
                        !found.contains($0) && !span.contains($0) && parse.tokens[$0].dep == .conj
                            && parse.tokens[$0].pos == .ADP && (lemmas?.contains(parse.lemmas[$0]) ?? true)
                    }
                if !coordinated.isEmpty { return (found + coordinated).sorted() }
            }
            if labels.contains(.dobj) {
                let gapped = found.flatMap { gappedObjects(of: $0) }
                if !gapped.isEmpty { return (found + gapped).sorted() }
            }
            // A noun takes one complement per preposition: a second "with" on it is the parser's misattachment
            // ("broke off relations with Ecuador in solidarity *with Mexico*"), so the nearest one counts.
            guard [.NOUN, .PROPN].contains(parse.tokens[token].pos), mentionAt[token] == nil, labels.contains(.prep)
            else { return found }
            var seen: Set<String> = []
            return found.filter { parse.tokens[$0].pos != .ADP || seen.insert(parse.lemmas[$0]).inserted }
        case .parent(let labels, let lemmas):
            let from = mentionAt[token].map { mentions[$0].head } ?? token
            guard labels.contains(parse.tokens[from].dep), let head = parse.head(of: from),
                lemmas?.contains(parse.lemmas[head]) ?? true
            else { return [] }
            return [head]
        case .follower(let labels, let lemmas):
            let from = mentionAt[token].map { mentions[$0].head } ?? token
            guard let head = parse.head(of: from) else { return [] }
            let next = parse.subtreeEnd(of: from)
            return parse.children[head].filter {
                $0 == next && labels.contains(parse.tokens[$0].dep) && (lemmas?.contains(parse.lemmas[$0]) ?? true)
            }
        case .subject: return subjects(of: token, depth: 0)
        case .object: return objects(of: token)
        case .agent:
            return parse.children(of: token, .agent).flatMap { parse.children(of: $0, .pobj) }
        case .sentence:
            let sentence = parse.sentenceOfToken[token]
            // Demonyms qualify things as often as they name actors ("Russian fossil fuels"): not counted here.
            return mentions.filter {
                parse.sentenceOfToken[$0.head] == sentence && $0.kind != .demonym && $0.kind != .place
            }.map(\.head)
        case .sentenceActor:
            return apply(.sentence, token).filter {
                !isDestination($0) && !ownsTitle($0) && !isDatelinePlace($0) && !modifiesThing($0)
            }
        case .before, .after:
            return []
        case .selfMention:
            return mentionAt[token].map { [mentions[$0].head] } ?? []
        case .list:
            let head = mentionAt[token].map { mentions[$0].head } ?? token
            return parse.conjuncts(of: parse.firstConjunct(of: head))
        case .ownerState:
            return possessorState(ofTitle: token).map { [$0] } ?? []
        }
    }

    /// The objects coordinated with `object` whose verb and noun are left out.
    ///
    /// Those are a number, or the same noun again, each with complements of its own ("stations 28,500 troops in
    /// South Korea and *some 54,000* in Japan", "sent 500 soldiers to Mali and *300* to Niger"). Any other
    /// coordinated noun is a different thing ("sent troops to Mali and money to Niger").
    private func gappedObjects(of object: Int) -> [Int] {
        guard mentionAt[object] == nil else { return [] }
        return parse.conjuncts(of: object).filter {
            $0 != object && mentionAt[$0] == nil
                && (parse.tokens[$0].tag == .CD || parse.lemmas[$0] == parse.lemmas[object])
        }
    }

    /// Whether the mention headed by `head` is the owner of a title right after it ("*Ethiopia*'s foreign
    /// minister", "the *Ethiopian* foreign minister"): that state is the other office holder's, not a bare title's.
    private func ownsTitle(_ head: Int) -> Bool {
        guard let m = mentionAt[head] else { return false }
        var next = mentions[m].tokens.upperBound
        if next < parse.tokens.count, parse.tokens[next].tag == .POS { next += 1 }
        if next < parse.tokens.count, isTitleTimeWord(next) { next += 1 }
        return next < titleEnd.count && titleEnd[next] != nil
    }

    /// Whether the sentence speaks of the people of a state other than `state`.
    ///
    /// "*Ecuadorian* voters rejected a proposal by President Daniel Noboa to … invite US troops": then `state`,
    /// though the only one named, is no safe guess for a bare title.
    func speaksOfAnotherPeople(in sentence: Range<Int>, than state: Int) -> Bool {
        mentions.contains { m in
            m.kind == .demonym && sentence.contains(m.head) && m.entity != state && entityTypes[m.entity] == .state
                && parse.tokens[m.head].dep == .amod
                && parse.head(of: m.head).map { lexicon.populaceNouns.contains(parse.keys[$0]) } ?? false
        }
    }

    /// Whether the noun at `token` is one a person's state goes by ("his *government*", "whose *country*").
    private func standsForState(_ token: Int) -> Bool {
        lexicon.governmentNouns.contains(parse.lemmas[token]) || lexicon.collectiveNouns.contains(parse.lemmas[token])
    }

    /// Whether `token` is a word of time between a title's owner and the title ("Iran's *then* foreign minister").
    private func isTitleTimeWord(_ token: Int) -> Bool {
        mentionAt[token] == nil && lexicon.titleTimeModifiers.contains(parse.keys[token])
    }

    /// Whether the mention headed by `head` only qualifies a thing ("the *Mozambique* LNG project", "the
    /// *Ukraine* reconstruction fund"): a name in a compound on a common noun that stands for no actor.
    private func modifiesThing(_ head: Int) -> Bool {
        guard parse.tokens[head].dep == .compound, var owner = parse.head(of: head) else { return false }
        // Through the rest of the compound: "the Mozambique *LNG* project".
        while parse.tokens[owner].dep == .compound, mentionAt[owner] == nil, let next = parse.head(of: owner) {
            owner = next
        }
        guard mentionAt[owner] == nil, parse.tokens[owner].pos == .NOUN else { return false }
        let key = parse.keys[owner]
        return !lexicon.standInNouns.contains(key) && !lexicon.forceNouns.contains(key)
            && !lexicon.governmentNouns.contains(key)
    }

    /// Whether the mention headed by `head` is the state of a dateline ("SULAYMANIYAH, *Iraq* (Reuters) -"): where
    /// the story was filed, no one's state.
    private func isDatelinePlace(_ head: Int) -> Bool {
        guard let m = mentionAt[head] else { return false }
        let start = mentions[m].tokens.lowerBound
        let sentence = parse.sentenceTokens[parse.sentenceOfToken[head]]
        guard start >= sentence.lowerBound + 2, parse.tokens[start - 1].text == "," else { return false }
        return (sentence.lowerBound..<(start - 1)).allSatisfy {
            parse.isAllCaps($0) || parse.tokens[$0].pos == .SPACE
        }
    }

    /// Whether the mention headed by `head` is the agency of a dateline ("BRUSSELS, March 7 (*AFP*) -"): who filed
    /// the story, no actor in it.
    private func isDatelineAgency(_ head: Int) -> Bool {
        guard let m = mentionAt[head] else { return false }
        let span = mentions[m].tokens
        let sentence = parse.sentenceTokens[parse.sentenceOfToken[head]]
        guard let first = sentence.first(where: { parse.tokens[$0].pos != .SPACE }), parse.isAllCaps(first),
            parse.tokens[first].text.count >= 3,
            let dash = sentence.prefix(16).first(where: { ["-", "–", "—"].contains(parse.tokens[$0].text) }),
            span.upperBound <= dash + 1
        else { return false }
        // In the parentheses before the dash.
        return (sentence.lowerBound...span.lowerBound).contains { parse.tokens[$0].text == "(" }
    }

    /// Whether the mention headed by `head` is where someone travels.
    ///
    /// That is the object of a verb or noun of travel ("visited Mali", "his trip to Kenya"), or of a place
    /// preposition after one ("flew *to* Nairobi", "arrived *in* Bamako"), or after a verb of sending ("extradited
    /// 29 men *to* the United States", "deployed police *to* Haiti"): who sends is not from there. Being somewhere
    /// ("talks in Caracas") says nothing either way.
    private func isDestination(_ head: Int) -> Bool {
        guard let parent = parse.head(of: head) else { return false }
        switch parse.tokens[head].dep {
        case .pobj:
            guard lexicon.locativePrepositions.contains(parse.lemmas[parent]), let verb = parse.head(of: parent)
            else { return false }
            return lexicon.travelWords.contains(parse.lemmas[verb]) || lexicon.sendWords.contains(parse.lemmas[verb])
        case .dobj: return lexicon.travelWords.contains(parse.lemmas[parent])
        default: return false
        }
    }

    /// Who does the act of the clause a noun is in apposition to: the subjects of the nearest verb above it.
    private func clauseActors(ofApposition noun: Int, coordination: Bool) -> [(entity: Int, indirect: Bool)] {
        var token = noun
        for _ in 0..<6 {
            guard let head = parse.head(of: token) else { return [] }
            token = head
            if parse.tokens[token].pos == .VERB {
                return subjects(of: token, depth: 0).flatMap { entities(at: $0, coordination: coordination) }.map {
                    ($0.entity, true)
                }
            }
        }
        return []
    }

    /// The mention a noun phrase is in apposition to, when the parser made both the same argument of one head.
    ///
    /// "The Intergovernmental Authority on Development (IGAD), *the East African bloc* that includes …, called" has
    /// two subjects. The phrase starts with a determiner right after the name and its comma.
    private func misparsedApposition(_ noun: Int) -> Int? {
        let dep = parse.tokens[noun].dep
        guard [.nsubj, .dobj, .pobj].contains(dep), parse.tokens[noun].pos == .NOUN,
            let head = parse.head(of: noun)
        else { return nil }
        let start = parse.subtreeStart(of: noun)
        guard parse.tokens[start].pos == .DET, let m = mentionBeforeComma(start) else { return nil }
        let name = mentions[m].head
        return parse.head(of: name) == head && parse.tokens[name].dep == dep && name < noun ? m : nil
    }

    /// The mention that ends right before the comma before `start`, across a parenthesised acronym ("… on
    /// Development (IGAD), the bloc").
    private func mentionBeforeComma(_ start: Int) -> Int? {
        guard start >= 2, parse.tokens[start - 1].text == "," else { return nil }
        var before = start - 2
        if parse.tokens[before].text == ")", let open = (0..<before).last(where: { parse.tokens[$0].text == "(" }),
            open > 0
        {
            before = open - 1
        }
        guard let m = mentionAt[before], mentions[m].tokens.upperBound == before + 1 else { return nil }
        return m
    }

    /// The name right before a singular apposition's comma, when it is a later conjunct of the name the parser
    /// hung the apposition on: "with the Export-Import Bank of China and the Official Creditor Committee (OCC), *a
    /// group* of 17 lenders" describes the committee, not the bank.
    private func nameBeforeComma(_ noun: Int) -> Int? {
        guard parse.tokens[noun].tag == .NN, let head = parse.head(of: noun),
            let m = mentionBeforeComma(parse.subtreeStart(of: noun))
        else { return nil }
        let name = mentions[m].head
        guard name != head, parse.conjuncts(of: head).contains(name) else { return nil }
        return m
    }

    /// Whether a singular common noun is followed by ", Name," with the name parsed as its conjunct: an apposition
    /// the parser read as a list ("sanctioned Myanmar's energy company, Myanma Oil and Gas Enterprise, and banks").
    private func namesNext(_ noun: Int) -> Bool {
        guard parse.tokens[noun].tag == .NN, mentionAt[noun] == nil else { return false }
        let comma = noun + 1
        guard comma + 1 < parse.tokens.count, parse.tokens[comma].text == ",", let m = mentionAt[comma + 1],
            mentions[m].tokens.lowerBound == comma + 1, parse.head(of: mentions[m].head) == noun,
            parse.tokens[mentions[m].head].dep == .conj
        else { return false }
        let after = mentions[m].tokens.upperBound
        return after < parse.tokens.count && parse.tokens[after].text == ","
    }

    private enum Side { case before, after }

    /// The head of the mention right before `span` or right after it, in the same sentence.
    ///
    /// Before: across a possessive and a parenthesised acronym ("U.S. Africa Command (AFRICOM) Commander").
    /// After: across further titles ("Commander General …", "leader Sir …"), the title's own prepositional
    /// complement ("Permanent Representative to the United Nations …") and one comma.
    private func adjacentMention(_ side: Side, _ span: Range<Int>) -> Int? {
        let sentence = parse.sentenceTokens[parse.sentenceOfToken[span.lowerBound]]
        switch side {
        case .before:
            var i = span.lowerBound - 1
            // "Saudi Crown Prince *and* Prime Minister Mohammed bin Salman": coordinated titles share the owner.
            if i > sentence.lowerBound, parse.keys[i] == "and", let first = titleStart(endingAt: i) { i = first - 1 }
            // "Iran's *then* foreign minister": a word of time dates the post and keeps its owner.
            if i > sentence.lowerBound, isTitleTimeWord(i) { i -= 1 }
            if i >= sentence.lowerBound, parse.tokens[i].tag == .POS { i -= 1 }
            if i >= sentence.lowerBound, parse.tokens[i].text == ")",
                let open = (sentence.lowerBound..<i).last(where: { parse.tokens[$0].text == "(" }), i - open <= 3
            {
                i = open - 1
            }
            // "the bloc's secretary-general": a definite description resolved inside the sentence.
            if i >= sentence.lowerBound, mentionAt[i] == nil, i < span.lowerBound - 1, definiteReferent(i) != nil {
                return i
            }
            // "Venezuela, *whose* president, Nicolás Maduro, …": the name the relative clause is on.
            // (The parser hangs "whose president, Nicolás Maduro, …" on the name as an apposition at times.)
            if i >= sentence.lowerBound, parse.tokens[i].tag == .possessiveWhPronoun {
                if let noun = relativeNoun(of: i, labels: [.relcl, .appos]), let m = mentionAt[noun] {
                    return mentions[m].head
                }
                // With no relative clause in the parse ("The IAEA, whose Director General Rafael Grossi visited …"
                // read as the name's own clause), the name before the comma, by word order.
                return mentionBeforeComma(i).map { mentions[$0].head }
            }
            guard i >= sentence.lowerBound, let m = mentionAt[i] else { return nil }
            return mentions[m].head
        case .after:
            var i = span.upperBound
            var steps = 0
            while i < sentence.upperBound && steps < 4 {
                steps += 1
                if let end = titleEnd[i] {
                    i = end
                } else if parse.tokens[i].pos == .ADP, let head = parse.head(of: i), span.contains(head),
                    parse.keys[i] != "by"
                {
                    // The parser often hangs the name in apposition on the complement ("The head of the IAEA,
                    // Rafael Grossi, …" with Grossi under "Agency"): the complement ends at its first comma.
                    let end = parse.subtreeEnd(of: i)
                    // … or takes the name into the complement ("Permanent Representative to the United Nations
                    // Victor Moraru", Moraru under "to"): a person's name that ends the complement is the holder's.
                    // Not one the complement's "of" owns or that holds a title of its own: "the personal envoy *of*
                    // United Nations Secretary-General António Guterres" is Guterres's envoy.
                    if parse.keys[i] != "of", (i..<end).first(where: { parse.tokens[$0].text == "," }) == nil,
                        let m = mentionAt[end - 1], mentions[m].tokens.upperBound == end,
                        entityTypes[mentions[m].entity] == .person,
                        titleStart(endingAt: mentions[m].tokens.lowerBound) == nil
                    {
                        return mentions[m].head
                    }
                    i = (i..<end).first { parse.tokens[$0].text == "," } ?? end
                } else {
                    break
                }
            }
            if i < sentence.upperBound, parse.tokens[i].text == "," { i += 1 }
            guard i < sentence.upperBound, let m = mentionAt[i], mentions[m].tokens.lowerBound == i else { return nil }
            return mentions[m].head
        }
    }

    /// Who does what a relative clause on `noun` says: the noun, or, for an unnamed predicate noun, its copula's
    /// subject ("Moscow became *the first country* to recognise the Taliban government", "Ankara is *the only
    /// government* that recognises …").
    private func relativeClauseHolder(_ noun: Int) -> [Int] {
        guard parse.tokens[noun].dep == .attr, mentionAt[noun] == nil, entities(at: noun).isEmpty,
            let copula = parse.head(of: noun)
        else { return [noun] }
        let subjects = parse.children(of: copula, .nsubj)
        return subjects.isEmpty ? [noun] : subjects
    }

    /// The logical subject of a verb-like token: its own subject, or the one it shares through control
    /// ("Russia agreed to supply"), coordination ("signed and ratified"), a relative clause ("the group that
    /// supports"), a participle ("troops supporting the junta") or a prepositional gerund ("by supporting").
    func subjects(of token: Int, depth: Int) -> [Int] {
        guard depth < 8 else { return [] }
        let own = parse.children[token].filter { [.nsubj, .csubj].contains(parse.tokens[$0].dep) }
        if !own.isEmpty {
            let relative = own.filter { isRelativePronoun($0) || isPartitiveRelative($0) }
            if !relative.isEmpty, parse.tokens[token].dep == .relcl, let head = parse.head(of: token) {
                return relativeClauseHolder(head)
            }
            return own
        }
        // (A participle with its own "by" is passive too: "are armed and *backed by* Iran".)
        guard !parse.isPassive(token), !(parse.tokens[token].tag == .VBN && parse.hasChild(token, [.agent])),
            let head = parse.head(of: token)
        else { return [] }
        switch parse.tokens[token].dep {
        case .xcomp:
            if Self.objectControlVerbs.contains(parse.lemmas[head]) {
                let objects = parse.children(of: head, .dobj)
                if Self.commandVerbs.contains(parse.lemmas[head]),
                    objects.allSatisfy({ entities(at: $0).isEmpty && lexicon.forceNouns.contains(parse.lemmas[$0]) })
                {
                    return subjects(of: head, depth: depth + 1)
                }
                if !objects.isEmpty { return objects }
            }
            // "was forced to withdraw": the passive subject of the governing verb does it.
            let passive = parse.children(of: head, .nsubjpass)
            if !passive.isEmpty { return passive }
            return subjects(of: head, depth: depth + 1)
        case .conj, .advcl, .acomp:
            // "Israel and Lebanon are close to finalizing": an adjective's subject is its copula's.
            return subjects(of: head, depth: depth + 1)
        case .advmod where parse.tokens[token].tag == .JJ:
            // "*Fresh* from talks with …, Belousov praised": an adjective opening the clause (read as an adverb) is
            // its subject's.
            return subjects(of: head, depth: depth + 1)
        case .relcl:
            return relativeClauseHolder(head)
        case .acl:
            if parse.tokens[token].tag == .VBG { return [head] }
            // A past participle is passive in meaning ("Kenya's army, backed by Rwanda"): no subject of its own.
            // (Also one the tagger reads as a past tense: "the Wagner Group mercenaries *deployed* in the country".)
            if [.VBN, .VBD].contains(parse.tokens[token].tag) { return [] }
            // "Moscow's readiness to give", "Mali's decision to leave": the possessor of the noun; else, for the
            // object of a verb, that verb's subject ("The United States has stepped up *efforts* to deter …").
            let owners = parse.children(of: head, .poss)
            if owners.isEmpty, parse.tokens[head].dep == .dobj, let verb = parse.head(of: head) {
                return subjects(of: verb, depth: depth + 1)
            }
            return owners
        case .pcomp:
            // "by supporting", "after signing", "is committed to safeguarding": the subject of the verb the
            // preposition attaches to.
            guard let verb = parse.head(of: head) else { return [] }
            // "accused France of arming", "praised Mali for joining": the object of the governing verb does it (not a
            // thing: "won the Nobel Peace Prize for restoring ties" is the winner's act).
            let object = parse.children(of: verb, .dobj).filter {
                mentionAt[$0] != nil || lexicon.standInNouns.contains(parse.lemmas[$0])
                    || [.PRP, .possessivePronoun].contains(parse.tokens[$0].tag)
            }
            if !object.isEmpty { return object }
            let passive = parse.children(of: verb, .nsubjpass)
            if !passive.isEmpty { return passive }
            // "a force tasked with countering": the noun the participle modifies does it.
            if parse.tokens[verb].tag == .VBN, parse.tokens[verb].dep == .acl, let noun = parse.head(of: verb) {
                return [noun]
            }
            return subjects(of: verb, depth: depth + 1)
        default:
            return []
        }
    }

    /// The logical object of a verb-like token: its direct object, the subject of a passive, or the noun a
    /// past participle modifies ("troops deployed in Mali", "Iran-backed Houthis").
    ///
    /// In a relative clause the object may be the noun the clause is on ("the JCPOA, *which* Iran signed", "a deal
    /// it signed with Libya").
    func objects(of token: Int) -> [Int] {
        let t = parse.tokens[token]
        // The noun a relative clause is on stands in for its relative pronoun.
        let clauseNoun = t.dep == .relcl ? parse.head(of: token) : nil
        let resolved = { (argument: Int) in self.isRelativePronoun(argument) ? clauseNoun ?? argument : argument }
        var result = parse.children(of: token, .dobj).map(resolved)
        if result.isEmpty, t.pos == .VERB, let clauseNoun, hasGapForObject(token) { result.append(clauseNoun) }
        result += parse.children(of: token, .nsubjpass).map(resolved)
        if result.isEmpty, t.tag == .VBN, [.acl, .amod].contains(t.dep), let head = parse.head(of: token) {
            result.append(head)
        }
        // "The Houthis, who are armed and *backed* by Iran": a participle coordinated with the copula's
        // complement shares its subject.
        if result.isEmpty, t.tag == .VBN, t.dep == .conj, let first = parse.head(of: token),
            parse.tokens[first].dep == .acomp, let copula = parse.head(of: first)
        {
            let copulaNoun = parse.tokens[copula].dep == .relcl ? parse.head(of: copula) : nil
            result += parse.children(of: copula, .nsubj).map { isRelativePronoun($0) ? copulaNoun ?? $0 : $0 }
        }
        return result
    }

    /// Whether a relative clause without a relative pronoun leaves its object to the noun it is on: it has a
    /// subject of its own and no object, clause or stranded preposition that could be the gap ("the deal *it
    /// signed*", not "the city it moved to", "the day it said that …", "the talks where it pledged").
    private func hasGapForObject(_ verb: Int) -> Bool {
        let children = parse.children[verb]
        guard children.contains(where: { parse.tokens[$0].dep == .nsubj && !isRelativePronoun($0) }) else {
            return false
        }
        return !children.contains { child in
            let dep = parse.tokens[child].dep
            if [.dobj, .nsubjpass, .ccomp, .xcomp, .dative, .attr, .oprd, .auxpass].contains(dep) { return true }
            if [.WRB, .WDT, .WP].contains(parse.tokens[child].tag) { return true }
            return dep == .prep && parse.children[child].isEmpty
        }
    }

    /// "all of whom", "both of which": a share of the noun a relative clause is on, standing for it as the pronoun
    /// would ("the leaders of Egypt and Jordan, *all of whom* condemned the strike").
    private func isPartitiveRelative(_ token: Int) -> Bool {
        lexicon.quantityNouns.contains(parse.lemmas[token])
            && parse.children(of: token, .prep).contains { of in
                parse.lemmas[of] == "of"
                    && parse.children(of: of, .pobj).contains { [.WP, .WDT].contains(parse.tokens[$0].tag) }
            }
    }

    /// The entities named right after a noun phrase by ", among them …" (and their conjuncts), whatever the
    /// parser attached them to.
    private func namesAmongThem(after noun: Int) -> [Int] {
        var next = parse.subtreeEnd(of: noun)
        while next < parse.tokens.count, parse.tokens[next].pos == .PUNCT { next += 1 }
        guard next + 2 < parse.tokens.count, parse.keys[next] == "among", parse.keys[next + 1] == "them",
            parse.head(of: next + 1) == next, let first = mentionAt[next + 2]
        else { return [] }
        return parse.conjuncts(of: mentions[first].head).compactMap { mentionAt[$0].map { mentions[$0].entity } }
    }

    /// The groups named in a noun's own words ("the Ennahda *party*", "Wagner Group (now Africa Corps) *personnel*"):
    /// its compound and nmod children's mentions of groups.
    private func groupNames(of noun: Int) -> [Int] {
        parse.children[noun].filter { [.compound, .nmod].contains(parse.tokens[$0].dep) }.compactMap { mentionAt[$0] }
            .filter { entityTypes[mentions[$0].entity] == .group }
    }

    /// The names apposed to nouns coordinated with a title's name: "Taiwan's Foreign Minister Lin Chia-lung and
    /// his Paraguayan *counterpart, Rubén Ramírez Lezcano*", where the parser hangs the counterpart on the name.
    private func apposedCounterparts(_ title: Int) -> [Int] {
        parse.children(of: title, .appos).filter { !isParenthesised($0) }.flatMap { name in
            parse.conjuncts(of: name).filter { $0 != name && mentionAt[$0] == nil }.flatMap { noun in
                parse.children(of: noun, .appos).filter { !isParenthesised($0) }.compactMap {
                    mentionAt[$0].map { mentions[$0].entity }
                }
            }
        }
    }

    /// The word an envoy's misattached "from" may hang on: the talks or verb of a "with" it is the object of, or
    /// the meeting verb it is the object of.
    private func originHost(of noun: Int) -> Int? {
        guard let head = parse.head(of: noun) else { return nil }
        if parse.tokens[noun].dep == .pobj, parse.lemmas[head] == "with" { return parse.head(of: head) }
        if parse.tokens[noun].dep == .dobj, Self.meetingVerbs.contains(parse.lemmas[head]) { return head }
        return nil
    }

    /// Verbs whose object an envoy "from" a state may be ("met officials from Niger").
    static let meetingVerbs: Set<String> = ["meet", "receive", "host", "welcome"]

    /// Who, which, that as the subject of a relative clause.
    private func isRelativePronoun(_ token: Int) -> Bool {
        [.WDT, .WP, .possessiveWhPronoun].contains(parse.tokens[token].tag) || parse.lemmas[token] == "that"
    }

    /// The words that count the entities a collective phrase stands for.
    private static let countWords = ["two": 2, "both": 2, "three": 3, "four": 4, "five": 5]

    /// The entities a collective phrase ("the two countries", "both sides", "the three leaders") stands for, or a
    /// bare count ("all three").
    ///
    /// They are the distinct states (persons for "leaders", states and groups for "sides" and "parties")
    /// mentioned before it in its sentence, only when there are exactly as many as it counts. Nil when the token
    /// is no such phrase.
    private func collectiveReferents(_ token: Int) -> [Int]? {
        // "filing complaints against *all three*", "sanctions on *both*": a bare count of states or groups.
        if [.pobj, .dobj].contains(parse.tokens[token].dep), let bare = Self.countWords[parse.keys[token]],
            parse.keys[token] == "both" || parse.children[token].contains(where: { parse.keys[$0] == "all" })
        {
            // (Not whoever does it: "*Kyiv* responded by filing complaints against all three".)
            var verb = parse.head(of: token)
            while let v = verb, parse.tokens[v].pos != .VERB { verb = parse.head(of: v) }
            let actors = verb.map { v in
                subjects(of: v, depth: 0).flatMap { entities(at: $0, coordination: true).map(\.entity) }
            }
            return namedBefore(token, count: bare, types: [.state, .group], besides: Set(actors ?? []))
        }
        guard
            lexicon.collectiveNouns.contains(parse.lemmas[token]) || lexicon.collectiveNouns.contains(parse.keys[token])
        else { return nil }
        guard let count = parse.children[token].compactMap({ Self.countWords[parse.keys[$0]] }).last else {
            return nil
        }
        // "the three leaders" are persons, "both sides" may be states or groups, "the two countries" are states.
        let key = parse.lemmas[token]
        let types: Set<EntityType> =
            ["leader", "leaders"].contains(key)
            ? [.person]
            : ["side", "sides", "party", "parties", "ally", "allies", "partner", "partners"].contains(key)
                ? [.state, .group] : [.state]
        return namedBefore(token, count: count, types: types)
    }

    /// The distinct entities of `types` named before `token` in its sentence, when there are exactly `count`.
    private func namedBefore(_ token: Int, count: Int, types: Set<EntityType>, besides: Set<Int> = []) -> [Int] {
        let sentence = parse.sentenceTokens[parse.sentenceOfToken[token]]
        var seen: [Int] = []
        for mention in mentions where sentence.contains(mention.head) && mention.head < token {
            // A demonym is a state only before a title ("*Mexican* Foreign Secretary Marcelo Ebrard"), whose
            // holder speaks for it; "Palestinian negotiators" are not Palestine.
            let beforeTitle =
                mention.tokens.upperBound < titleEnd.count && titleEnd[mention.tokens.upperBound] != nil
            guard types.contains(entityTypes[mention.entity]), mention.kind != .demonym || beforeTitle,
                !seen.contains(mention.entity), !besides.contains(mention.entity)
            else { continue }
            seen.append(mention.entity)
        }
        return seen.count == count ? seen : []
    }

    /// The state "the country" (or "the nation") refers to inside its sentence, or the group "the bloc" does.
    ///
    /// That is the only entity of that type mentioned before it that is not the subject of the clause the phrase
    /// is in. Nil for any other phrase, or when that is unclear.
    private func definiteReferent(_ token: Int) -> Int? {
        // A group only as an owner ("the bloc's secretary-general"): "Mali, known as …, left the bloc" means
        // another bloc, named in an earlier sentence.
        guard let kind = Self.definiteDescriptions[parse.keys[token]],
            kind == .state || parse.tokens[token].dep == .poss,
            parse.children(of: token, .det).contains(where: { parse.keys[$0] == "the" }),
            !parse.children[token].contains(where: {
                [.amod, .compound, .poss, .nummod].contains(parse.tokens[$0].dep)
            })
        else { return nil }
        return soleEarlierEntity(before: token, type: kind, clauseHeads: [.VERB])
    }

    /// The one entity of `type` named before `token` in its sentence, or nil when there is none or more than one.
    ///
    /// The subjects of the clause `token` is in (up to the first token whose part of speech is one of
    /// `clauseHeads`) do not count, nor do demonyms.
    private func soleEarlierEntity(before token: Int, type: EntityType, clauseHeads: Set<PartOfSpeech>) -> Int? {
        var clause = token
        while let head = parse.head(of: clause), !clauseHeads.contains(parse.tokens[clause].pos) { clause = head }
        let subjects = Set(
            subjects(of: clause, depth: 0).flatMap { s in mentionAt[s].map { [mentions[$0].entity] } ?? [] })
        let sentence = parse.sentenceTokens[parse.sentenceOfToken[token]]
        var found: [Int] = []
        for mention in mentions where sentence.contains(mention.head) && mention.head < token {
            guard entityTypes[mention.entity] == type, mention.kind != .demonym, !subjects.contains(mention.entity),
                !found.contains(mention.entity)
            else { continue }
            found.append(mention.entity)
        }
        return found.count == 1 ? found[0] : nil
    }

    /// Definite descriptions resolved inside their sentence, and the type they refer to ("the country", "the
    /// bloc's secretary-general").
    static let definiteDescriptions: [String: EntityType] = [
        "country": .state, "nation": .state, "bloc": .group, "alliance": .group, "organisation": .group,
        "organization": .group, "coalition": .group, "movement": .group, "militia": .group,
    ]

    /// The noun the relative clause of `whose` is on: the head the walk up from `whose` reaches by one of
    /// `labels` within four steps.
    private func relativeNoun(of whose: Int, labels: Set<DependencyLabel>) -> Int? {
        var token = whose
        for _ in 0..<4 {
            guard let head = parse.head(of: token) else { return nil }
            if labels.contains(parse.tokens[token].dep) { return head }
            token = head
        }
        return nil
    }

    /// The entities a relative "whose" belongs to: those of the noun its relative clause is on ("Burkina Faso and
    /// Niger, *whose* governments expelled …").
    private func relativeOwners(_ whose: Int, coordination: Bool) -> [Int] {
        guard var noun = relativeNoun(of: whose, labels: [.relcl]) else { return [] }
        // "The CSTO is the alliance *in which* Yerevan froze its participation": a predicate noun is its subject.
        if parse.tokens[noun].dep == .attr, mentionAt[noun] == nil, let copula = parse.head(of: noun),
            let subject = parse.children(of: copula, .nsubj).first
        {
            noun = subject
        }
        return entities(at: noun, coordination: coordination).map(\.entity)
    }

    /// The head token of the state whose leader owns a title by a possessive, or nil.
    ///
    /// "Kenyan President William Ruto …, and *his* foreign minister, Musalia Mudavadi", "*Ruto's* foreign
    /// minister": the state named before that person's own title in the sentence.
    func possessorState(ofTitle title: Int) -> Int? {
        // (Not a counterpart, who is of the other side, nor a title that names its own state: "his *Paraguayan*
        // counterpart".)
        guard !["counterpart", "counterparts"].contains(parse.keys[title]),
            !parse.children[title].contains(where: {
                [.amod, .compound, .nmod].contains(parse.tokens[$0].dep) && mentionAt[$0] != nil
            })
        else { return nil }
        for owner in parse.children(of: title, .poss) {
            let end: Int
            if parse.tokens[owner].tag == .possessivePronoun {
                end = owner
            } else if let m = mentionAt[owner], entityTypes[mentions[m].entity] == .person {
                end = mentions[m].tokens.upperBound
            } else {
                continue
            }
            if let state = titleOwnerMention(before: end, type: .state) { return mentions[state].head }
        }
        return nil
    }

    /// The entity of `type` named before the title of the person mentioned last before `token` ("*Israeli* Prime
    /// Minister Benjamin Netanyahu, whose …", "*NATO* Secretary General …"), if a title introduces that person.
    private func titleOwner(before token: Int, type: EntityType) -> Int? {
        titleOwnerMention(before: token, type: type).map { mentions[$0].entity }
    }

    /// The mention behind ``titleOwner(before:type:)``.
    private func titleOwnerMention(before token: Int, type: EntityType) -> Int? {
        guard let person = (0..<token).reversed().lazy.compactMap({ self.mentionAt[$0] }).first,
            let start = titleStart(endingAt: mentions[person].tokens.lowerBound)
        else { return nil }
        var before = start - 1
        if before >= 0, parse.tokens[before].tag == .POS { before -= 1 }
        guard before >= 0, let m = mentionAt[before], entityTypes[mentions[m].entity] == type else { return nil }
        return m
    }

    /// The first token of the title that ends just before `end`, if one does.
    private func titleStart(endingAt end: Int) -> Int? {
        (0..<end).last { titleEnd[$0] == end }
    }

    /// The person named right after the title that ends with `token`, if `token` ends a title.
    private func personAfterTitle(ending token: Int) -> Int? {
        // Across the title's own complement: "Permanent Representative to the United Nations Victor Moraru".
        guard let start = titleStart(endingAt: token + 1),
            let head = adjacentMention(.after, start..<(token + 1)), let m = mentionAt[head],
            entityTypes[mentions[m].entity] == .person
        else { return nil }
        return mentions[m].entity
    }

    /// The person an object pronoun refers to: the only person named before it in its sentence who is not the
    /// subject of the pronoun's own clause.
    private func objectPronounReferent(_ pronoun: Int) -> Int? {
        soleEarlierEntity(before: pronoun, type: .person, clauseHeads: [.VERB, .AUX])
    }

    /// Whether both tokens are in mentions of entities of one type.
    private func sameKindMentions(_ a: Int, _ b: Int) -> Bool {
        guard let m = mentionAt[a], let n = mentionAt[b] else { return false }
        return entityTypes[mentions[m].entity] == entityTypes[mentions[n].entity]
    }

    /// Whether the phrase headed by `token` opens with a parenthesis.
    private func isParenthesised(_ token: Int) -> Bool {
        var first = token
        var queue = [token]
        while let next = queue.popLast() {
            first = min(first, next)
            queue += parse.children[next]
        }
        return first > 0 && parse.tokens[first - 1].text == "(" || parse.tokens[first].text == "("
    }

    /// The entities a possessive or subject pronoun ("its", "their", "he") refers to inside its sentence: the
    /// subject of the nearest verb above it that has a named subject ("Mali and Niger announced their withdrawal").
    private func antecedents(ofPronoun pronoun: Int) -> [Int] {
        guard pronounsInProgress.enter(pronoun) else { return [] }
        defer { pronounsInProgress.leave(pronoun) }
        var token = pronoun
        var depth = 0
        while let head = parse.head(of: token), depth < 8 {
            depth += 1
            token = head
            guard [.VERB, .AUX].contains(parse.tokens[token].pos) else { continue }
            for subject in subjects(of: token, depth: 0) + parse.children(of: token, .nsubjpass)
            where subject < pronoun {
                let named = members(of: subject).filter { !isDatelinePlace($0) }.compactMap { mentionAt[$0] }.map {
                    mentions[$0].entity
                }
                if !named.isEmpty { return named }
                // "The military governments of Burkina Faso, Mali and Niger announced *their* withdrawal": an unnamed
                // subject that stands for names (never one with a pronoun in it, which could lead back here).
                // (A participle on the subject does not count: "mercenaries from the Wagner Group, now operating
                // after the death of *its* founder"; a relative clause does: "the force that replaced the Wagner
                // Group after the death of *its* founder" is the object's.)
                let clauses = parse.children[subject].filter { parse.tokens[$0].dep == .acl }
                    .map { parse.subtree(of: $0) }
                if mentionAt[subject] == nil,
                    !parse.subtree(of: subject).contains(where: { t in
                        Self.pronounTags.contains(parse.tokens[t].tag) && !clauses.contains { $0.contains(t) }
                    })
                {
                    let standing = entities(at: subject).map(\.entity)
                    if !standing.isEmpty { return standing }
                }
            }
        }
        return []
    }

    /// `token` and the tokens a list makes it stand for: its conjuncts ("Mali, Niger and Burkina Faso"), list
    /// items the parser attached as appositions ("Saudi Arabia, Argentina, Egypt"), and the examples of
    /// "including" / "such as" ("29 cartel figures including Rafael Caro Quintero").
    func members(of token: Int) -> [Int] {
        var result: [Int] = []
        var queue = [token]
        var seen: Set<Int> = []
        while let next = queue.popLast() {
            guard seen.insert(next).inserted else { continue }
            result.append(next)
            // A name's words may carry its coordinated neighbour ("Rishi Sunak" hung on "der" in "… Ursula von der
            // Leyen"): a modifier of any word of the name, not only of its head.
            let words = mentionAt[next].map { Array(mentions[$0].tokens) } ?? [next]
            let nameModifiers = words.filter { $0 != next }.flatMap { parse.children(of: $0, .nmod) }.filter {
                mentionAt[$0] != mentionAt[next]
            }
            for child in parse.children[next] + nameModifiers {
                switch parse.tokens[child].dep {
                case .conj:
                    // "Vucic and Kosovo Prime Minister Kurti": "Kosovo" modifies the title after it.
                    if let m = mentionAt[child], mentions[m].tokens.upperBound < titleEnd.count,
                        titleEnd[mentions[m].tokens.upperBound] != nil
                    {
                        queue += parse.children(of: child, .conj)
                        continue
                    }
                    queue.append(child)
                case .nmod where sameKindMentions(child, next) && parse.hasChild(child, [.cc]):
                    // "Rishi Sunak and European Commission President Ursula von der Leyen", parsed with Sunak as a
                    // modifier of her name: a coordinated name the parser hung on the other.
                    queue.append(child)
                case .appos where sameKindMentions(child, next) && !isParenthesised(child):
                    // A list's items are of one kind: an agreement the parser hangs on a state is no list item.
                    queue.append(child)
                case .prep where parse.lemmas[child] == "including" || parse.lemmas[child] == "include":
                    queue += parse.children(of: child, .pobj)
                case .prep
                where parse.lemmas[child] == "as"
                    && parse.children(of: child, .amod).contains(where: {
                        parse.lemmas[$0] == "such"
                    }):
                    queue += parse.children(of: child, .pobj)
                default:
                    continue
                }
            }
        }
        // "in Mali, and later in Niger and Burkina Faso": the objects of prepositions coordinated with this one.
        if parse.tokens[token].dep == .pobj, let prep = parse.head(of: token) {
            // The parser also attaches the second preposition to the verb as its conjunct ("been active in
            // Mali, and later in Niger"): a preposition of the same word coordinated with the prep's head.
            let coordinatedWithHead = parse.head(of: prep).map { head in
                parse.children(of: head, .conj).filter {
                    parse.tokens[$0].pos == .ADP && parse.lemmas[$0] == parse.lemmas[prep]
                }
            }
            let others = parse.conjuncts(of: prep) + (coordinatedWithHead ?? [])
            for other in others where other != prep && parse.tokens[other].pos == .ADP {
                for object in parse.children(of: other, .pobj) where !result.contains(object) {
                    result += parse.conjuncts(of: object)
                }
            }
        }
        return result.sorted()
    }

    /// The names in the prepositional complements of `noun` whose preposition `admits` ("the leaders *of Serbia*",
    /// "fighters *from the Wagner Group*"), each coordinated one too, of the given types (any when nil).
    private func namedComplements(
        of noun: Int, types: Set<EntityType>? = nil, where admits: (String) -> Bool
    ) -> [(entity: Int, indirect: Bool)] {
        var found: [(entity: Int, indirect: Bool)] = []
        for prep in parse.children(of: noun, .prep) where admits(parse.lemmas[prep]) {
            for object in parse.children(of: prep, .pobj) {
                for c in parse.conjuncts(of: object) {
                    if let m = mentionAt[c], types?.contains(entityTypes[mentions[m].entity]) ?? true {
                        found.append((mentions[m].entity, true))
                    }
                }
            }
        }
        return found
    }

    /// The entities an argument token names: the mention it belongs to; or, for a noun standing for the actor
    /// ("Russian forces", "the leaders of Serbia and Kosovo", "EU ambassadors"), the mentions modifying it; each
    /// for every coordinated token ("Mali, Niger and Burkina Faso").
    func entities(at token: Int, coordination: Bool = true) -> [(entity: Int, indirect: Bool)] {
        var result: [(entity: Int, indirect: Bool)] = []
        for conjunct in coordination ? members(of: token) : [token] {
            if let m = mentionAt[conjunct] {
                // The parser may make a dateline the sentence's subject ("SULAYMANIYAH, Iraq, July 11 (Reuters) -
                // Some 30 fighters … burned"): where the story was filed is no argument.
                if isDatelinePlace(conjunct) || isDatelineAgency(conjunct) { continue }
                result.append((mentions[m].entity, false))
                continue
            }
            // "told Egyptian intelligence chief Hassan Rashad", with the name misparsed away from its title: the
            // person the title introduces.
            if let person = personAfterTitle(ending: conjunct) {
                result.append((person, false))
                if coordination { result += apposedCounterparts(conjunct).map { ($0, false) } }
                continue
            }
            // "Myanmar's military leader, Senior General Min Aung Hlaing": the apposition names the argument.
            // (Not a parenthesised one: "Fighters of the Sahel Brigade (now Unity Corps)" are the brigade's.)
            // Each name of a listed apposition counts ("Two former presidents, Thomas Boni Yayi and Nicéphore Soglo").
            let named = parse.children(of: conjunct, .appos).filter { !isParenthesised($0) }.flatMap {
                parse.conjuncts(of: $0).compactMap { mentionAt[$0] }
            }.filter { !isDatelineAgency(mentions[$0].head) }
            if !named.isEmpty {
                for m in named { result.append((mentions[m].entity, false)) }
                if coordination { result += apposedCounterparts(conjunct).map { ($0, false) } }
                continue
            }
            // "Myanmar's state-owned energy company, Myanma Oil and Gas Enterprise, and …": the parser makes the
            // name a conjunct, but it is the noun's apposition, a member of the list on its own.
            if namesNext(conjunct) { continue }
            // "the two countries", "both sides": the states or groups named before it in the same sentence, when
            // their number is the one it says.
            if let named = collectiveReferents(conjunct) {
                for entity in named { result.append((entity, true)) }
                continue
            }
            // "Cuba, an ally of Caracas, keeps officers in the country": "the country" is the one state named
            // before it in the sentence, other than its own clause's subject ("the bloc's" the one group).
            if let referent = definiteReferent(conjunct) {
                result.append((referent, true))
                continue
            }
            // "the Ankara Declaration, under *which* Abiy and Hassan Sheikh Mohamud agreed": a relative pronoun
            // after a preposition is the noun its clause is on.
            // … or its verb's object ("the SPLM-IO, *which* Machar heads").
            if parse.tokens[conjunct].tag == .WDT, [.pobj, .dobj].contains(parse.tokens[conjunct].dep) {
                result += relativeOwners(conjunct, coordination: coordination).map { ($0, false) }
                continue
            }
            // "the OAS, whose secretary general, Albert Ramdin": a relative "whose" is the noun its clause is on.
            if parse.tokens[conjunct].tag == .possessiveWhPronoun {
                result += relativeOwners(conjunct, coordination: coordination).map { ($0, true) }
                continue
            }
            // "their withdrawal", "its founder": a possessive pronoun stands for the subject of its clause when
            // that subject is named in the sentence.
            if parse.tokens[conjunct].tag == .possessivePronoun {
                for antecedent in antecedents(ofPronoun: conjunct) { result.append((antecedent, true)) }
                continue
            }
            // "Vucic said that he would never recognise Kosovo": a subject pronoun stands for the subject named
            // earlier in its own sentence, when that one is of the kind the pronoun can be (never an earlier
            // sentence's: the development sets' rule).
            if let admitted = Self.pronounKinds[parse.lemmas[conjunct]],
                [.nsubj, .nsubjpass].contains(parse.tokens[conjunct].dep)
            {
                let found = antecedents(ofPronoun: conjunct)
                if !found.isEmpty, found.allSatisfy({ admitted.contains(entityTypes[$0]) }) {
                    for antecedent in found { result.append((antecedent, true)) }
                }
                continue
            }
            // "… Dagalo, and the United States imposed sanctions on him": an object "him" or "her" is the one
            // person named before it in its sentence, other than its own clause's subject.
            if ["him", "her"].contains(parse.lemmas[conjunct]) || ["him", "her"].contains(parse.keys[conjunct]),
                [.dobj, .pobj, .dative].contains(parse.tokens[conjunct].dep)
            {
                if let person = objectPronounReferent(conjunct) { result.append((person, true)) }
                continue
            }
            // "to Mozambique's Cabo Delgado province", "in the Malian capital": a part of a state is the state's.
            if lexicon.partOfStateNouns.contains(parse.keys[conjunct]) {
                for child in parse.children[conjunct] where [.poss, .amod, .compound].contains(parse.tokens[child].dep)
                {
                    if let m = mentionAt[child], entityTypes[mentions[m].entity] == .state {
                        result.append((mentions[m].entity, true))
                    } else if parse.tokens[child].tag == .possessiveWhPronoun {
                        // "Armenia, whose territory was shelled": the state the relative clause is on.
                        result += relativeOwners(child, coordination: coordination).filter {
                            entityTypes[$0] == .state
                        }.map { ($0, true) }
                    }
                }
                continue
            }
            // "sanctions on dozens of people …, *among them* Maher al-Assad", "killed senior commanders of the
            // IRGC, among them …": the names the phrase goes on to list are some of them (besides whose they are).
            if [.NNS, .NNPS, .CD].contains(parse.tokens[conjunct].tag)
                || lexicon.quantityNouns.contains(parse.lemmas[conjunct])
            {
                result += namesAmongThem(after: conjunct).map { ($0, true) }
            }
            // "thousands of Rwandan soldiers", "dozens of Boko Haram fighters": a quantity is what it counts.
            if lexicon.quantityNouns.contains(parse.lemmas[conjunct]) {
                for of in parse.children(of: conjunct, .prep) where parse.lemmas[of] == "of" {
                    for object in parse.children(of: of, .pobj) {
                        result += entities(at: object, coordination: coordination).map { ($0.entity, true) }
                    }
                }
                continue
            }
            // "the Islamist Ennahda *party*": a lower-case group noun after a group's name is that group (not a
            // stand-in: "Georgia's ruling party" is not Georgia).
            if NameChunker.groupNounsAfterNames.contains(parse.keys[conjunct]) {
                let named = groupNames(of: conjunct)
                if !named.isEmpty {
                    result += named.map { (mentions[$0].entity, true) }
                    continue
                }
            }
            // "the SDF, a Kurdish-led militia allied with the United States": a noun in apposition to a name stands
            // for it, unless a stand-in's own modifier names what it is ("Wagner Group (now Africa Corps)
            // personnel").
            let apposed =
                parse.tokens[conjunct].dep == .appos
                ? nameBeforeComma(conjunct) ?? parse.head(of: conjunct).flatMap { mentionAt[$0] }
                : misparsedApposition(conjunct)
            // "The German frigate Hessen": a ship's name stands in for its flag as the noun for the ship would.
            let vesselName =
                mentionAt[conjunct] == nil
                && parse.children(of: conjunct, .compound).contains { lexicon.vesselNouns.contains(parse.keys[$0]) }
            guard
                lexicon.standInNouns.contains(parse.lemmas[conjunct])
                    || lexicon.standInNouns.contains(parse.keys[conjunct]) || vesselName
            else {
                // (Never a dateline's place or agency: "JAKARTA, Feb 12 (Reuters) - Prabowo Subianto and …".)
                if let apposed, !isDatelinePlace(mentions[apposed].head), !isDatelineAgency(mentions[apposed].head) {
                    result.append((mentions[apposed].entity, true))
                }
                continue
            }
            // "the Africa Corps, the Russian force that replaced …": a stand-in in apposition to a group's name is
            // that group; its modifier only says whose it is.
            // (Not when a group names the stand-in itself: "Wagner Group (now *Africa Corps*) personnel".)
            let namedByGroup = !groupNames(of: conjunct).isEmpty
            if parse.tokens[conjunct].dep == .appos, !namedByGroup, let apposed,
                entityTypes[mentions[apposed].entity] == .group, !isDatelineAgency(mentions[apposed].head)
            {
                result.append((mentions[apposed].entity, true))
                continue
            }
            // "a splinter group of the FARC" is a group of its own, unnamed here.
            if parse.children[conjunct].contains(where: { lexicon.splitModifiers.contains(parse.keys[$0]) }) {
                continue
            }
            // The modifier that names the thing wins over its owner: "Yemen's Houthi movement" is the Houthis,
            // "Russian Wagner fighters" are Wagner's; "Mali's junta" is Mali's.
            var found: [(entity: Int, indirect: Bool)] = []
            for labels in [[DependencyLabel.compound], [.amod], [.poss, .nmod]] where found.isEmpty {
                // "Russian mercenaries from the Wagner Group": the group they come from, before their nationality.
                if labels == [.amod] {
                    found = namedComplements(of: conjunct, types: [.group]) { ["from", "of"].contains($0) }
                }
                if !found.isEmpty { break }
                // "Chinese and Russian warships": every coordinated modifier.
                let modifiers = parse.children[conjunct].filter { labels.contains(parse.tokens[$0].dep) }
                for child in modifiers.flatMap({ parse.conjuncts(of: $0) }) {
                    if let m = mentionAt[child] {
                        found.append((mentions[m].entity, true))
                    } else if labels == [.poss, .nmod], parse.tokens[child].dep == .nmod {
                        // "Iran's Fordow, Natanz and Isfahan sites": the owner of the names before the noun.
                        for owner in parse.children(of: child, .poss) {
                            if let m = mentionAt[owner] { found.append((mentions[m].entity, true)) }
                        }
                    } else if labels == [.amod], parse.lemmas[child] == "lead" {
                        // "the Saudi-led coalition": the coalition's leader acts through it.
                        for leader in parse.children[child]
                        where [.npadvmod, .compound, .nmod].contains(parse.tokens[leader].dep) {
                            if let m = mentionAt[leader] { found.append((mentions[m].entity, true)) }
                        }
                    } else if parse.tokens[child].tag == .possessivePronoun {
                        // "U.S. Central Command said *its* forces had struck …": the owner's antecedent; a
                        // person's country or government is the state of the person's title ("Indian External
                        // Affairs Minister Subrahmanyam Jaishankar said *his* country had …"), or no one.
                        let stateNoun = standsForState(conjunct)
                        found += antecedents(ofPronoun: child).compactMap {
                            guard stateNoun, entityTypes[$0] == .person else { return $0 }
                            return titleOwner(before: child, type: .state)
                        }.map { ($0, true) }
                    } else if parse.tokens[child].tag == .possessiveWhPronoun {
                        // "Burkina Faso and Niger, whose troops …"; a person's government or country is the state
                        // of the title before the name ("Israeli Prime Minister Benjamin Netanyahu, whose
                        // government …").
                        // "NATO Secretary General Jens Stoltenberg, whose alliance …": the group of the title.
                        let ownerType: EntityType? =
                            standsForState(conjunct) ? .state : Self.definiteDescriptions[parse.lemmas[conjunct]]
                        found += relativeOwners(child, coordination: coordination).compactMap {
                            guard let ownerType, entityTypes[$0] == .person else { return $0 }
                            return titleOwner(before: child, type: ownerType)
                        }.map { ($0, true) }
                    }
                }
            }
            // "soldiers led by General Tchiani": whoever leads them acts, when nothing else says whose they are.
            if found.isEmpty {
                for led in parse.children(of: conjunct, .acl) where parse.lemmas[led] == "lead" {
                    for by in parse.children(of: led, .agent) {
                        for leader in parse.children(of: by, .pobj) {
                            found += entities(at: leader, coordination: coordination).map { ($0.entity, true) }
                        }
                    }
                }
            }
            // "forces loyal to Yemen's government": whom the loyal ones stand for.
            if found.isEmpty {
                for loyal in parse.children(of: conjunct, .amod)
                where ["loyal", "allied"].contains(parse.lemmas[loyal]) {
                    for to in parse.children(of: loyal, .prep) where ["to", "with"].contains(parse.lemmas[to]) {
                        for object in parse.children(of: to, .pobj) where object != conjunct {
                            found += entities(at: object, coordination: coordination).map { ($0.entity, true) }
                        }
                    }
                }
            }
            if found.isEmpty {
                // "the leaders of Serbia", "mercenaries from the Wagner Group", "the junta in Mali", "operatives,
                // including X and Y".
                let government = lexicon.governmentNouns.contains(parse.lemmas[conjunct])
                found = namedComplements(of: conjunct) { lemma in
                    ["of", "from", "including"].contains(lemma) || lemma == "in" && government
                        // "any move by China", "attacks by the RSF": an act's agent.
                        || lemma == "by" && lexicon.actNouns.contains(parse.lemmas[conjunct])
                }
            }
            // "bans on imports *of Ukrainian grain*", "exports *to the United States*", "imports *from Russia*":
            // trade stands for the state whose goods or market it is.
            if found.isEmpty, lexicon.tradeNouns.contains(parse.lemmas[conjunct]) {
                found = namedComplements(of: conjunct) { ["to", "from"].contains($0) }
                for of in parse.children(of: conjunct, .prep) where parse.lemmas[of] == "of" {
                    for goods in parse.children(of: of, .pobj) {
                        for child in parse.children[goods] where [.amod, .compound].contains(parse.tokens[child].dep) {
                            if let m = mentionAt[child] { found.append((mentions[m].entity, true)) }
                        }
                    }
                }
            }
            // "… nationalised the site, *a move* Paris has condemned": the act of the clause it is in apposition to.
            if found.isEmpty, parse.tokens[conjunct].dep == .appos, lexicon.actNouns.contains(parse.lemmas[conjunct]) {
                result += clauseActors(ofApposition: conjunct, coordination: coordination)
                continue
            }
            if found.isEmpty, let apposed { found.append((mentions[apposed].entity, true)) }
            // "held talks with defence chiefs *from Mali*", "met officials from Niger": the parser may hang the
            // envoys' origin on the talks or the verb; an envoy no one owns is from there.
            if found.isEmpty, lexicon.envoyNouns.contains(parse.lemmas[conjunct]), let host = originHost(of: conjunct) {
                found = namedComplements(of: host, types: [.state, .group]) { $0 == "from" }
            }
            result += found
        }
        var seen: Set<Int> = []
        return result.filter { seen.insert($0.entity).inserted }
    }
}

/// A set of token indexes shared by the copies of one `ArgumentRoles` (see `pronounsInProgress`).
private final class PronounsInProgress: Sendable {
    private let tokens = Mutex<Set<Int>>([])

    /// Adds `token`; false when it was already there.
    func enter(_ token: Int) -> Bool { tokens.withLock { $0.insert(token).inserted } }

    func leave(_ token: Int) { _ = tokens.withLock { $0.remove(token) } }
}
