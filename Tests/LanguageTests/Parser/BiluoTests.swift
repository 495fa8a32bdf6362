import Testing

@testable import Language

@Suite("BILUO transition system")
struct BiluoTests {
    private static func system() throws -> Biluo {
        try Biluo(actionNames: ParserFixtures.weights().manifest.ner.actions)
    }

    @Test("spaCy's random walks: the validity of every action and the contexts at every step, and the entities")
    func randomWalks() throws {
        let fixtures = try ParserFixtures.load()
        let system = try Self.system()
        #expect(fixtures.nerWalks.count >= 10)
        for (walkIndex, walk) in fixtures.nerWalks.enumerated() {
            let isSpace = walk.words.map { $0.allSatisfy(\.isWhitespace) }
            var state = BiluoState(isSpace: isSpace, sentenceStarts: walk.sentenceStarts)
            var tokens = [Int](repeating: 0, count: system.featureCount)
            for (step, move) in walk.moves.enumerated() {
                #expect(!system.isFinal(state))
                let valid = (0..<system.actionCount).map { system.isValid(action: $0, in: state) ? "1" : "0" }
                #expect(valid.joined() == walk.valid[step], "walk \(walkIndex) step \(step)")
                tokens.withUnsafeMutableBufferPointer { system.contextTokens(of: state, into: $0) }
                #expect(tokens == walk.features[step], "walk \(walkIndex) step \(step)")
                system.apply(move, to: &state)
            }
            #expect(system.isFinal(state), "walk \(walkIndex)")
            #expect(state.entities == (try ParserFixtures.entities(walk.entities)), "walk \(walkIndex)")
        }
    }

    @Test("no entity starts on whitespace or runs into the next sentence; U- is never valid")
    func rules() throws {
        let system = try Self.system()
        let begin = try #require(system.actions.firstIndex { $0.move == .begin && $0.label == .GPE })
        let unit = try #require(system.actions.firstIndex { $0.move == .unit && $0.label == .GPE })
        let blocked = try #require(system.actions.firstIndex { $0.move == .unit && $0.label == nil })
        let out = try #require(system.actions.firstIndex { $0.move == .out })
        let space = BiluoState(isSpace: [true, false, false], sentenceStarts: [true, false, false])
        #expect(!system.isValid(action: begin, in: space) && !system.isValid(action: unit, in: space))
        #expect(system.isValid(action: out, in: space) && !system.isValid(action: blocked, in: space))
        let boundary = BiluoState(isSpace: [false, false], sentenceStarts: [true, true])
        #expect(!system.isValid(action: begin, in: boundary) && system.isValid(action: unit, in: boundary))
    }

    @Test("action names parse; unknown ones are refused")
    func actionNames() throws {
        #expect(try BiluoAction(name: "L-WORK_OF_ART").label == .workOfArt)
        #expect(try BiluoAction(name: "U-").label == nil)
        #expect(try BiluoAction(name: "O").move == .out)
        #expect(throws: LanguageError.self) { try BiluoAction(name: "B-") }
        #expect(throws: LanguageError.self) { try BiluoAction(name: "B-CITY") }
    }
}
