import Testing

@testable import Language

@Suite("Dependency parser against spaCy")
struct DependencyParserTests {
    @Test("project gives spaCy's projected vectors from the tok2vec output")
    func projection() throws {
        let fixtures = try ParserFixtures.load()
        let parser = try DependencyParser(weights: ParserFixtures.weights())
        var largest: Float = 0
        for (index, document) in fixtures.documents.enumerated() {
            let run = document.parser
            let projected = parser.model.project(run.tok2vecMatrix)
            let difference = largestDifference(projected.values, run.projectedMatrix.values)
            #expect(difference <= 1e-4, "document \(index): projected vectors differ by \(difference)")
            largest = max(largest, difference)
        }
        print("parser projection: largest difference \(largest)")
    }

    @Test("the greedy loop takes spaCy's actions with spaCy's contexts and scores")
    func actionsAndScores() throws {
        let fixtures = try ParserFixtures.load()
        let parser = try DependencyParser(weights: ParserFixtures.weights())
        var largest: Float = 0
        for (index, document) in fixtures.documents.enumerated() {
            let run = document.parser
            var transcript: DecodingTranscript? = DecodingTranscript(scoredStates: run.scores.count)
            _ = parser.parse(run.tok2vecMatrix, isSpace: document.isSpace, transcript: &transcript)
            let record = try #require(transcript)
            #expect(record.actions == run.actions, "document \(index): action sequence differs")
            #expect(record.contexts == run.features, "document \(index): context tokens differ")
            #expect(record.scores.count == run.scores.count)
            for (state, (ours, theirs)) in zip(record.scores, run.scores).enumerated() {
                let difference = largestDifference(ours, theirs)
                #expect(difference <= 1e-4, "document \(index) state \(state): scores differ by \(difference)")
                largest = max(largest, difference)
            }
        }
        print("parser scores: largest difference \(largest)")
    }

    @Test("the final state holds spaCy's arcs, with lifted labels, before deprojectivisation")
    func rawArcs() throws {
        let fixtures = try ParserFixtures.load()
        let parser = try DependencyParser(weights: ParserFixtures.weights())
        for (index, document) in fixtures.documents.enumerated() {
            let run = document.parser
            var transcript: DecodingTranscript?
            let state = parser.decode(projected: run.projectedMatrix, transcript: &transcript)
            let heads = state.heads.enumerated().map { $1 < 0 ? $0 : $1 }
            let labels = state.heads.indices.map { state.heads[$0] < 0 ? ArcLabel.root : state.labels[$0] }
            #expect(heads == run.rawHeads, "document \(index)")
            #expect(labels == (try ParserFixtures.arcLabels(run.rawDeps)), "document \(index)")
        }
    }

    @Test("heads, labels and sentence starts are spaCy's, deprojectivised")
    func parses() throws {
        let fixtures = try ParserFixtures.load()
        let parser = try DependencyParser(weights: ParserFixtures.weights())
        var decorated = 0
        for (index, document) in fixtures.documents.enumerated() {
            let run = document.parser
            let parse = parser(run.tok2vecMatrix, isSpace: document.isSpace)
            #expect(parse.heads == run.heads, "document \(index)")
            #expect(parse.labels.map(\.rawValue) == run.deps, "document \(index)")
            #expect(parse.sentenceStarts == run.sentenceStarts, "document \(index)")
            decorated += run.rawDeps.filter { $0.contains("||") }.count
        }
        // The fixture texts were chosen to exercise lifted arcs and several sentences.
        #expect(decorated >= 3)
        #expect(fixtures.documents.contains { $0.parser.sentenceStarts.filter { $0 }.count >= 3 })
    }

    @Test("an empty document parses to nothing")
    func emptyDocument() throws {
        let parser = try DependencyParser(weights: ParserFixtures.weights())
        #expect(
            parser(Matrix(rows: 0, columns: StateModel.inputWidth), isSpace: [])
                == DependencyParse(heads: [], labels: [], sentenceStarts: []))
    }
}
