import ActorGraphCore
import Testing

@testable import Extraction

@Suite struct RelationPatternTests {
    @Test("A verb applies to every item of a coordinated list")
    func lists() throws {
        let document = try Shared.extract("Mali, Niger, and Burkina Faso have expelled French forces and quit ECOWAS.")
        for state in ["Mali", "Niger", "Burkina Faso"] {
            #expect(document.has(state, .opposes, "France"))
            #expect(document.has("France", .deployedIn, state))
            #expect(document.has(state, .withdrewFrom, "Economic Community of West African States"))
        }
    }

    @Test("Passive voice with an agent reverses the roles")
    func passive() throws {
        let document = try Shared.extract("President Alpha Condé was overthrown in 2021 by Colonel Mamadi Doumbouya.")
        #expect(document.has("Mamadi Doumbouya", .opposes, "Alpha Condé"))
        #expect(!document.has("Alpha Condé", .opposes, "Mamadi Doumbouya"))
    }

    @Test("A possessor is the subject of a noun trigger")
    func possessive() throws {
        let document = try Shared.extract("Turkey’s support for Somalia has grown.")
        #expect(document.has("Turkey", .supports, "Somalia"))
    }

    @Test(
        "Deployment, membership and cooperation patterns",
        arguments: [
            ("Rwanda deployed troops to Mozambique in 2021.", "Rwanda", RelationType.deployedIn, "Mozambique"),
            ("Sweden joined NATO in 2024.", "Sweden", .memberOf, "North Atlantic Treaty Organization"),
            ("Egypt held talks with Sudan on Monday.", "Egypt", .cooperatesWith, "Sudan"),
            ("Iran supplied drones to Russia.", "Iran", .supports, "Russia"),
            ("The Taliban condemned Pakistan.", "Taliban", .opposes, "Pakistan"),
            // "its forces": the owner's antecedent in the sentence.
            ("Mali said its troops had entered Niger.", "Mali", .deployedIn, "Niger"),
            // Forces loyal to an actor stand for it.
            ("The Houthis clashed with forces loyal to Yemen's government.", "Houthis", .opposes, "Yemen"),
            // A part of a state, as the place, is the state's.
            ("Rwanda sent 1,000 soldiers to Mozambique's Cabo Delgado province.", "Rwanda", .deployedIn, "Mozambique"),
            ("French soldiers were deployed in the Malian capital.", "France", .deployedIn, "Mali"),
        ])
    func patterns(text: String, source: String, type: RelationType, target: String) throws {
        #expect(try Shared.extract(text).has(source, type, target))
    }

