import ActorGraphCore
import Testing

@testable import Extraction

/// What is not asserted is not an edge: negation, modality, hypothesis, denial and refusal, allegation, questions;
/// ended states are kept at a lower confidence (`Resources/en/assertion.json`, docs/extraction.md).
@Suite struct AssertionTests {
    @Test(
        "A negated, hypothetical, denied or alleged statement gives no relation",
        arguments: [
            "Russia does not support Mali.",
            "Russia never supported Mali.",
            "Ghana may withdraw from ECOWAS.",
            "Ghana could withdraw from ECOWAS.",
            "Ghana would withdraw from ECOWAS if the sanctions stayed.",
            "If Ghana leaves ECOWAS, Togo will follow.",
            "Russia plans to send troops to Niger.",
            "Turkey is expected to join the Alliance.",
            "Moscow denied that it had sent troops to Niger.",
            "Niger refused to sign the Abuja Treaty.",
            "Mali failed to join the African Union.",
            "Russia reportedly sent troops to Niger.",
            "Will Russia send troops to Niger?",
            "Russia has no troops in Niger.",
            "Mali is no longer a member of ECOWAS.",
            "The law began the process of Armenia's exit from the Eurasian Economic Union.",
        ])
    func notAsserted(sentence: String) throws {
        let document = try Shared.extract(sentence)
        #expect(document.relations.isEmpty, "\(document.relations.map { "\($0.source) \($0.type) \($0.target)" })")
    }

    @Test("The same statements, asserted, give their relation")
    func asserted() throws {
        #expect(try Shared.extract("Russia supports Mali.").has("Russia", .supports, "Mali"))
        #expect(
            try Shared.extract("Ghana withdrew from ECOWAS.").has(
                "Ghana", .withdrewFrom, "Economic Community of West African States"))
        #expect(try Shared.extract("Russia sent troops to Niger.").has("Russia", .deployedIn, "Niger"))
        #expect(try Shared.extract("Niger signed the Abuja Treaty.").has("Niger", .partyTo, "Abuja Treaty"))
        // Reported speech asserts what is reported.
        #expect(try Shared.extract("Officials said Russia sent troops to Niger.").has("Russia", .deployedIn, "Niger"))
        // A finite verb the parser hangs on a promise's infinitive is the promiser's second act, not promised.
        #expect(
            try Shared.extract("Russia vowed to retaliate and imposed sanctions on Poland.").has(
                "Russia", .opposes, "Poland"))
        #expect(try Shared.extract("Russia vowed to retaliate and impose sanctions on Poland.").relations.isEmpty)
        // A wh-question presupposes its statement.
        #expect(
            try Shared.extract("Why did Mali leave ECOWAS?").has(
                "Mali", .withdrewFrom, "Economic Community of West African States"))
    }

    @Test("The accuser opposes the accused; the accusation itself is not an edge")
    func allegation() throws {
        let document = try Shared.extract("Niger accused France of arming the rebels of the Azawad Liberation Front.")
        #expect(document.has("Niger", .opposes, "France"))
        #expect(!document.relations.contains { $0.type == .supports })
    }

    @Test("A former office is kept, at a lower confidence than a current one")
    func endedState() throws {
        let former = try #require(
            try Shared.extract("Former President Mohamed Bazoum of Niger spoke.").relations.first { $0.type == .leads })
        let current = try #require(
            try Shared.extract("President Mohamed Bazoum of Niger spoke.").relations.first { $0.type == .leads })
        #expect(former.source == "Mohamed Bazoum" && former.target == "Niger")
        #expect(former.confidence < current.confidence)
    }

    @Test("Negation on one coordinated verb does not spread to a contrasted one")
    func contrast() throws {
        let document = try Shared.extract("Russia does not support Mali but backs Niger.")
        #expect(!document.has("Russia", .supports, "Mali"))
        #expect(document.has("Russia", .supports, "Niger"))
    }
}
