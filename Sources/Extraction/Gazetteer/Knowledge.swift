import ActorGraphCore
internal import Foundation

/// What a gazetteer phrase refers to.
struct PhraseEntry: Sendable, Hashable {
    enum Kind: UInt8, Sendable {
        /// The entity's name or an alias ("Russia", "ECOWAS").
        case name
        /// A capital or seat of government standing for the state ("Moscow", "White House").
        case capital
        /// A demonym adjective ("Russian", "Malian").
        case demonym
        /// A region, ethnic or religious community: never an entity, but it blocks shorter matches.
        case blocked
    }

    var canonical: String
    var type: EntityType
    var subtype: GroupSubtype?
    var kind: Kind
    /// All-caps aliases ("US", "AU", "WHO") match only in exactly that case.
    var exactSurface: String?
}

/// A relation trigger from `relations.json`.
struct Trigger: Sendable, Hashable {
    /// Token patterns; a trailing `*` matches by prefix.
    var words: [String]
    var type: RelationType
    var confidence: Double
    /// The object is the source ("receiving support from X").
    var reverse: Bool
    /// Expelling someone's forces implies those forces were deployed in the subject's country.
    var objectDeployedInSubject: Bool
    /// Leaving a state (not a bloc) implies having been deployed there.
    var stateObjectMeansDeployed: Bool
    /// Only when written without spaces ("Wagner-to-Africa Corps").
    var attachedOnly: Bool
    /// For nouns ("talks", "aid"): the object must follow one of these prepositions ("talks with X").
    var objectPrepositions: [String] = []
}

/// A prefix trigger ("sanction*") with its prefix.
struct PrefixTrigger: Sendable {
    var prefix: String
    var trigger: Trigger
}

/// A title's role: which relation it implies between the person and the state or group it belongs to.
enum TitleRole: UInt8, Sendable {
    case leader
    case official
    case rank
    case honorific
}

/// Precompiled world knowledge and lexicons: hash maps keyed by folded token sequences.
///
/// A class so the many readers share one reference instead of copying twenty table references; it is
/// only mutated while `load` builds it, hence `@unchecked Sendable`.
final class Knowledge: @unchecked Sendable {
    var phrases: [String: [PhraseEntry]] = [:]
    var maxPhraseTokens = 1
    var titles: [String: TitleRole] = [:]
    var maxTitleTokens = 1
    var organisationNouns: [String: GroupSubtype?] = [:]
    var leadingOrganisationNouns: [String: GroupSubtype?] = [:]
    var agreementNouns: Set<String> = []
    var weakAgreementNouns: Set<String> = []
    var functionWords: Set<String> = []
    var commonCapitalised: Set<String> = []
    var collectiveNouns: Set<String> = []
    var forceNouns: Set<String> = []
    var triggersByWord: [String: [Trigger]] = [:]
    var prefixTriggers: [(prefix: String, trigger: Trigger)] = []
    var jointTriggers: Set<String> = []
    /// Flags of every lexicon word (first words of titles and phrases, function words, nouns, triggers).
    var wordFlags: [String: WordFlags] = [:]
    var flagTable = FlagTable([:])
    /// Prefix triggers indexed by their first three scalars, so a word checks only a handful.
    var prefixIndex: [UInt64: [(prefix: String, trigger: Trigger)]] = [:]
    var prefixTable = UInt64Table<[PrefixTrigger]>([:])
    var hostileNouns: Set<String> = []
    var cooperativeNouns: Set<String> = []
    var diplomatNouns: Set<String> = []
    var presenceNouns: Set<String> = []

