import ActorGraphCore

/// What a gazetteer phrase refers to.
struct PhraseEntry: Sendable, Hashable {
    /// How a phrase names its entity.
    enum Kind: UInt8, Sendable {
        /// The entity's name or an alias ("Russia", "ECOWAS").
        case name
        /// A capital or seat of government standing for the state ("Moscow", "White House"); a place when it is
        /// where something happens ("talks in Moscow").
        case capital
        /// A demonym adjective ("Russian", "Malian"): the state only when it modifies who acts.
        case demonym
        /// A region, ethnic or religious community: never an entity, but it blocks shorter matches.
        case blocked
        /// A capital or seat named as the place where something happens ("talks in Moscow"; mentions only): the
        /// state only when it also acts in a relation ("sent a delegation to Kabul").
        case place
        /// A common-noun description of an agreement ("a maritime agreement between …", "the EU plan"): the entity
        /// only when it takes part in a relation.
        case description
    }

    var canonical: String
    var type: EntityType
    var subtype: GroupSubtype?
    var kind: Kind
    /// How the text must be cased for the phrase to match it.
    var casing: Casing = .capitalised

    /// Case rules: names are capitalised in running text ("Nato" and "NATO" both name the alliance, "mali"
    /// names nothing), and an acronym spelling an English word ("US", "WHO", "IT") only in capitals.
    enum Casing: UInt8, Sendable {
        /// The first letter must be upper case.
        case capitalised
        /// Every letter must be upper case.
        case allCaps
        /// Any case: the phrase itself starts in lower case ("al-Shabaab").
        case any
    }

    /// Whether `surface`, the text a match covers, is cased as the phrase requires.
    func accepts(_ surface: String) -> Bool {
        switch casing {
        case .any: return true
        case .capitalised: return surface.unicodeScalars.first?.properties.isUppercase ?? false
        case .allCaps:
            return surface.unicodeScalars.allSatisfy { !$0.properties.isAlphabetic || $0.properties.isUppercase }
        }
    }
}

/// World knowledge: states with their other names, capitals and demonyms; international bodies with their
/// acronyms; regions and communities that are never actors; and the user's dictionary, which wins over all.
struct Gazetteer: Sendable {
    private(set) var phrases = PhraseTrie<PhraseEntry>()
    /// Each state's first demonym, by canonical name ("Russia" → "Russian"): how a body's name says whose it is.
    private(set) var demonyms: [String: String] = [:]

    /// Loads `states.json`, `organisations.json`, `agreements.json` and the blocking lists of `lexicon`, then
    /// `dictionary`.
    init(lexicon: Lexicon, dictionary: UserDictionary) throws(ExtractionError) {
        let states = try ResourceFile.decode(StatesFile.self, "states.json")
        for s in states.states {
            add(s.name, PhraseEntry(canonical: s.name, type: .state, kind: .name), lexicon: lexicon)
            for a in s.aliases { add(a, PhraseEntry(canonical: s.name, type: .state, kind: .name), lexicon: lexicon) }
            for c in s.capitals {
                add(c, PhraseEntry(canonical: s.name, type: .state, kind: .capital), lexicon: lexicon)
            }
            demonyms[s.name] = s.demonyms.first
            for d in s.demonyms {
                add(d, PhraseEntry(canonical: s.name, type: .state, kind: .demonym), lexicon: lexicon)
            }
        }
        let organisations = try ResourceFile.decode(OrganisationsFile.self, "organisations.json")
        for o in organisations.organisations {
            // An empty subtype is a group of no listed kind (a political party, a parliament).
            let subtype = GroupSubtype(rawValue: o.subtype)
            guard subtype != nil || o.subtype.isEmpty else {
                throw .malformedData(
                    file: "Resources/en/organisations.json", problem: "\(o.name): unknown subtype '\(o.subtype)'")
            }
            let entry = PhraseEntry(canonical: o.name, type: .group, subtype: subtype, kind: .name)
            add(o.name, entry, lexicon: lexicon)
            for a in o.aliases { add(a, entry, lexicon: lexicon) }
            for seat in o.seats ?? [] {
                add(
                    seat, PhraseEntry(canonical: o.name, type: .group, subtype: subtype, kind: .capital),
                    lexicon: lexicon)
            }
        }
        let agreements = try ResourceFile.decode(AgreementsFile.self, "agreements.json")
        for a in agreements.agreements {
            let entry = PhraseEntry(canonical: a.name, type: .agreement, kind: .name)
            add(a.name, entry, lexicon: lexicon)
            for alias in a.aliases { add(alias, entry, lexicon: lexicon) }
        }
        for blocked in lexicon.regions + lexicon.communities {
            add(blocked, PhraseEntry(canonical: blocked, type: .group, kind: .blocked), lexicon: lexicon)
        }
        for entry in dictionary.entities {
            let phrase = PhraseEntry(canonical: entry.name, type: entry.type, subtype: entry.subtype, kind: .name)
            add(entry.name, phrase, lexicon: lexicon, first: true)
            for a in entry.aliases { add(a, phrase, lexicon: lexicon, first: true) }
        }
    }

    /// The entries `surface` names, in preference order, honouring each phrase's casing (or, for a name a user
    /// typed, only the all-capitals rule of acronyms that spell words).
    func entries(named surface: String, typedByUser: Bool = false) -> [PhraseEntry] {
        phrases.lookup(surface).filter { $0.accepts(surface) || (typedByUser && $0.casing != .allCaps) }
    }

    private mutating func add(_ surface: String, _ entry: PhraseEntry, lexicon: Lexicon, first: Bool = false) {
        var entry = entry
        let letters = surface.unicodeScalars.filter { $0.properties.isAlphabetic }
        if !letters.isEmpty, letters.allSatisfy({ $0.properties.isUppercase }),
            lexicon.englishWordsSpelledAsAcronyms.contains(NameKey.fold(surface))
        {
            entry.casing = .allCaps
        } else if let first = letters.first, !first.properties.isUppercase {
            entry.casing = .any
        }
        phrases.insert(surface, entry, first: first)
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
        /// Places standing for the body ("Brussels" for the European Union), read like capitals.
        var seats: [String]?
    }
    var organisations: [Organisation]
}

private struct AgreementsFile: Decodable {
    struct Agreement: Decodable {
        var name: String
        var aliases: [String]
    }
    var agreements: [Agreement]
}
