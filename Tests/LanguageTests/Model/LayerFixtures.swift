import Foundation
import Testing

@testable import Language

/// spaCy's intermediate values for one text (`Scripts/language/make_layer_fixtures.py`).
struct LayerFixture: Decodable, Sendable, CustomTestStringConvertible {
    /// The tokens spaCy cut, with the lexical attributes the models read.
    struct Tokens: Decodable, Sendable {
        let text: [String]
        let space: [Bool]
        let norm: [String]
        let prefix: [String]
        let suffix: [String]
        let shape: [String]
        let isSpace: [Bool]
    }

    /// One tok2vec's layers.
    struct Tok2VecLayers: Decodable, Sendable {
        let columns: [String]
        /// `doc.to_array(columns)` as decimal strings, tokens × columns.
        let ids: [[String]]
        /// Per attribute, the four row indices of each token.
        let keys: [String: [[Int]]]
        /// Concatenated embeddings, for short texts only.
        let concat: [[Float]]?
        let mix: [[Float]]
        /// Each block's output over the padded array, (tokens + 8) × 96.
        let blocks: [[[Float]]]

        /// `ids` as numbers, token-major.
        var fixtureIDs: [UInt64] { ids.flatMap { $0 }.map { UInt64($0) ?? .max } }
    }

    /// The tagger's scores and choices.
    struct TaggerLayers: Decodable, Sendable {
        let scores: [[Float]]
        let argmax: [String]
        let tags: [String]
    }

    let name: String
    let text: String
    let tokens: Tokens
    let tok2vec: Tok2VecLayers
    let nerTok2vec: Tok2VecLayers
    let tagger: TaggerLayers

    var testDescription: String { name }

    /// Tokens built from the fixture's attributes, offsets counted in Unicode scalars.
    var languageTokens: [Token] {
        var offset = 0
        var result: [Token] = []
        for index in tokens.text.indices {
            let text = tokens.text[index]
            let length = text.unicodeScalars.count
            result.append(
                Token(
                    start: offset, end: offset + length, text: text, spaceAfter: tokens.space[index],
                    norm: tokens.norm[index], lower: text.lowercased(), shape: tokens.shape[index],
                    prefix: tokens.prefix[index], suffix: tokens.suffix[index], isSpace: tokens.isSpace[index]))
            offset += length + (tokens.space[index] ? 1 : 0)
        }
        return result
    }

    /// Every fixture, in name order.
    static func all() throws -> [LayerFixture] {
        let folder = try #require(Bundle.module.resourceURL).appendingPathComponent("Fixtures/layers")
        let files = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "json" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        return try files.map { try JSONDecoder().decode(LayerFixture.self, from: Data(contentsOf: $0)) }
    }

    /// The fixtures, or none if they cannot be read (the test then fails on `all()` itself).
    static let cases: [LayerFixture] = (try? all()) ?? []
}

/// The bundled model, loaded once for all model tests.
enum SharedModel {
    static let weights: Result<ModelWeights, LanguageError> = Result { () throws(LanguageError) in
        try ModelWeights(folder: BundledModel.folder())
    }

    static func load() throws -> ModelWeights { try weights.get() }

    /// The shared tok2vec, built once (its projected tables take a while in debug builds).
    static let tok2vec = Result { () throws(LanguageError) in
        let weights = try SharedModel.weights.get()
        return try Tok2Vec(weights: weights, spec: weights.manifest.tok2vec, prefix: "tok2vec")
    }

    /// The NER's tok2vec, built once.
    static let nerTok2vec = Result { () throws(LanguageError) in
        let weights = try SharedModel.weights.get()
        return try Tok2Vec(weights: weights, spec: weights.manifest.nerTok2vec, prefix: "ner.tok2vec")
    }
}

/// The largest absolute difference between `actual` and `expected` rows, with where it is.
func largestDifference(_ actual: Matrix, _ expected: [[Float]], rows: Range<Int>? = nil) -> (Float, Int, Int) {
    var worst: (Float, Int, Int) = (0, -1, -1)
    for row in rows ?? 0..<expected.count {
        for column in expected[row].indices {
            let difference = abs(actual[row, column] - expected[row][column])
            if !(difference <= worst.0) { worst = (difference, row, column) }
        }
    }
    return worst
}

/// `rows` as a matrix.
func matrix(_ rows: [[Float]]) -> Matrix {
    Matrix(rows: rows.count, columns: rows.first?.count ?? 0, values: rows.flatMap { $0 })
}