    /// Loads the bundled resources and adds the user's dictionary.
    static func load(dictionary: UserDictionary) throws(ExtractionError) -> Knowledge {
        let k = Knowledge()
        let states: StatesFile = try decode("states.json")
        for s in states.states {
            k.addPhrase(s.name, PhraseEntry(canonical: s.name, type: .state, kind: .name))
            for a in s.aliases { k.addPhrase(a, PhraseEntry(canonical: s.name, type: .state, kind: .name)) }
            for c in s.capitals { k.addPhrase(c, PhraseEntry(canonical: s.name, type: .state, kind: .capital)) }
            for d in s.demonyms { k.addPhrase(d, PhraseEntry(canonical: s.name, type: .state, kind: .demonym)) }
        }
        let organisations: OrganisationsFile = try decode("organisations.json")
        for o in organisations.organisations {
            let subtype = GroupSubtype(rawValue: o.subtype)
            k.addPhrase(o.name, PhraseEntry(canonical: o.name, type: .group, subtype: subtype, kind: .name))
            for a in o.aliases {
                k.addPhrase(a, PhraseEntry(canonical: o.name, type: .group, subtype: subtype, kind: .name))
            }
        }
        let lexicon: LexiconFile = try decode("lexicon.json")
        for (role, words) in [
            (TitleRole.leader, lexicon.titles.leader), (.official, lexicon.titles.official),
            (.rank, lexicon.titles.rank), (.honorific, lexicon.titles.honorific),
        ] {
            for w in words {
                let key = phraseKey(w)
                if k.titles[key] == nil { k.titles[key] = role }
                k.maxTitleTokens = max(k.maxTitleTokens, key.split(separator: " ").count)
            }
        }
        for (noun, subtype) in lexicon.organisationNouns {
            k.organisationNouns[noun] = subtype.flatMap { GroupSubtype(rawValue: $0) }
        }
        for (noun, subtype) in lexicon.leadingOrganisationNouns {
            k.leadingOrganisationNouns[noun] = subtype.flatMap { GroupSubtype(rawValue: $0) }
        }
        k.agreementNouns = Set(lexicon.agreementNouns)
        k.weakAgreementNouns = Set(lexicon.weakAgreementNouns)
        for r in lexicon.regions {
            k.addPhrase(r, PhraseEntry(canonical: r, type: .group, kind: .blocked))
        }
        for e in lexicon.ethnicGroups {
            k.addPhrase(e, PhraseEntry(canonical: e, type: .group, kind: .blocked))
        }
        k.functionWords = Set(lexicon.functionWords)
        k.commonCapitalised = Set(lexicon.commonCapitalisedWords)
        k.collectiveNouns = Set(lexicon.collectiveNouns)
        k.forceNouns = Set(lexicon.forceNouns)

        let relations: RelationsFile = try decode("relations.json")
        for t in relations.triggers {
            guard let type = RelationType(rawValue: t.type), let first = t.words.first else {
                throw .malformedData(file: "Resources/relations.json", problem: "bad trigger \(t.words) \(t.type)")
            }
            let trigger = Trigger(
                words: t.words, type: type, confidence: t.confidence, reverse: t.reverse ?? false,
                objectDeployedInSubject: t.objectDeployedInSubject ?? false,
                stateObjectMeansDeployed: t.stateObjectMeansDeployed ?? false, attachedOnly: t.attachedOnly ?? false,
                objectPrepositions: t.objectPrepositions ?? [])
            if first.hasSuffix("*") {
                k.prefixTriggers.append((String(first.dropLast()), trigger))
            } else {
                k.triggersByWord[first, default: []].append(trigger)
            }
        }
        k.jointTriggers = Set(relations.jointTriggers)
        k.hostileNouns = Set(relations.hostileNouns)
        k.cooperativeNouns = Set(relations.cooperativeNouns)
        k.diplomatNouns = Set(relations.diplomatNouns)
        k.presenceNouns = Set(relations.presenceNouns)

        for entry in dictionary.entities {
            let phrase = PhraseEntry(canonical: entry.name, type: entry.type, subtype: entry.subtype, kind: .name)
            k.addPhrase(entry.name, phrase, userDefined: true)
            for a in entry.aliases { k.addPhrase(a, phrase, userDefined: true) }
        }
        k.buildFlags()
        return k
    }

