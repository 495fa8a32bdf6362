/// A tok2vec model of en_core_web_sm: hash embeddings of lexical attributes, mixed, then contextually encoded.
///
/// Source: spaCy 3.8 spacy/ml/models/tok2vec.py (`spacy.Tok2Vec.v2` = `MultiHashEmbed.v2` >>
/// `MaxoutWindowEncoder.v2`) and spacy/ml/featureextractor.py (`doc.to_array(columns)`). The pipeline has two:
/// the shared `tok2vec` (NORM PREFIX SUFFIX SHAPE SPACY IS_SPACE), which the tagger and parser listen to, and
/// the NER's own `ner.tok2vec` (NORM PREFIX SUFFIX SHAPE). Both are 96 wide, Maxout with 3 pieces, 4 blocks.
struct Tok2Vec: Sendable {
    /// Width of every embedding and of the output (`width` in the model's config.cfg).
    static let width = 96
    /// Maxout pieces of the mix layer and of each encoder block.
    static let pieces = 3
    /// Residual window-encoder blocks.
    static let depth = 4

    /// The attribute columns, in the order their embeddings are concatenated.
    let columns: [LexicalAttribute]
    /// One table per column, in column order.
    let embeddings: [HashEmbed]
    /// Maxout + LayerNorm from the concatenated embeddings to `width`.
    let mix: MaxoutLayerNorm
    /// The embedding tables folded into the mix layer's product: what `vectors(ids:)` reads.
    let projected: ProjectedEmbeddings
    /// The contextual encoder.
    let encoder: WindowEncoder

    /// The tok2vec stored under `prefix` (`tok2vec` or `ner.tok2vec`), with the columns and tables `spec` lists.
    init(weights: ModelWeights, spec: WeightsManifest.Tok2VecSpec, prefix: String) throws(LanguageError) {
        let manifest = "en_core_web_sm/weights.json"
        var columns: [LexicalAttribute] = []
        for name in spec.columns {
            guard let attribute = LexicalAttribute(rawValue: name) else {
                throw .malformedResource(name: manifest, problem: "\(prefix) reads unknown attribute \(name)")
            }
            columns.append(attribute)
        }
        var embeddings: [HashEmbed] = []
        for (index, entry) in spec.embeddings.enumerated() {
            let embedding = try HashEmbed(weights: weights, spec: entry, width: Self.width)
            guard entry.column == index, index < columns.count, columns[index] == embedding.attribute else {
                throw .malformedResource(
                    name: manifest, problem: "\(prefix) embedding \(index) (\(entry.attr)) is not column \(index)")
            }
            embeddings.append(embedding)
        }
        guard embeddings.count == columns.count, !columns.isEmpty else {
            throw .malformedResource(
                name: manifest, problem: "\(prefix) has \(embeddings.count) embeddings for \(columns.count) columns")
        }
        self.columns = columns
        self.embeddings = embeddings
        mix = try MaxoutLayerNorm(
            weights: weights, name: "\(prefix).mix", width: Self.width, pieces: Self.pieces,
            depth: Self.width * columns.count)
        let mixWeights = try MaxoutLayerNorm.pieceMajor(
            weights: weights, name: "\(prefix).mix", width: Self.width, pieces: Self.pieces,
            depth: Self.width * columns.count)
        projected = ProjectedEmbeddings(
            embeddings: embeddings, weights: mixWeights.weights, bias: mixWeights.bias,
            candidateWidth: Self.width * Self.pieces)
        encoder = try WindowEncoder(
            weights: weights, prefix: prefix, width: Self.width, depth: Self.depth, pieces: Self.pieces)
    }

    /// One `width`-wide vector per token.
    func callAsFunction(_ tokens: [Token]) -> Matrix {
        vectors(ids: attributeIDs(tokens))
    }

    /// One `width`-wide vector per token, from the tokens' attribute IDs (token-major, as `attributeIDs(_:)`).
    func vectors(ids: [UInt64]) -> Matrix {
        encoder(mixed(ids: ids))
    }

    /// The mix layer's output for the tokens whose IDs are `ids`: `mix(embed(ids))`, computed through the
    /// projected tables.
    func mixed(ids: [UInt64]) -> Matrix {
        precondition(ids.count % columns.count == 0, "Tok2Vec.mixed: \(ids.count) IDs for \(columns.count) columns")
        let tokens = ids.count / columns.count
        var output = Matrix(rows: tokens, columns: Self.width)
        guard tokens > 0 else { return output }
        let chunkRows = min(tokens, MaxoutLayerNorm.chunkRows)
        let candidateWidth = projected.candidateWidth
        output.values.withUnsafeMutableBufferPointer { destination in
            let destination = destination.baseAddress.unsafelyUnwrapped
            withUnsafeTemporaryAllocation(of: Float.self, capacity: chunkRows * candidateWidth) { candidates in
                let candidates = candidates.baseAddress.unsafelyUnwrapped
                for chunkStart in stride(from: 0, to: tokens, by: chunkRows) {
                    let count = min(chunkRows, tokens - chunkStart)
                    let slice = ids[(chunkStart * columns.count)..<((chunkStart + count) * columns.count)]
                    projected.candidates(slice, into: candidates)
                    mix.normalize(candidates, rows: count, residual: nil, into: destination + chunkStart * Self.width)
                }
            }
        }
        return output
    }

    /// `doc.to_array(columns)`: the IDs of each token's attributes, token-major (`tokens × columns`).
    func attributeIDs(_ tokens: [Token]) -> [UInt64] {
        var ids: [UInt64] = []
        ids.reserveCapacity(tokens.count * columns.count)
        for token in tokens {
            for attribute in columns { ids.append(token.attributeID(attribute)) }
        }
        return ids
    }

    /// The concatenated embeddings of `ids` (token-major, as `attributeIDs(_:)` gives them):
    /// `tokens × (width · columns)`.
    func embed(_ ids: [UInt64]) -> Matrix {
        precondition(ids.count % columns.count == 0, "Tok2Vec.embed: \(ids.count) IDs for \(columns.count) columns")
        let tokens = ids.count / columns.count
        let width = Self.width
        let rowWidth = width * columns.count
        var output = Matrix(rows: tokens, columns: rowWidth)
        output.values.withUnsafeMutableBufferPointer { destination in
            let destination = destination.baseAddress.unsafelyUnwrapped
            for (column, embedding) in embeddings.enumerated() {
                embedding.table.withUnsafeBufferPointer { table in
                    for token in 0..<tokens {
                        RowKernels.addRows(
                            of: table.baseAddress.unsafelyUnwrapped, width: width,
                            indices: embedding.rowIndices(ids[token * columns.count + column]),
                            to: destination + token * rowWidth + column * width)
                    }
                }
            }
        }
        return output
    }
}
