import ActorGraphCore

/// A title's role: which relation it gives between the person and the state or group it belongs to.
enum TitleRole: String, Sendable, Decodable {
    /// Heads it: president, leader, commander → `leads`.
    case leader
    /// Holds a post in it: minister, ambassador, spokesperson → `official_of`.
    case official
    /// A military rank: marks a person, gives no relation by itself.
    case rank
    /// Mr, Dr, Sir: marks a person only.
    case honorific
    /// A city's office (mayor): marks a person; a city is no actor, so it gives no relation ("Bucharest Mayor
    /// Nicușor Dan" holds no post of Romania).
    case local
}

/// The English word lists the readers consult (`Resources/en/lexicon.json`), folded for lookup.
struct Lexicon: Sendable {
    /// Folded title (one or more words) → role.
    let titles: [String: TitleRole]
    /// The most words a title has.
    let longestTitle: Int
    /// Head nouns that make a capitalised phrase a group ("Ministry", "Front"), with the subtype they imply.
    let organisationNouns: [String: GroupSubtype?]
    /// Nouns that make the phrase after them a group ("Operation Barkhane").
    let leadingOrganisationNouns: [String: GroupSubtype?]
    let agreementNouns: Set<String>
    let regions: [String]
    let communities: [String]
    /// Nouns that stand for the entity modifying them: "Russian forces", "the Malian government", "Serbia's leaders".
    let standInNouns: Set<String>
    /// Nouns a count turns into a reference to entities named earlier in the sentence ("the two countries").
    let collectiveNouns: Set<String>
    /// Nouns for a state's people ("*Ecuadorian* voters", "Kenyan protesters"): a demonym on one speaks of that
    /// state's own affairs.
    let populaceNouns: Set<String>
    /// Nouns for trade ("imports of Ukrainian grain", "exports to the United States"): they stand for the state
    /// whose goods or market they are.
    let tradeNouns: Set<String>
    /// Nouns for people who speak for a state or group ("defence chiefs from Mali", "officials from Niger").
    let envoyNouns: Set<String>
    /// Titles only one state gives ("secretary of state": the United States), folded, with that state's name.
    let stateTitles: [String: String]
    /// Stand-in nouns for a state's government, which also take the state as "in" ("the junta in Mali").
    let governmentNouns: Set<String>
    /// Nouns naming armed forces or personnel, whose presence somewhere is a deployment.
    let forceNouns: Set<String>
    /// Adjectives that describe any agreement and identify none ("new", "historic", "bilateral").
    let genericModifiers: Set<String>
    /// Modifiers of a group noun that part it from the group its complement names ("a *splinter* group of the
    /// FARC" is not the FARC).
    let splitModifiers: Set<String>
    /// Words of time between a title's owner and the title ("Iran's *then* foreign minister", "Chad's *late*
    /// president"): they date the post and keep its owner.
    let titleTimeModifiers: Set<String>
    /// Nouns for ships, before a ship's name ("the frigate Hessen", "the bulk carrier True Confidence"): the name
    /// is a vessel's, no actor's.
    let vesselNouns: Set<String>
    /// Head nouns of names that are no actors: laws and weapon systems ("the Taiwan Relations Act", "the National
    /// Advanced Surface-to-Air Missile System").
    let thingNouns: Set<String>
    /// Nouns that, in apposition to a clause, name its act ("…, killing one officer, *an attack* that Ruto
    /// condemned"): whoever does the clause's act.
    let actNouns: Set<String>
    /// Words that make a page's section link of a media noun ("Local News", "Latest News"), not a newspaper.
    let sectionWords: Set<String>
    /// Nouns for a part of a state ("Mozambique's Cabo Delgado *province*", "the Malian *capital*"): where one
    /// is the place of a relation, the state owning it is.
    let partOfStateNouns: Set<String>
    /// Head nouns of places and facilities, which are not actors ("Air Base 101", "Kremlin Palace").
    let facilityNouns: Set<String>
    /// Common given names of many countries: a run of capitals starting with one is a person even where the
    /// recogniser calls it an organisation ("Moussa Faki Mahamat", "Celso Amorim").
    let givenNames: Set<String>
    /// Lower-case words inside names ("da", "von", "al").
    let nameParticles: Set<String>
    /// Capitalised words that never name an actor (months, headline words, "Security").
    let notNames: Set<String>
    /// All-caps words that are not actors (GDP, CEO): not guessed to be groups.
    let notActorAcronyms: Set<String>
    /// Acronyms that spell an English word, matched only in capitals ("US", "WHO").
    let englishWordsSpelledAsAcronyms: Set<String>
    /// Prepositions that make a capital a place rather than its government ("talks in Moscow").
    let locativePrepositions: Set<String>
    /// Nouns that count or measure what their "of" complement names ("thousands of soldiers", "much of").
    let quantityNouns: Set<String>
    /// Last words that make a known group's name plus a region its branch ("Islamic State Sahel *Province*").
    let branchNouns: Set<String>
    /// Capitalised organisation nouns whose name goes on with "in" and the place ("Mission in Somalia").
    let placedOrganisationNouns: Set<String>
    /// Verbs and nouns of travel or residence, whose object or place complement is a destination or a home, not
    /// an actor ("visited Mali", "flew to Kenya", "a trip to Chad", "lives in exile in Guinea-Bissau").
    let travelWords: Set<String>
    /// The last words of an office's portfolio ("for African *Affairs*", "of *Defence*"), which end a title.
    let portfolioWords: Set<String>
    /// Verbs of sending people or goods somewhere ("extradited … *to* the United States"): the place is where they
    /// go, not the sender's own state.
    let sendWords: Set<String>

