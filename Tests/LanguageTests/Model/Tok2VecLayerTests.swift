import Testing

@testable import Language

/// Each layer of both tok2vec models and of the tagger against spaCy's own intermediate values, fed spaCy's
/// input for that layer, so that a mismatch shows at the layer that causes it.
@Suite("tok2vec and tagger, layer by layer")
struct Tok2VecLayerTests {
    static let tolerance: Float = 1e-4

    enum Model: String, CaseIterable, Sendable {
        case main = "tok2vec"
        case ner = "ner.tok2vec"
    }

    static func tok2vec(_ model: Model) throws -> Tok2Vec {
        try (model == .main ? SharedModel.tok2vec : SharedModel.nerTok2vec).get()
    }

    static func layers(_ fixture: LayerFixture, _ model: Model) -> LayerFixture.Tok2VecLayers {
        model == .main ? fixture.tok2vec : fixture.nerTok2vec
    }

    @Test("thinc's hash of 64-bit IDs: a value checked by hand in Python")
    func hashKnownValue() {
        // numpy_ops.NumpyOps().hash(numpy.array([1], dtype="uint64"), 8)
        #expect(EmbeddingHash.keys(1, seed: 8) == SIMD4(1_161_550_108, 2_247_783_286, 1_742_325_162, 1_224_191_281))
    }

    @Test("Token.attributeID gives doc.to_array's IDs", arguments: LayerFixture.cases)
    func attributeIDs(fixture: LayerFixture) throws {
        for model in Model.allCases {
            let tok2vec = try Self.tok2vec(model)
            let expected = Self.layers(fixture, model)
            #expect(tok2vec.columns.map(\.rawValue) == expected.columns)
            let ids = tok2vec.attributeIDs(fixture.languageTokens)
            for (index, id) in expected.fixtureIDs.enumerated() where ids[index] != id {
                let token = index / tok2vec.columns.count
                let column = tok2vec.columns[index % tok2vec.columns.count]
                let text = fixture.tokens.text[token].debugDescription
                Issue.record("\(model) token \(token) \(text) \(column): \(ids[index]), spaCy \(id)")
            }
        }
    }

    @Test("the four hashed rows of every table", arguments: LayerFixture.cases)
    func keys(fixture: LayerFixture) throws {
        for model in Model.allCases {
            let tok2vec = try Self.tok2vec(model)
            let expected = Self.layers(fixture, model)
            let ids = expected.fixtureIDs
            for (column, embedding) in tok2vec.embeddings.enumerated() {
                let keys = (0..<fixture.tokens.text.count).map { token in
                    let indices = embedding.rowIndices(ids[token * tok2vec.columns.count + column])
                    return (0..<4).map { Int(indices[$0]) }
                }
                #expect(keys == expected.keys[embedding.attribute.rawValue], "\(model) \(embedding.attribute) keys")
            }
        }
    }

    @Test("concatenated embeddings", arguments: LayerFixture.cases.filter { $0.tok2vec.concat != nil })
    func concatenation(fixture: LayerFixture) throws {
        for model in Model.allCases {
            let tok2vec = try Self.tok2vec(model)
            let expected = try #require(Self.layers(fixture, model).concat)
            let concat = tok2vec.embed(Self.layers(fixture, model).fixtureIDs)
            #expect(concat.columns == 96 * tok2vec.columns.count)
            let (worst, row, column) = largestDifference(concat, expected)
            #expect(worst < Self.tolerance, "\(model) concat: \(worst) at token \(row), column \(column)")
        }
    }

    @Test("mix: Maxout + LayerNorm over the embeddings", arguments: LayerFixture.cases)
    func mix(fixture: LayerFixture) throws {
        for model in Model.allCases {
            let tok2vec = try Self.tok2vec(model)
            let expected = Self.layers(fixture, model)
            // spaCy's concatenation where the fixture has it, else ours (checked through the keys above).
            let concat = expected.concat.map(matrix) ?? tok2vec.embed(expected.fixtureIDs)
            let (worst, row, column) = largestDifference(tok2vec.mix(concat), expected.mix)
            #expect(worst < Self.tolerance, "\(model) mix: \(worst) at token \(row), column \(column)")
        }
    }

    @Test("mix through the projected embedding tables", arguments: LayerFixture.cases)
    func projectedMix(fixture: LayerFixture) throws {
        for model in Model.allCases {
            let tok2vec = try Self.tok2vec(model)
            let expected = Self.layers(fixture, model)
            let (worst, row, column) = largestDifference(tok2vec.mixed(ids: expected.fixtureIDs), expected.mix)
            #expect(worst < Self.tolerance, "\(model) projected mix: \(worst) at token \(row), column \(column)")
        }
    }

    @Test("each residual window block over thinc's padded rows", arguments: LayerFixture.cases)
    func encoderBlocks(fixture: LayerFixture) throws {
        for model in Model.allCases {
            let encoder = try Self.tok2vec(model).encoder
            let expected = Self.layers(fixture, model)
            #expect(expected.blocks.count == encoder.blocks.count)
            var input = encoder.padded(matrix(expected.mix))
            for (index, block) in expected.blocks.enumerated() {
                var output = Matrix(rows: input.rows, columns: encoder.width)
                encoder.apply(block: index, to: input, into: &output)
                let rows = encoder.outputRows(ofBlock: index, paddedRows: input.rows)
                let (worst, row, column) = largestDifference(output, block, rows: rows)
                #expect(
                    worst < Self.tolerance, "\(model) block \(index): \(worst) at padded row \(row), column \(column)")
                input = matrix(block)
            }
        }
    }

    @Test("the whole tok2vec from spaCy's attribute IDs and from the tokens", arguments: LayerFixture.cases)
    func wholeModel(fixture: LayerFixture) throws {
        for model in Model.allCases {
            let tok2vec = try Self.tok2vec(model)
            let last = try #require(Self.layers(fixture, model).blocks.last)
            let tokens = fixture.tokens.text.count
            let expected = Array(last[tok2vec.encoder.pad..<(tok2vec.encoder.pad + tokens)])
            for (input, output) in [
                ("IDs", tok2vec.vectors(ids: Self.layers(fixture, model).fixtureIDs)),
                ("tokens", tok2vec(fixture.languageTokens)),
            ] {
                #expect(output.rows == tokens && output.columns == 96)
                let (worst, row, column) = largestDifference(output, expected)
                #expect(worst < Self.tolerance, "\(model) from \(input): \(worst) at token \(row), column \(column)")
            }
        }
    }

    @Test("tagger scores and labels from spaCy's tok2vec output", arguments: LayerFixture.cases)
    func tagger(fixture: LayerFixture) throws {
        let weights = try SharedModel.load()
        let tagger = try Tagger(weights: weights)
        let pad = Tok2Vec.depth
        let last = try #require(fixture.tok2vec.blocks.last)
        let vectors = matrix(Array(last[pad..<(pad + fixture.tokens.text.count)]))
        let (worst, row, column) = largestDifference(tagger.scores(vectors), fixture.tagger.scores)
        #expect(worst < Self.tolerance, "tagger scores: \(worst) at token \(row), label \(column)")
        #expect(tagger(vectors).map(\.rawValue) == fixture.tagger.argmax)
    }

    @Test("an empty document gives no vectors and no tags")
    func emptyDocument() throws {
        let weights = try SharedModel.load()
        for model in Model.allCases {
            let output = try Self.tok2vec(model)([])
            #expect(output.rows == 0 && output.columns == 96)
        }
        #expect(try Tagger(weights: weights)(Matrix(rows: 0, columns: 96)).isEmpty)
    }
}
