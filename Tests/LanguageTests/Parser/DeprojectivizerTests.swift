import Testing

@testable import Language

@Suite("Deprojectivisation and sentence starts")
struct DeprojectivizerTests {
    private static func run(_ heads: [Int], _ deps: [String], isSpace: [Bool]) throws -> ([Int], [String]) {
        var heads = heads
        var labels = try ParserFixtures.arcLabels(deps)
        Deprojectivizer.deprojectivize(heads: &heads, labels: &labels, isSpace: isSpace)
        return (heads, labels.map { $0.label.rawValue + ($0.headLabel.map { "||\($0.rawValue)" } ?? "") })
    }

    @Test("spaCy's results on random forests with lifted labels, whitespace words included")
    func randomForests() throws {
        let fixtures = try ParserFixtures.load()
        #expect(fixtures.deprojectivizeCases.count >= 30)
        var moved = 0
        for (index, example) in fixtures.deprojectivizeCases.enumerated() {
            let isSpace = example.words.map { $0.allSatisfy(\.isWhitespace) }
            let (heads, labels) = try Self.run(example.heads, example.deps, isSpace: isSpace)
            #expect(heads == example.expectedHeads, "case \(index)")
            #expect(labels == example.expectedDeps, "case \(index)")
            let starts = TreeEdges(heads: heads).sentenceStarts(heads: heads)
            #expect(starts == example.expectedSentenceStarts, "case \(index)")
            if heads != example.heads { moved += 1 }
        }
        #expect(moved >= 5)
    }

    @Test("a lifted arc finds the nearest word with its head label, skipping whitespace")
    func handBuilt() throws {
        // Checked with spaCy: nonproj.deprojectivize on Doc(words, heads, deps).
        let found = try Self.run(
            [1, 1, 1, 1], ["prep", "ROOT", "dobj", "pobj||prep"], isSpace: [false, false, false, false])
        #expect(found.0 == [1, 1, 1, 0] && found.1 == ["prep", "ROOT", "dobj", "pobj"])
        let deps = ["amod", "prep", "ROOT", "pobj||prep"]
        let skipped = try Self.run([2, 2, 2, 2], deps, isSpace: [false, true, false, false])
        #expect(skipped.0 == [2, 2, 2, 2] && skipped.1 == ["amod", "prep", "ROOT", "pobj"])
        let word = try Self.run([2, 2, 2, 2], deps, isSpace: [false, false, false, false])
        #expect(word.0 == [2, 2, 2, 1])
    }

    @Test("sentences start at each root's left edge")
    func sentenceStarts() {
        let heads = [1, 1, 1, 4, 4, 4]
        #expect(TreeEdges(heads: heads).sentenceStarts(heads: heads) == [true, false, false, true, false, false])
    }
}