    /// A copy with its own hash-table storage, so parallel workers do not contend on shared reference counts.
    func isolatedCopy() -> Knowledge {
        let k = Knowledge()
        k.maxPhraseTokens = maxPhraseTokens
        k.maxTitleTokens = maxTitleTokens
        k.phrases = Dictionary(
            uniqueKeysWithValues: phrases.map { key, entries in
                (
                    Folding.fresh(key),
                    entries.map { e in
                        var copy = e
                        copy.canonical = Folding.fresh(e.canonical)
                        copy.exactSurface = e.exactSurface.map(Folding.fresh)
                        return copy
                    }
                )
            })
        k.titles = Dictionary(uniqueKeysWithValues: titles.map { (Folding.fresh($0.key), $0.value) })
        k.organisationNouns = Dictionary(uniqueKeysWithValues: organisationNouns.map { ($0.key, $0.value) })
        k.leadingOrganisationNouns = Dictionary(
            uniqueKeysWithValues: leadingOrganisationNouns.map { ($0.key, $0.value) })
        k.agreementNouns = Set(agreementNouns.map { $0 })
        k.weakAgreementNouns = Set(weakAgreementNouns.map { $0 })
        k.functionWords = Set(functionWords.map { $0 })
        k.commonCapitalised = Set(commonCapitalised.map { $0 })
        k.collectiveNouns = Set(collectiveNouns.map { $0 })
        k.forceNouns = Set(forceNouns.map { $0 })
        k.triggersByWord = Dictionary(uniqueKeysWithValues: triggersByWord.map { ($0.key, $0.value) })
        k.prefixTriggers = prefixTriggers.map { $0 }
        k.jointTriggers = Set(jointTriggers.map { $0 })
        k.hostileNouns = Set(hostileNouns.map { $0 })
        k.cooperativeNouns = Set(cooperativeNouns.map { $0 })
        k.diplomatNouns = Set(diplomatNouns.map { $0 })
        k.presenceNouns = Set(presenceNouns.map { $0 })
        k.wordFlags = Dictionary(uniqueKeysWithValues: wordFlags.map { (Folding.fresh($0.key), $0.value) })
        k.flagTable = FlagTable(k.wordFlags)
        k.prefixIndex = Dictionary(uniqueKeysWithValues: prefixIndex.map { ($0.key, $0.value) })
        k.prefixTable = UInt64Table(
            k.prefixIndex.mapValues { $0.map { PrefixTrigger(prefix: Folding.fresh($0.prefix), trigger: $0.trigger) } })
        return k
    }

    static func packedPrefix(_ key: String) -> UInt64 {
        var packed: UInt64 = 0
        var n = 0
        for scalar in key.unicodeScalars {
            packed = packed << 21 | UInt64(scalar.value)
            n += 1
            if n == 3 { break }
        }
        return n == 3 ? packed : UInt64.max
    }

    func buildFlags() {
        var flags: [String: WordFlags] = [:]
        for key in titles.keys {
            if let first = key.split(separator: " ").first { flags[String(first), default: []].insert(.titleStart) }
        }
        for key in phrases.keys {
            if let first = key.split(separator: " ").first { flags[String(first), default: []].insert(.phraseStart) }
        }
        for w in functionWords { flags[w, default: []].insert(.function) }
        for w in commonCapitalised { flags[w, default: []].insert(.common) }
        for w in organisationNouns.keys { flags[w, default: []].insert(.organisationNoun) }
        for w in agreementNouns { flags[w, default: []].insert(.agreementNoun) }
        for w in triggersByWord.keys { flags[w, default: []].insert(.trigger) }
        wordFlags = flags
        flagTable = FlagTable(flags)
        var index: [UInt64: [(prefix: String, trigger: Trigger)]] = [:]
        for (prefix, trigger) in prefixTriggers {
            index[Self.packedPrefix(prefix), default: []].append((prefix, trigger))
        }
        prefixIndex = index
        prefixTable = UInt64Table(index.mapValues { $0.map { PrefixTrigger(prefix: $0.prefix, trigger: $0.trigger) } })
    }

    /// Sets each word token's lexicon flags.
    func annotate(_ tokens: inout [Token]) {
        for i in tokens.indices where tokens[i].kind != .punctuation {
            var f = flagTable.flags(forHash: tokens[i].keyHash)
            if !f.contains(.trigger), let candidates = prefixTable[Self.packedPrefix(tokens[i].key)],
                candidates.contains(where: { tokens[i].key.hasPrefix($0.prefix) })
            {
                f.insert(.trigger)
            }
            tokens[i].flags = f
        }
    }

