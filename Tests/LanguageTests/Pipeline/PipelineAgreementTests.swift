import Foundation
import Testing

@testable import Language

/// The whole pipeline against spaCy 3.8 + en_core_web_sm 3.8.0 on the fixture corpora: every attribute of
/// `ParsedDocument`, with the thresholds (tokens ≥ 99.5 %; on identical tokens tags ≥ 99.5 %,
/// head + label ≥ 99 %, sentence starts ≥ 99 %, entity spans + labels ≥ 99 %, lemmas ≥ 99.5 %).
@Suite("Whole pipeline agreement with spaCy")
struct PipelineAgreementTests {
    /// Agreement counts over one corpus.
    struct Tally: CustomStringConvertible {
        var tokens = 0
        var tokensSame = 0
        var tags = 0
        var pos = 0
        var lemmas = 0
        var arcs = 0
        var sentenceStartsBoth = 0
        var sentenceStartsEither = 0
        var entitiesBoth = 0
        var entitiesOurs = 0
        var entitiesTheirs = 0
        var firstDifference: String?

        func share(_ count: Int, of total: Int) -> Double { total == 0 ? 1 : Double(count) / Double(total) }
        var tokenShare: Double { share(tokensSame, of: tokens) }
        var entityF1: Double {
            let total = entitiesOurs + entitiesTheirs
            return total == 0 ? 1 : 2 * Double(entitiesBoth) / Double(total)
        }

        var description: String {
            func pct(_ value: Double) -> String { String(format: "%.3f%%", value * 100) }
            return "tokens \(pct(tokenShare)) (\(tokensSame)/\(tokens)), tag \(pct(share(tags, of: tokensSame))), "
                + "pos \(pct(share(pos, of: tokensSame))), lemma \(pct(share(lemmas, of: tokensSame))), "
                + "head+label \(pct(share(arcs, of: tokensSame))), "
                + "sentence starts \(pct(share(sentenceStartsBoth, of: sentenceStartsEither))), "
                + "entities F1 \(pct(entityF1))" + (firstDifference.map { "; first difference: \($0)" } ?? "")
        }
    }

    static let pipeline = Result { () throws(LanguageError) in try EnglishPipeline.load() }

    @Test("the pipeline reproduces spaCy's output", arguments: SpacyFixtures.Corpus.allCases)
    func agreement(corpus: SpacyFixtures.Corpus) throws {
        // Without ../shared the development articles are not here to compare (CI has them).
        guard SpacyFixtures.isAvailable(corpus) else { return }
        let pipeline = try Self.pipeline.get()
        var tally = Tally()
        for document in try SpacyFixtures.documents(corpus) {
            compare(pipeline.parse(document.text), document, into: &tally)
        }
        print("\(corpus.rawValue): \(tally)")
        #expect(tally.tokens > 0)
        #expect(tally.tokenShare >= 0.995, "\(tally)")
        #expect(tally.share(tally.tags, of: tally.tokensSame) >= 0.995, "\(tally)")
        #expect(tally.share(tally.lemmas, of: tally.tokensSame) >= 0.995, "\(tally)")
        #expect(tally.share(tally.arcs, of: tally.tokensSame) >= 0.99, "\(tally)")
        #expect(tally.share(tally.sentenceStartsBoth, of: tally.sentenceStartsEither) >= 0.99, "\(tally)")
        #expect(tally.entityF1 >= 0.99, "\(tally)")
    }

    @Test("the parse of a hand-checked sentence")
    func handChecked() throws {
        let parsed = try Self.pipeline.get().parse("Russia does not support Mali.")
        // spaCy 3.8.18: Russia/NNP/nsubj→support, does/VBZ/aux, not/RB/neg, support/VB/ROOT, Mali/NNP/dobj, ./punct.
        #expect(parsed.tokens.map(\.text) == ["Russia", "does", "not", "support", "Mali", "."])
        #expect(parsed.tokens.map(\.dep) == [.nsubj, .aux, .neg, .root, .dobj, .punct])
        #expect(parsed.tokens.map(\.head) == [3, 3, 3, 3, 3, 3])
        #expect(parsed.tokens.map(\.lemma) == ["Russia", "do", "not", "support", "Mali", "."])
        #expect(parsed.sentences == [TextSpan(start: 0, end: 29)])
        #expect(
            parsed.entities == [
                EntitySpan(start: 0, end: 6, label: .GPE), EntitySpan(start: 24, end: 28, label: .PERSON),
            ])
    }

    @Test("the two-thread path parses as the one-thread path")
    func parallelPath() throws {
        let pipeline = try Self.pipeline.get()
        // The path long documents take (EnglishPipeline.parallelTokenCount), forced on a seed article.
        let text = try #require(try SpacyFixtures.documents(.seeds).first).text
        let serial = pipeline.parse(text, parallel: false)
        #expect(serial.tokens.count > 100)
        #expect(pipeline.parse(text, parallel: true) == serial)
    }

    private func compare(_ ours: ParsedDocument, _ theirs: SpacyDocument, into tally: inout Tally) {
        tally.tokens += theirs.start.count
        let same =
            ours.tokens.count == theirs.start.count
            && zip(ours.tokens, zip(theirs.start, theirs.end)).allSatisfy { $0.start == $1.0 && $0.end == $1.1 }
        guard same else {
            let index = ours.tokens.indices.first { i in
                i >= theirs.start.count || ours.tokens[i].start != theirs.start[i]
                    || ours.tokens[i].end != theirs.end[i]
            }
            tally.firstDifference = tally.firstDifference ?? "\(theirs.name): tokens differ at \(index ?? -1)"
            return
        }
        tally.tokensSame += theirs.start.count
        let texts = theirs.tokenTexts
        for (i, token) in ours.tokens.enumerated() {
            func note(_ what: String) {
                tally.firstDifference = tally.firstDifference ?? "\(theirs.name): token \(i) '\(texts[i])' \(what)"
            }
            if token.tag.rawValue == theirs.tag[i] {
                tally.tags += 1
            } else {
                note("tag \(token.tag) vs \(theirs.tag[i])")
            }
            if token.pos.rawValue == theirs.pos[i] {
                tally.pos += 1
            } else {
                note("pos \(token.pos) vs \(theirs.pos[i])")
            }
            let lemmaSame =
                theirs.lemma.map { $0[i] == token.lemma }
                ?? (theirs.lemmaKey.map { $0[i] == SpacyDocument.lemmaKey(token.lemma) } ?? false)
            if lemmaSame { tally.lemmas += 1 } else { note("lemma \(token.lemma)") }
            if token.head == theirs.head[i] && token.dep.rawValue == theirs.dep[i] {
                tally.arcs += 1
            } else {
                note("arc \(token.dep)→\(token.head) vs \(theirs.dep[i])→\(theirs.head[i])")
            }
        }
        let ourStarts = Set(ours.sentences.map(\.start))
        let theirStarts = Set(theirs.sentences.map { $0[0] })
        tally.sentenceStartsBoth += ourStarts.intersection(theirStarts).count
        tally.sentenceStartsEither += ourStarts.union(theirStarts).count
        let ourEntities = Set(ours.entities.map { "\($0.start)-\($0.end)-\($0.label.rawValue)" })
        let theirEntities = Set(theirs.entities.map { "\($0.start)-\($0.end)-\($0.label)" })
        tally.entitiesBoth += ourEntities.intersection(theirEntities).count
        tally.entitiesOurs += ourEntities.count
        tally.entitiesTheirs += theirEntities.count
    }
}