    @Test("A collective phrase stands for the states named before it in its own sentence, never an earlier one")
    func collectives() throws {
        let inside = try Shared.extract(
            "After Mali, Niger and Burkina Faso met in Niamey, the three countries signed the Niamey Charter.")
        for state in ["Mali", "Niger", "Burkina Faso"] { #expect(inside.has(state, .partyTo, "Niamey Charter")) }
        #expect(inside.has("Mali", .cooperatesWith, "Niger"))
        // The development sets' rule: an anaphor pointing to an earlier sentence is not resolved.
        let across = try Shared.extract(
            "Mali, Niger and Burkina Faso met in Niamey. The three countries signed the Niamey Charter.")
        #expect(!across.relations.contains { $0.type == .partyTo })
        // A demonym before a title stands for the state its holder speaks for; a bare demonym does not.
        let titled = try Shared.extract(
            "Mexican Foreign Secretary Marcelo Ebrard said after talks with U.S. Secretary of State Antony Blinken"
                + " that the two countries are leaving the Mérida Initiative behind.")
        for state in ["Mexico", "United States"] { #expect(titled.has(state, .withdrewFrom, "Mérida Initiative")) }
        let bare = try Shared.extract(
            "Palestinian negotiators met Israel, and the two countries signed the Oslo Accords.")
        #expect(!bare.relations.contains { $0.type == .partyTo })
        // The count must match: two countries are not three.
        let miscounted = try Shared.extract(
            "Mali, Niger and Chad met, and the two countries signed the Niamey Charter.")
        #expect(!miscounted.relations.contains { $0.type == .partyTo })
    }

    @Test("A subject pronoun stands for a subject of its own sentence of its kind, never an earlier sentence's")
    func subjectPronouns() throws {
        #expect(
            try Shared.extract("Sergei Lavrov said he had met Abdoulaye Diop.").has(
                "Abdoulaye Diop", .cooperatesWith, "Sergei Lavrov"))
        let they = try Shared.extract("Mali and Niger said they had left ECOWAS.")
        for state in ["Mali", "Niger"] {
            #expect(they.has(state, .withdrewFrom, "Economic Community of West African States"))
        }
        let vow = try Shared.extract(
            "Serbian President Aleksandar Vucic said that he would not sign anything and pledged never to recognise"
                + " Kosovo.")
        #expect(vow.has("Aleksandar Vucic", .opposes, "Kosovo"))
        // "He" is no state, and the previous sentence's subject is out of reach.
        #expect(try Shared.extract("Russia said that he met Abdoulaye Diop.").relations.isEmpty)
        #expect(try Shared.extract("Sergei Lavrov arrived on Monday. He met Abdoulaye Diop.").relations.isEmpty)
    }

    @Test("A bare title's state is not one the sentence gives to another president or to a counterpart")
    func bareTitleGuessesReviewed() throws {
        let hosted = try Shared.extract(
            "President Donald Trump, who hosted Argentine President Javier Milei on Tuesday, praised the reforms.")
        #expect(hosted.has("Javier Milei", .leads, "Argentina"))
        #expect(!hosted.has("Donald Trump", .leads, "Argentina"))
        let signed = try Shared.extract(
            "U.S. Defense Secretary Pete Hegseth signed a memorandum with Public Security Minister Frank Abrego.")
        #expect(signed.has("Pete Hegseth", .officialOf, "United States"))
        #expect(!signed.has("Frank Abrego", .officialOf, "United States"))
        // A toppled president and the military ruler who toppled him both led the state.
        let coup = try Shared.extract(
            "The coup in Niger toppled President Mohamed Bazoum, who is detained by the country's military ruler,"
                + " General Abdourahamane Tchiani.")
        #expect(coup.has("Mohamed Bazoum", .leads, "Niger"))
        #expect(coup.has("Abdourahamane Tchiani", .leads, "Niger"))
    }

    @Test("Cooperation is between sides: not with one's own state, nor between its office holders")
    func sameSideCooperation() throws {
        let hosted = try Shared.extract(
            "Ethiopia and Somalia agreed on Wednesday to end their feud after talks in the Turkish capital hosted by"
                + " Turkish President Recep Tayyip Erdogan.")
        #expect(hosted.has("Recep Tayyip Erdogan", .leads, "Turkey"))
        #expect(!hosted.has("Recep Tayyip Erdogan", .cooperatesWith, "Turkey"))
        let signed = try Shared.extract(
            "The pact was signed by Japanese Foreign Minister Yoko Kamikawa, Japanese Defence Minister Minoru Kihara"
                + " and Philippine Defence Secretary Gilberto Teodoro.")
        #expect(signed.has("Yoko Kamikawa", .cooperatesWith, "Gilberto Teodoro"))
        #expect(!signed.has("Yoko Kamikawa", .cooperatesWith, "Minoru Kihara"))
    }

    @Test("A participle read as a past tense has no subject of its own, so \"the country\" stays unresolved")
    func participleReadAsPastTense() throws {
        let document = try Shared.extract(
            "The Central African Republic is resisting a request from Moscow to replace the Wagner Group mercenaries"
                + " deployed in the country since 2018 with fighters from Africa Corps.")
        #expect(!document.has("Central African Republic", .deployedIn, "Russia"))
        #expect(!document.has("Wagner Group", .deployedIn, "Russia"))
    }

    @Test("Every supporting sentence is kept, once, in document order")
    func evidenceAccumulates() throws {
        let document = try Shared.extract("Russia backed Mali. Later, Russia backed Mali again. Russia backed Mali.")
        let relation = try #require(document.relations.first { $0.source == "Russia" && $0.type == .supports })
        #expect(relation.evidence.map(\.start) == [0, 20, 53])
        #expect(relation.weight == 3)
        #expect(relation.confidence > 0 && relation.confidence <= 1)
    }

    @Test("Relation endpoints are listed as entities of the document")
    func endpointsListed() throws {
        let document = try Shared.extract("Germany deployed troops to Lithuania. Lithuania thanked Berlin.")
        let names = Set(document.entities.map(\.name))
        for r in document.relations {
            #expect(names.contains(r.source))
            #expect(names.contains(r.target))
        }
    }
}