    /// Registers `surface` (tokenized and folded) as pointing at `entry`.
    func addPhrase(_ surface: String, _ entry: PhraseEntry, userDefined: Bool = false) {
        var entry = entry
        let tokens = Tokenizer.tokenize(Array(surface.unicodeScalars)).filter { $0.kind != .punctuation }
        guard !tokens.isEmpty else { return }
        if tokens.count == 1, tokens[0].isAllCaps, surface.unicodeScalars.count <= 5 {
            entry.exactSurface = surface
        }
        let key = tokens.map(\.key).joined(separator: " ")
        maxPhraseTokens = max(maxPhraseTokens, tokens.count)
        var list = phrases[key] ?? []
        if userDefined {
            // The user's entry wins over built-in knowledge of the same phrase.
            list.insert(entry, at: 0)
        } else if !list.contains(entry) {
            list.append(entry)
        }
        phrases[key] = list
    }

    /// The folded key of a phrase, as the matcher builds it from tokens.
    static func phraseKey(_ phrase: String) -> String {
        Tokenizer.tokenize(Array(phrase.unicodeScalars)).filter { $0.kind != .punctuation }.map(\.key)
            .joined(separator: " ")
    }

    /// Triggers whose first word matches `key`.
    func triggers(startingWith key: String) -> [Trigger] {
        var result = triggersByWord[key] ?? []
        // Agent nouns ("negotiators", "trainers") name people, not the act.
        let agentNoun = key.hasSuffix("ors") || key.hasSuffix("ers")
        for (prefix, trigger) in (prefixTable[Self.packedPrefix(key)] ?? []).map({ ($0.prefix, $0.trigger) })
        where key.hasPrefix(prefix) && !(agentNoun && key.count > prefix.count + 2) {
            result.append(trigger)
        }
        return result
    }

    private static func decode<T: Decodable>(_ name: String) throws(ExtractionError) -> T {
        let parts = name.split(separator: ".")
        guard
            let url = Bundle.module.url(
                forResource: String(parts[0]), withExtension: String(parts[1]), subdirectory: "Resources")
                ?? Bundle.module.url(forResource: String(parts[0]), withExtension: String(parts[1]))
        else { throw .missingResource(name: name) }
        do {
            let data = try Data(contentsOf: url)
            return try JSONDecoder().decode(T.self, from: data)
        } catch {
            throw .malformedData(file: "Resources/\(name)", problem: "\(error)")
        }
    }
}

private struct StatesFile: Decodable {
    struct State: Decodable {
        var name: String
        var aliases: [String]
        var capitals: [String]
        var demonyms: [String]
    }
    var states: [State]
}

private struct OrganisationsFile: Decodable {
    struct Organisation: Decodable {
        var name: String
        var aliases: [String]
        var subtype: String
    }
    var organisations: [Organisation]
}

private struct LexiconFile: Decodable {
    struct Titles: Decodable {
        var leader: [String]
        var official: [String]
        var rank: [String]
        var honorific: [String]
    }
    var titles: Titles
    var organisationNouns: [String: String?]
    var leadingOrganisationNouns: [String: String?]
    var agreementNouns: [String]
    var weakAgreementNouns: [String]
    var regions: [String]
    var ethnicGroups: [String]
    var functionWords: [String]
    var commonCapitalisedWords: [String]
    var collectiveNouns: [String]
    var forceNouns: [String]
}

private struct RelationsFile: Decodable {
    struct RawTrigger: Decodable {
        var words: [String]
        var type: String
        var confidence: Double
        var reverse: Bool?
        var objectDeployedInSubject: Bool?
        var stateObjectMeansDeployed: Bool?
        var attachedOnly: Bool?
        var objectPrepositions: [String]?
    }
    var triggers: [RawTrigger]
    var jointTriggers: [String]
    var hostileNouns: [String]
    var cooperativeNouns: [String]
    var diplomatNouns: [String]
    var presenceNouns: [String]
}