    /// Loads `lexicon.json`.
    init() throws(ExtractionError) {
        let file = try ResourceFile.decode(LexiconFile.self, "lexicon.json")
        var titles: [String: TitleRole] = [:]
        var longest = 1
        for (role, words) in [
            (TitleRole.leader, file.titles.leader), (.official, file.titles.official), (.rank, file.titles.rank),
            (.honorific, file.titles.honorific), (.local, file.titles.local),
        ] {
            for word in words {
                let key = NameKey.fold(word)
                if titles[key] == nil { titles[key] = role }
                longest = max(longest, key.split(separator: " ").count)
            }
        }
        self.titles = titles
        longestTitle = longest
        var subtypes: [String: GroupSubtype?] = [:]
        for (noun, subtype) in file.organisationNouns {
            subtypes[NameKey.fold(noun)] = try Self.subtype(subtype, noun)
        }
        organisationNouns = subtypes
        var leading: [String: GroupSubtype?] = [:]
        for (noun, subtype) in file.leadingOrganisationNouns {
            leading[NameKey.fold(noun)] = try Self.subtype(subtype, noun)
        }
        leadingOrganisationNouns = leading
        agreementNouns = Set(file.agreementNouns.map(NameKey.fold))
        regions = file.regions
        communities = file.communities
        standInNouns = Set(file.standInNouns.map(NameKey.fold))
        forceNouns = Set(file.forceNouns.map(NameKey.fold))
        governmentNouns = Set(file.governmentNouns.map(NameKey.fold))
        collectiveNouns = Set(file.collectiveNouns.map(NameKey.fold))
        populaceNouns = Set(file.populaceNouns.map(NameKey.fold))
        tradeNouns = Set(file.tradeNouns.map(NameKey.fold))
        envoyNouns = Set(file.envoyNouns.map(NameKey.fold))
        stateTitles = Dictionary(
            file.stateTitles.map { (NameKey.fold($0.key), $0.value) }, uniquingKeysWith: { first, _ in first })
        nameParticles = Set(file.nameParticles.map(NameKey.fold))
        givenNames = Set(file.givenNames.map(NameKey.fold))
        facilityNouns = Set(file.facilityNouns.map(NameKey.fold))
        partOfStateNouns = Set(file.partOfStateNouns.map(NameKey.fold))
        genericModifiers = Set(file.genericModifiers.map(NameKey.fold))
        splitModifiers = Set(file.splitModifiers.map(NameKey.fold))
        titleTimeModifiers = Set(file.titleTimeModifiers.map(NameKey.fold))
        vesselNouns = Set(file.vesselNouns.map(NameKey.fold))
        thingNouns = Set(file.thingNouns.map(NameKey.fold))
        actNouns = Set(file.actNouns.map(NameKey.fold))
        sectionWords = Set(file.sectionWords.map(NameKey.fold))
        notNames = Set(file.notNames.map(NameKey.fold))
        notActorAcronyms = Set(file.notActorAcronyms.map(NameKey.fold))
        englishWordsSpelledAsAcronyms = Set(file.englishWordsSpelledAsAcronyms.map(NameKey.fold))
        locativePrepositions = Set(file.locativePrepositions.map(NameKey.fold))
        travelWords = Set(file.travelWords.map(NameKey.fold))
        portfolioWords = Set(file.portfolioWords.map(NameKey.fold))
        sendWords = Set(file.sendWords.map(NameKey.fold))
        placedOrganisationNouns = Set(file.placedOrganisationNouns.map(NameKey.fold))
        branchNouns = Set(file.branchNouns.map(NameKey.fold))
        quantityNouns = Set(file.quantityNouns.map(NameKey.fold))
    }

    private static func subtype(_ raw: String?, _ noun: String) throws(ExtractionError) -> GroupSubtype? {
        guard let raw else { return nil }
        guard let subtype = GroupSubtype(rawValue: raw) else {
            throw .malformedData(file: "Resources/en/lexicon.json", problem: "'\(noun)': unknown subtype '\(raw)'")
        }
        return subtype
    }
}

private struct LexiconFile: Decodable {
    struct Titles: Decodable {
        var leader: [String]
        var official: [String]
        var rank: [String]
        var honorific: [String]
        var local: [String]
    }
    var titles: Titles
    var organisationNouns: [String: String?]
    var leadingOrganisationNouns: [String: String?]
    var agreementNouns: [String]
    var regions: [String]
    var communities: [String]
    var standInNouns: [String]
    var forceNouns: [String]
    var governmentNouns: [String]
    var collectiveNouns: [String]
    var populaceNouns: [String]
    var tradeNouns: [String]
    var envoyNouns: [String]
    var stateTitles: [String: String]
    var nameParticles: [String]
    var givenNames: [String]
    var facilityNouns: [String]
    var partOfStateNouns: [String]
    var genericModifiers: [String]
    var splitModifiers: [String]
    var titleTimeModifiers: [String]
    var vesselNouns: [String]
    var thingNouns: [String]
    var actNouns: [String]
    var sectionWords: [String]
    var notNames: [String]
    var notActorAcronyms: [String]
    var englishWordsSpelledAsAcronyms: [String]
    var locativePrepositions: [String]
    var travelWords: [String]
    var portfolioWords: [String]
    var sendWords: [String]
    var placedOrganisationNouns: [String]
    var branchNouns: [String]
    var quantityNouns: [String]
}
