import Testing

@testable import Language

@Suite("Entity recognizer against spaCy")
struct EntityRecognizerTests {
    @Test("project gives spaCy's projected vectors from the NER tok2vec output")
    func projection() throws {
        let fixtures = try ParserFixtures.load()
        let recognizer = try EntityRecognizer(weights: ParserFixtures.weights())
        var largest: Float = 0
        for (index, document) in fixtures.documents.enumerated() {
            let run = document.ner
            let projected = recognizer.model.project(run.tok2vecMatrix)
            let difference = largestDifference(projected.values, run.projectedMatrix.values)
            #expect(difference <= 1e-4, "document \(index): projected vectors differ by \(difference)")
            largest = max(largest, difference)
        }
        print("NER projection: largest difference \(largest)")
    }

    @Test("the greedy loop takes spaCy's actions with spaCy's contexts and scores")
    func actionsAndScores() throws {
        let fixtures = try ParserFixtures.load()
        let recognizer = try EntityRecognizer(weights: ParserFixtures.weights())
        var largest: Float = 0
        for (index, document) in fixtures.documents.enumerated() {
            let run = document.ner
            var transcript: DecodingTranscript? = DecodingTranscript(scoredStates: run.scores.count)
            _ = recognizer.recognize(
                run.tok2vecMatrix, isSpace: document.isSpace, sentenceStarts: run.sentenceStarts,
                transcript: &transcript)
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
        print("NER scores: largest difference \(largest)")
    }

    @Test("entities are spaCy's")
    func entities() throws {
        let fixtures = try ParserFixtures.load()
        let recognizer = try EntityRecognizer(weights: ParserFixtures.weights())
        var total = 0
        for (index, document) in fixtures.documents.enumerated() {
            let run = document.ner
            let found = recognizer(run.tok2vecMatrix, isSpace: document.isSpace, sentenceStarts: run.sentenceStarts)
            #expect(found == (try ParserFixtures.entities(run.entities)), "document \(index)")
            total += found.count
        }
        #expect(total >= 20)
    }

    @Test("the parser's sentence starts are what the recognizer reads")
    func sentenceStartsFromParser() throws {
        let fixtures = try ParserFixtures.load()
        for document in fixtures.documents {
            #expect(document.ner.sentenceStarts == document.parser.sentenceStarts)
        }
    }

    @Test("an empty document has no entities")
    func emptyDocument() throws {
        let recognizer = try EntityRecognizer(weights: ParserFixtures.weights())
        #expect(recognizer(Matrix(rows: 0, columns: StateModel.inputWidth), isSpace: [], sentenceStarts: []).isEmpty)
    }
}
