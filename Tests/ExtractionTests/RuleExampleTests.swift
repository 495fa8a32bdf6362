import ActorGraphCore
import Testing

@testable import Extraction

/// Every example sentence of every rule in `Resources/en/rules/`, read by the whole extractor (the bundled
/// parser included): it must give exactly the relations the rule file lists for it, no more and no fewer.
@Suite("Relation rule examples")
struct RuleExampleTests {
    /// One example sentence with the rule it documents.
    struct Case: CustomTestStringConvertible, Sendable {
        let rule: String
        let example: RelationRule.Example
        var testDescription: String { "\(rule): \(example.text)" }
    }

    static let cases: [Case] = {
        guard let rules = try? RuleSet() else { return [] }
        return rules.rules.flatMap { rule in rule.examples.map { Case(rule: rule.id, example: $0) } }
    }()

    @Test("the rule set loads and every rule has an example that gives a relation")
    func rulesLoad() throws {
        let rules = try RuleSet()
        #expect(rules.rules.count >= 40)
        for rule in rules.rules { #expect(rule.examples.contains { !$0.relations.isEmpty }, "\(rule.id)") }
    }

    @Test("each example gives exactly its relations", arguments: cases)
    func example(_ item: Case) throws {
        let document = try Shared.extract(item.example.text)
        let found = Set(document.relations.map { [$0.source, $0.type.rawValue, $0.target] })
        let expected = Set(
            item.example.relations.map { triple in
                let relation = Relation(
                    source: triple[0], type: RelationType(rawValue: triple[1]) ?? .supports, target: triple[2]
                ).normalised()
                return [relation.source, relation.type.rawValue, relation.target]
            })
        #expect(
            found == expected,
            "\(item.rule): \(item.example.text)\n  missing \(expected.subtracting(found).sorted { $0.joined() < $1.joined() })\n  extra \(found.subtracting(expected).sorted { $0.joined() < $1.joined() })"
        )
    }
}
