import ActorGraphCore
import Testing

@testable import Extraction

@Suite struct GroupAndAgreementTests {
    @Test("An acronym definition makes one entity of expansion and acronym")
    func acronymDefinition() throws {
        let text = "The Lake Chad Basin Commission (LCBC) met in N'Djamena. Later the LCBC issued a statement."
        let document = try Shared.extract(text)
        let group = try #require(document.entity("Lake Chad Basin Commission"))
        #expect(group.type == .group)
        #expect(group.aliases == ["LCBC"])
        #expect(group.mentions == 3)
    }

    @Test("A saved page's section link is no newspaper; a newspaper's name still is one")
    func sectionLinkIsNoOutlet() throws {
        let document = try Shared.extract(
            "The Arizona Daily Star reported that Russia supports Mali.\n\nRead more\n\nLocal News\n")
        #expect(document.entity("Local News") == nil)
        #expect(document.entity("Arizona Daily Star")?.subtype == .media)
    }

    @Test(
        "Organisation nouns name groups with subtypes",
        arguments: [
            ("the Rapid Support Forces", "Rapid Support Forces", GroupSubtype.military),
            ("Operation Serval", "Operation Serval", .mission),
            ("the Ministry of Foreign Affairs", "Ministry of Foreign Affairs", .government),
            ("the Islamic Development Bank", "Islamic Development Bank", .company),
            ("the Toronto Star", "Toronto Star", .media),
            ("the Daily Monitor", "Daily Monitor", .media),
        ])
    func organisationNouns(phrase: String, name: String, subtype: GroupSubtype) throws {
        let document = try Shared.extract("Officials praised \(phrase) on Tuesday.")
        let group = try #require(document.entity(name))
        #expect(group.type == .group)
        #expect(group.subtype == subtype)
    }

    @Test(
        "Agreements are found by their nouns, with or without a proper name",
        arguments: [
            ("the Algiers Accord", "Algiers Accord"), ("the Treaty of Lisbon", "Treaty of Lisbon"),
            ("the Minsk Protocol", "Minsk Protocol"), ("the AU peace treaty", "AU peace treaty"),
        ])
    func agreements(phrase: String, name: String) throws {
        let document = try Shared.extract("Ghana, Togo and Benin signed \(phrase) in May.")
        #expect(document.entity(name)?.type == .agreement)
        for state in ["Ghana", "Togo", "Benin"] { #expect(document.has(state, .partyTo, name)) }
    }

    @Test("A described agreement is one only when its words name a party, a broker or a year")
    func describedAgreements() throws {
        let vague = try Shared.extract("Russian President Vladimir Putin rejected an unconditional truce on Monday.")
        #expect(!vague.entities.contains { $0.type == .agreement })
        let dated = try Shared.extract("Iran honoured the 2015 nuclear deal for a year.")
        #expect(dated.entity("2015 nuclear deal")?.type == .agreement)
        let parties = try Shared.extract("Ethiopia signed a maritime agreement with Somaliland in January.")
        #expect(parties.entity("Ethiopia-Somaliland maritime agreement")?.type == .agreement)
        // "of understanding" is part of the term, and identifies the memorandum as a modifier would.
        let memorandum = try Shared.extract("Iraq and Turkey signed a memorandum of understanding in Baghdad.")
        #expect(memorandum.entity("Iraq-Turkey memorandum of understanding")?.type == .agreement)
        #expect(memorandum.has("Turkey", .partyTo, "Iraq-Turkey memorandum of understanding"))
        // So does its topic, which the name keeps; the term alone still describes it.
        let water = try Shared.extract("Iraq and Turkey signed a memorandum of understanding on water.")
        #expect(
            water.entity("Iraq-Turkey memorandum of understanding on water")?.descriptions == [
                "memorandum of understanding", "memorandum of understanding on water",
            ])
        let unsigned = try Shared.extract("Officials said a memorandum of understanding was possible.")
        #expect(!unsigned.entities.contains { $0.type == .agreement })
    }

    @Test("'X (now Y)' and 'rebranded as' give succeeded_by")
    func succession() throws {
        let first = try Shared.extract("Fighters of the Sahel Brigade (now Unity Corps) remain in Mali.")
        #expect(first.has("Sahel Brigade", .succeededBy, "Unity Corps"))
        // The sentence places the brigade's fighters in Mali; it says nothing of where its successor is.
        #expect(first.has("Sahel Brigade", .deployedIn, "Mali"))
        #expect(!first.has("Unity Corps", .deployedIn, "Mali"))
        let second = try Shared.extract("The Liberation Front was rebranded as the National Movement in 2019.")
        #expect(second.has("Liberation Front", .succeededBy, "National Movement"))
    }

    @Test("Generic phrases, dates and sentence-initial capitals are not entities")
    func notEntities() throws {
        let document = try Shared.extract(
            "However, Western analysts said on Monday, March 3, that the juntas would stay.")
        #expect(document.entities.isEmpty)
    }
}
