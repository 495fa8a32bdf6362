import Foundation
import Testing

@testable import Language

/// spaCy's parser and NER step by step (`Scripts/language/make_parser_fixtures.py`): `Fixtures/parser/state_models.json`.
struct ParserFixtures: Decodable, Sendable {
    /// What spaCy did on one of our texts.
    struct Document: Decodable, Sendable {
        let text: String
        let start: [Int]
        let end: [Int]
        let isSpace: [Bool]
        let parser: ParserRun
        let ner: NERRun
    }

    /// One component's run: its input vectors, projection, and greedy steps.
    protocol Run {
        var tok2vec: [[Float]] { get }
        var projected: [[Float]] { get }
        var actions: [Int] { get }
        var features: [[Int]] { get }
        var scores: [[Float]] { get }
    }

    struct ParserRun: Decodable, Sendable, Run {
        let tok2vec: [[Float]]
        let projected: [[Float]]
        let actions: [Int]
        let features: [[Int]]
        let scores: [[Float]]
        let rawHeads: [Int]
        let rawDeps: [String]
        let heads: [Int]
        let deps: [String]
        let sentenceStarts: [Bool]
    }

    struct NERRun: Decodable, Sendable, Run {
        let tok2vec: [[Float]]
        let projected: [[Float]]
        let actions: [Int]
        let features: [[Int]]
        let scores: [[Float]]
        let sentenceStarts: [Bool]
        let entities: [[Entry]]
    }

    /// A random walk of valid arc-eager moves on a small document.
    struct ArcEagerWalk: Decodable, Sendable {
        let words: [String]
        let moves: [Int]
        /// Per step, one `0`/`1` per action: spaCy's `is_valid`.
        let valid: [String]
        let features: [[Int]]
        let heads: [Int]
        let deps: [String]
    }

    /// A random walk of valid BILUO moves on a small document with preset sentence starts.
    struct NERWalk: Decodable, Sendable {
        let words: [String]
        let sentenceStarts: [Bool]
        let moves: [Int]
        let valid: [String]
        let features: [[Int]]
        let entities: [[Entry]]
    }

    /// A forest with `label||head` labels and what `deprojectivize` made of it.
    struct DeprojectivizeCase: Decodable, Sendable {
        let words: [String]
        let heads: [Int]
        let deps: [String]
        let expectedHeads: [Int]
        let expectedDeps: [String]
        let expectedSentenceStarts: [Bool]
    }

    /// An entity entry `[start, end, label]`.
    enum Entry: Decodable, Sendable, Equatable {
        case index(Int)
        case label(String)

        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let value = try? container.decode(Int.self) {
                self = .index(value)
            } else {
                self = .label(try container.decode(String.self))
            }
        }
    }

    let documents: [Document]
    let arcEagerWalks: [ArcEagerWalk]
    let nerWalks: [NERWalk]
    let deprojectivizeCases: [DeprojectivizeCase]

    /// The fixture file, decoded.
    static func load() throws -> ParserFixtures {
        let url = try #require(Bundle.module.resourceURL)
            .appendingPathComponent("Fixtures/parser/state_models.json")
        return try JSONDecoder().decode(ParserFixtures.self, from: Data(contentsOf: url))
    }

    /// The bundled model's weights, read once for all parser tests.
    static func weights() throws -> ModelWeights {
        try loadedWeights.get()
    }

    private static let loadedWeights = Result { () throws(LanguageError) -> ModelWeights in
        try ModelWeights(folder: BundledModel.folder())
    }

    /// Entity entries as token spans; fails on a malformed entry or unknown label.
    static func entities(_ entries: [[Entry]]) throws -> [TokenEntity] {
        try entries.map { entry in
            guard entry.count == 3, case .index(let start) = entry[0], case .index(let end) = entry[1],
                case .label(let name) = entry[2]
            else { throw FixtureProblem.malformed("entity entry \(entry)") }
            return TokenEntity(start: start, end: end, label: try #require(EntityLabel(rawValue: name)))
        }
    }

    /// Labels as `ArcLabel`s (decorated ones included); fails on an unknown label.
    static func arcLabels(_ names: [String]) throws -> [ArcLabel] {
        try names.map { try #require(ArcLabel(Substring($0)), "unknown label \($0)") }
    }

    enum FixtureProblem: Error {
        case malformed(String)
    }
}

extension ParserFixtures.Run {
    /// The tok2vec vectors as a matrix.
    var tok2vecMatrix: Matrix {
        Matrix(rows: tok2vec.count, columns: StateModel.inputWidth, values: tok2vec.flatMap { $0 })
    }
    /// The projected vectors as a matrix.
    var projectedMatrix: Matrix {
        Matrix(rows: projected.count, columns: StateModel.hiddenWidth, values: projected.flatMap { $0 })
    }
}

/// The largest absolute difference between two equally long arrays (infinity if the lengths differ).
func largestDifference(_ a: [Float], _ b: [Float]) -> Float {
    guard a.count == b.count else { return .infinity }
    return zip(a, b).map { abs($0 - $1) }.max() ?? 0
}
