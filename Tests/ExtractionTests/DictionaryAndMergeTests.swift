import ActorGraphCore
import ActorGraphTestSupport
import Foundation
import Testing

@testable import Extraction

@Suite struct DictionaryAndMergeTests {
    @Test("User dictionary entries are recognised with their aliases and subtypes")
    func userDictionary() throws {
        let json =
            #"{"entities": [{"name": "Kremlin Trolls Inc", "type": "group", "subtype": "company", "aliases": ["KTI", "the Trolls"]}]}"#
        let dictionary = try UserDictionary(jsonText: json, source: "dict.json")
        let extractor = try Extractor(dictionary: dictionary)
        let document = extractor.extract(SourceDocument(id: "x", text: "KTI attacked Estonia."))
        let group = try #require(document.entity("Kremlin Trolls Inc"))
        #expect(group.subtype == .company)
        #expect(document.has("Kremlin Trolls Inc", .opposes, "Estonia"))
        let reparsed = try UserDictionary(jsonText: dictionary.jsonText, source: "db")
        #expect(reparsed == dictionary)
    }

    @Test("Dictionary errors name the file and the problem")
    func dictionaryErrors() {
        #expect(
            throws: ExtractionError.invalidEntry(
                file: "d.json", entry: "X", problem: "unknown type 'planet', use person, state, group or agreement")
        ) {
            try UserDictionary(jsonText: #"{"entities":[{"name":"X","type":"planet"}]}"#, source: "d.json")
        }
        do {
            _ = try UserDictionary(jsonText: "{", source: "broken.json")
            Issue.record("expected an error")
        } catch {
            #expect(error.description.hasPrefix("broken.json: not valid JSON"))
        }
        do {
            _ = try UserDictionary.load(path: "/nonexistent/dict.json")
            Issue.record("expected an error")
        } catch {
            #expect(error.description.hasPrefix("/nonexistent/dict.json: cannot read file"))
        }
    }

    @Test("CorpusMerge unions aliases, sums mentions, unions evidence and merges acronym twins")
    func corpusMerge() throws {
        let extractor = try #require(Shared.extractor)
        let documents = [
            SourceDocument(id: "a.txt", text: "The Alliance of Sahel States (AES) met. Russia backed Mali."),
            SourceDocument(id: "b.txt", text: "The Confederation of Sahel States (AES) grew. Russia backed Mali."),
        ]
        let merged = CorpusMerge.merge(extractor.extract(documents))
        let aes = merged.entities.filter { $0.aliases.contains("AES") }
        #expect(aes.count == 1)
        #expect(aes.first?.mentions == 4)  // expansion + acronym in each document
        let relation = try #require(merged.relations.first { $0.source == "Russia" && $0.type == .supports })
        #expect(relation.evidence.map(\.document) == ["a.txt", "b.txt"])
        #expect(merged.entities.map(\.name) == merged.entities.map(\.name).sorted())
    }

    @Test("Evaluator: a perfect extraction scores 1, and misses and false positives are listed")
    func evaluator() throws {
        let gold = try GoldStandard.parse(
            Data(
                #"""
                {"documents":["d"],"entities":[{"name":"Russia","type":"state","aliases":["Moscow"]},{"name":"Mali","type":"state","aliases":[]}],
                 "relations":[{"source":"Russia","type":"supports","target":"Mali","document":"d","evidence":"x"},
                              {"source":"Mali","type":"cooperates_with","target":"Russia","document":"d","evidence":"y"}]}
                """#.utf8), source: "g.json")
        let entities = [
            Entity(name: "Moscow", type: .state), Entity(name: "Mali", type: .state),
            Entity(name: "Chad", type: .state),
        ]
        let relations = [
            Relation(source: "Moscow", type: .supports, target: "Mali"),
            Relation(source: "Russia", type: .cooperatesWith, target: "Mali"),
            Relation(source: "Chad", type: .opposes, target: "Mali"),
        ]
        let report = Evaluator.evaluate(entities: entities, relations: relations, gold: gold)
        #expect(report.entities.truePositives == 2)
        #expect(report.entities.falsePositives == 1)
        #expect(report.relations.truePositives == 2)
        #expect(report.relations.falsePositives == 1)
        #expect(isClose(report.relationF1, 0.8, tolerance: 1e-12))
        #expect(report.falsePositives.map(\.description).contains("Chad opposes Mali"))
        #expect(report.table().contains("relation/supports"))
    }

    @Test("Evaluator: an entity matches a gold alias through a description, unless other gold entities share it")
    func evaluatorDescriptions() throws {
        let gold = try GoldStandard.parse(
            Data(
                #"""
                {"documents":["d"],"entities":[{"name":"Solomon Islands-China security agreement","type":"agreement","aliases":["security pact"]},
                 {"name":"China","type":"state","aliases":[]},
                 {"name":"Mali ceasefire","type":"agreement","aliases":["truce"]},{"name":"Chad ceasefire","type":"agreement","aliases":["truce"]}],
                 "relations":[{"source":"China","type":"party_to","target":"Solomon Islands-China security agreement","document":"d","evidence":"x"}]}
                """#.utf8), source: "g.json")
        let entities = [
            Entity(name: "Solomon Islands-China security pact", type: .agreement, descriptions: ["security pact"]),
            Entity(name: "China", type: .state),
            Entity(name: "Niger truce", type: .agreement, descriptions: ["truce"]),
        ]
        let relations = [Relation(source: "China", type: .partyTo, target: "Solomon Islands-China security pact")]
        let report = Evaluator.evaluate(entities: entities, relations: relations, gold: gold)
        #expect(report.entities.truePositives == 2)
        #expect(report.entities.falsePositives == 1)  // "truce" names two gold ceasefires: it identifies neither
        #expect(report.relations.truePositives == 1)
        #expect(report.relations.falsePositives == 0)
    }
}
