import ActorGraphCore
import Foundation
import Testing

@testable import Extraction

/// Hand-annotated sentences of common news constructions (`Fixtures/constructions/probes.txt`), each read on its
/// own: precision and recall over all of them stay above floors, so a rule change that helps one construction
/// and breaks others shows.
@Suite struct ConstructionProbeTests {
    /// One annotated sentence: its text and the relations it must give, as lower-cased (source, type, target).
    struct Probe {
        let text: String
        let relations: Set<[String]>
    }

    static func probes() throws -> [Probe] {
        let text = try String(contentsOf: try FixtureFiles.url("constructions/probes.txt"), encoding: .utf8)
        return try text.split(separator: "\n").filter { !$0.hasPrefix("#") && !$0.isEmpty }.map { line in
            let parts = line.components(separatedBy: " || ")
            let expected = parts.count > 1 ? parts[1] : ""
            var relations: Set<[String]> = []
            for item in expected.split(separator: ";") {
                let words = item.trimmingCharacters(in: .whitespaces)
                let type = try #require(
                    RelationType.allCases.first { words.contains(" \($0.rawValue) ") }, "no relation type in '\(words)'"
                )
                let ends = words.components(separatedBy: " \(type.rawValue) ")
                relations.insert(key(ends[0], type, ends[1]))
            }
            return Probe(text: parts[0], relations: relations)
        }
    }

    /// A relation as compared here: names lower-cased, a symmetric type's ends in order.
    static func key(_ source: String, _ type: RelationType, _ target: String) -> [String] {
        let a = source.lowercased()
        let b = target.lowercased()
        return type.isSymmetric && b < a ? [b, type.rawValue, a] : [a, type.rawValue, b]
    }

    @Test("Precision ≥ 0.88 and recall ≥ 0.88 over the hand-annotated construction sentences")
    func floors() throws {
        let probes = try Self.probes()
        #expect(probes.count >= 300)
        var correct = 0
        var extracted = 0
        var expected = 0
        for probe in probes {
            let document = try Shared.extract(probe.text)
            let found = Set(document.relations.map { Self.key($0.source, $0.type, $0.target) })
            correct += found.intersection(probe.relations).count
            extracted += found.count
            expected += probe.relations.count
        }
        let precision = Double(correct) / Double(max(1, extracted))
        let recall = Double(correct) / Double(max(1, expected))
        #expect(precision >= 0.88, "precision \(precision)")
        #expect(recall >= 0.88, "recall \(recall)")
    }
}
