import Testing

@testable import Language

@Suite("Arc-eager transition system")
struct ArcEagerTests {
    private static func system() throws -> ArcEager {
        try ArcEager(actionNames: ParserFixtures.weights().manifest.parser.actions)
    }

    private static func index(_ name: String, in system: ArcEager) throws -> Int {
        let action = try ArcEagerAction(name: name)
        return try #require(system.actions.firstIndex(of: action), "no action \(name)")
    }

    private static func contexts(_ state: ArcEagerState, _ system: ArcEager) -> [Int] {
        var tokens = [Int](repeating: 0, count: system.featureCount)
        tokens.withUnsafeMutableBufferPointer { system.contextTokens(of: state, into: $0) }
        return tokens
    }

    @Test("spaCy's random walks: the validity of every action and the contexts at every step, and the arcs")
    func randomWalks() throws {
        let fixtures = try ParserFixtures.load()
        let system = try Self.system()
        #expect(fixtures.arcEagerWalks.count >= 10)
        for (walkIndex, walk) in fixtures.arcEagerWalks.enumerated() {
            var state = ArcEagerState(count: walk.words.count)
            for (step, move) in walk.moves.enumerated() {
                #expect(!state.isFinal)
                let valid = (0..<system.actionCount).map { system.isValid(action: $0, in: state) ? "1" : "0" }
                #expect(valid.joined() == walk.valid[step], "walk \(walkIndex) step \(step)")
                #expect(Self.contexts(state, system) == walk.features[step], "walk \(walkIndex) step \(step)")
                system.apply(move, to: &state)
            }
            #expect(state.isFinal, "walk \(walkIndex)")
            let parse = state.heads.indices.map {
                state.heads[$0] < 0 ? ($0, ArcLabel.root) : (state.heads[$0], state.labels[$0])
            }
            #expect(parse.map(\.0) == walk.heads, "walk \(walkIndex)")
            #expect(parse.map(\.1) == (try ParserFixtures.arcLabels(walk.deps)), "walk \(walkIndex)")
        }
    }

    @Test("a break closes the sentence: arcs into it are invalid, and a headless word reduced goes back")
    func breakAndUnshift() throws {
        let system = try Self.system()
        let shift = try Self.index("S", in: system)
        let reduce = try Self.index("D", in: system)
        let left = try Self.index("L-nsubj", in: system)
        let sentenceBreak = try Self.index("B-ROOT", in: system)
        var state = ArcEagerState(count: 4)
        system.apply(shift, to: &state)
        system.apply(sentenceBreak, to: &state)  // B0 = 1, so word 2 starts a sentence
        #expect(state.isSentenceStart(2))
        system.apply(shift, to: &state)  // stack [0, 1], buffer [2, 3]
        #expect(!system.isValid(.shift, in: state))
        #expect(!system.isValid(.left, in: state) && !system.isValid(.right, in: state))
        #expect(system.isValid(.reduce, in: state) && system.isValid(.sentenceBreak, in: state))
        system.apply(reduce, to: &state)  // word 1 has no head and is not alone: back to the buffer
        #expect(state.stack == [0] && state.bufferWord(0) == 1 && state.isUnshiftable(1))
        #expect(!system.isValid(.shift, in: state) && system.isValid(.left, in: state))
        system.apply(left, to: &state)  // 1 → 0, popping 0; word 1 may be shifted again
        #expect(state.heads[0] == 1 && !state.isUnshiftable(1) && state.stackDepth == 0)
        #expect(Self.contexts(state, system) == [1, 2, -1, -1, -1, 0, -1, -1])
        #expect(system.isValid(.shift, in: state))
    }

    @Test("a one-word document is shifted and reduced")
    func singleWord() throws {
        let system = try Self.system()
        var state = ArcEagerState(count: 1)
        #expect((0..<system.actionCount).filter { system.isValid(action: $0, in: state) } == [0])
        system.apply(0, to: &state)
        #expect((0..<system.actionCount).filter { system.isValid(action: $0, in: state) } == [1])
        system.apply(1, to: &state)
        #expect(state.isFinal && state.heads == [-1])
    }

    @Test("action names parse, lifted labels included; unknown ones are refused")
    func actionNames() throws {
        #expect(try ArcEagerAction(name: "R-pobj||prep") == ArcEagerAction(name: "R-pobj||prep"))
        let lifted = try ArcEagerAction(name: "L-pobj||prep")
        #expect(lifted.move == .left && lifted.label == ArcLabel(label: .pobj, headLabel: .prep))
        #expect(try ArcEagerAction(name: "B-ROOT").label == .root)
        #expect(throws: LanguageError.self) { try ArcEagerAction(name: "L-nonsense") }
        #expect(throws: LanguageError.self) { try ArcEagerAction(name: "S-nsubj") }
        #expect(throws: LanguageError.self) { try ArcEagerAction(name: "X") }
    }
}
