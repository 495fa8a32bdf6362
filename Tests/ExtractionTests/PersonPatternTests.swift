import ActorGraphCore
import Testing

@testable import Extraction

@Suite struct PersonPatternTests {
    @Test("A title introduces a person and is not part of the name")
    func titleIsNotName() throws {
        let document = try Shared.extract("President Nana Akufo-Addo of Ghana arrived on Monday.")
        #expect(document.entity("Nana Akufo-Addo")?.type == .person)
        #expect(document.entity("President Nana Akufo-Addo") == nil)
        #expect(document.has("Nana Akufo-Addo", .leads, "Ghana"))
    }

    @Test("Demonym + title gives office: 'Kenyan Foreign Minister X'")
    func demonymTitle() throws {
        let document = try Shared.extract("Kenyan Foreign Minister Musalia Mudavadi visited Addis Ababa.")
        #expect(document.has("Musalia Mudavadi", .officialOf, "Kenya"))
    }

    @Test("In a title-case headline a title does not make a person of the verb after it")
    func headlineTitle() throws {
        // spaCy's recogniser labels "Demands Apology" PERSON; "Bola" is a given name.
        let text = "Kenyan President Demands Apology From Ethiopia\n\nNigerian President Bola Tinubu Visits Paris\n"
        let document = try Shared.extract(text)
        #expect(document.entity("Demands Apology") == nil)
        #expect(document.entity("Bola Tinubu")?.type == .person)
    }

    @Test("Possessive apposition: \"Chad's Prime Minister, Allamaye Halina, said\"")
    func possessiveApposition() throws {
        let document = try Shared.extract("Chad’s Defence Minister, Issakha Malloua Djamous, said the army was ready.")
        #expect(document.has("Issakha Malloua Djamous", .officialOf, "Chad"))
    }

    @Test("Titles after \"whose\" and a word of time keep their owner")
    func titleOwnerThroughWhoseAndThen() throws {
        let whose = try Shared.extract(
            "Venezuela, whose president, Nicolás Maduro, claims victory, rejected the ruling.")
        #expect(whose.has("Nicolás Maduro", .leads, "Venezuela"))
        let then = try Shared.extract(
            "Faisal and Iran's then foreign minister, Hossein Amir-Abdollahian, met in Beijing.")
        #expect(then.has("Hossein Amir-Abdollahian", .officialOf, "Iran"))
        let plural = try Shared.extract(
            "Two former Beninese presidents, Thomas Boni Yayi and Nicéphore Soglo, travelled to Niamey in April.")
        #expect(plural.has("Nicéphore Soglo", .leads, "Benin"))
        #expect(plural.has("Thomas Boni Yayi", .leads, "Benin"))
        let deputy = try Shared.extract("Milan Radoičić, a former deputy leader of the party, spoke.")
        #expect(!deputy.relations.contains { $0.type == .leads })
    }

    @Test("Apposition after the name: \"X, Guinea's president\"")
    func apposition() throws {
        let document = try Shared.extract("Consider Colonel Mamadi Doumbouya, Guinea’s 44-year-old president.")
        #expect(document.has("Mamadi Doumbouya", .leads, "Guinea"))
    }

    @Test("A later surname resolves to the full name met before; unicode names keep their accents")
    func surnameResolution() throws {
        let text = "Captain Ibrahim Traoré spoke in Ouagadougou. Later, Traoré thanked Russia."
        let document = try Shared.extract(text)
        let person = try #require(document.entity("Ibrahim Traoré"))
        #expect(person.aliases == ["Traoré"])
        #expect(person.mentions == 2)
        #expect(document.entity("Traoré") == nil)
    }

    @Test("Surnames resolve across the corpus: document first, then earlier documents, then known entities")
    func corpusSurnames() throws {
        let extractor = try #require(Shared.extractor)
        let documents = [
            SourceDocument(
                id: "a.txt", text: "President Faustin-Archange Touadéra of the Central African Republic spoke."),
            SourceDocument(id: "b.txt", text: "Touadéra later met Russian officials."),
            SourceDocument(id: "c.txt", text: "Kagame hosted the summit."),
            SourceDocument(id: "d.txt", text: "President Touadéra thanked Russia."),
        ]
        let known = [Entity(name: "Paul Kagame", type: .person)]
        let results = extractor.extract(documents, known: known)
        #expect(results.map(\.id) == ["a.txt", "b.txt", "c.txt", "d.txt"])
        #expect(results[1].entity("Faustin-Archange Touadéra") != nil)
        #expect(results[2].entity("Paul Kagame") != nil)
        // A one-word titled name becomes the full name of the earlier document, aliases and relations too.
        #expect(results[3].entity("Touadéra") == nil)
        #expect(results[3].entity("Faustin-Archange Touadéra")?.aliases == ["Touadéra"])
    }

    @Test("Byline on its own line is a person; section headings are not")
    func bylines() throws {
        let document = try Shared.extract(
            "Sahel Security Update\nAmina Yusuf\nStrategic Competition\nMali and Niger met.")
        #expect(document.entity("Amina Yusuf")?.type == .person)
        #expect(document.entity("Strategic Competition") == nil)
    }
}
