import ActorGraphCore
import Testing

@testable import Extraction

@Suite struct GazetteerTests {
    @Test("US, U.S. and USA all name the United States", arguments: ["US", "U.S.", "USA", "United States"])
    func unitedStatesForms(form: String) throws {
        let document = try Shared.extract("The \(form) sanctioned Venezuela.")
        let entity = try #require(document.entity("United States"))
        #expect(entity.type == .state)
        #expect(document.has("United States", .opposes, "Venezuela"))
    }

    @Test("Lowercase 'us' is a pronoun, not the United States")
    func lowercasePronoun() throws {
        let document = try Shared.extract("They told us that Ghana would help.")
        #expect(document.entity("United States") == nil)
        #expect(document.entity("Ghana") != nil)
    }

    @Test("Ivory Coast is Côte d'Ivoire")
    func ivoryCoast() throws {
        let document = try Shared.extract("Ivory Coast hosted the summit.")
        let entity = try #require(document.entity("Côte d'Ivoire"))
        #expect(entity.aliases == ["Ivory Coast"])
    }

    @Test(
        "A capital standing for its government is a mention of its state",
        arguments: [("Moscow", "Russia"), ("Bamako", "Mali")])
    func capitals(surface: String, state: String) throws {
        let document = try Shared.extract("Officials said \(surface) officials were present.")
        let entity = try #require(document.entity(state))
        #expect(entity.aliases.contains(surface))
    }

    @Test(
        "A demonym names its state only where the state acts",
        arguments: [("Malian", "Mali"), ("Nigerien", "Niger"), ("Burkinabe", "Burkina Faso")])
    func demonyms(surface: String, state: String) throws {
        // "Palestinian negotiators" name no Palestine unless it acts (the relations issue).
        #expect(try Shared.extract("Officials said \(surface) officials were present.").entity(state) == nil)
        let acting = try Shared.extract("\(surface) troops attacked Chad.")
        #expect(acting.has(state, .opposes, "Chad"))
        #expect(acting.entity(state)?.aliases.contains(surface) == true)
    }

    @Test("Niger and Nigeria stay distinct; Guinea-Bissau is not Guinea; a capital named as a place is no entity")
    func longestMatch() throws {
        let document = try Shared.extract("Niger, Nigeria and Guinea-Bissau met in Conakry.")
        #expect(Set(document.entities.map(\.name)) == ["Niger", "Nigeria", "Guinea-Bissau"])
        #expect(document.has("Niger", .cooperatesWith, "Nigeria"))
    }

    @Test("Regions and ethnic groups are not entities")
    func regionsAreNotEntities() throws {
        let document = try Shared.extract("Violence in the Sahel and West Africa displaced Fulani herders.")
        #expect(document.entities.isEmpty)
    }

    @Test(
        "Well-known bodies resolve by acronym",
        arguments: [
            ("NATO", "North Atlantic Treaty Organization"), ("AU", "African Union"),
            ("ECOWAS", "Economic Community of West African States"),
        ])
    func internationalBodies(acronym: String, name: String) throws {
        let document = try Shared.extract("Mali left \(acronym) last year.")
        #expect(document.entity(name)?.type == .group)
    }
}
