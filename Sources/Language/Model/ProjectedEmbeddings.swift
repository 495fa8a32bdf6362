/// The hash-embedding tables already multiplied by the mix layer's weights: per attribute, one row of Maxout
/// candidates for each table row.
///
/// Source: thinc 8.3 thinc/layers/hashembed.py and maxout.py; the folding is ours. The mix layer computes
/// `b + W · [e₁; …; eₙ]`, where `eₜ` is the sum of the four rows of table `t` a token's ID hashes to. That equals
/// `b + Σₜ Σ_keys Wₜ · Eₜ[key]` with `Wₜ` the columns of W that read table `t`, so each table is multiplied by
/// its `Wₜ` once at load — as spaCy's parser precomputes its first layer — and a token costs `4n` row additions
/// of `nO · nP` values instead of a `(nO · nP) × 96n` product (a third of a tok2vec's arithmetic). The sums
/// differ from thinc's only in float rounding order.
struct ProjectedEmbeddings: Sendable {
    /// Candidates per row (the mix layer's nO · nP).
    let candidateWidth: Int
    /// The tables, whose hashing selects the rows.
    let embeddings: [HashEmbed]
    /// Per table, `rows × candidateWidth` values.
    private let tables: [[Float]]
    /// The mix layer's bias, piece-major like the candidates.
    private let bias: [Float]

    /// Projects `embeddings` through the piece-major mix weights `weights` (`candidateWidth × (width · n)`).
    init(embeddings: [HashEmbed], weights: [Float], bias: [Float], candidateWidth: Int) {
        let width = embeddings.first?.width ?? 0
        let depth = width * embeddings.count
        precondition(weights.count == candidateWidth * depth && bias.count == candidateWidth)
        tables = embeddings.enumerated().map { index, embedding in
            // Wₜ: the `width` columns of every weight row that read table `index`.
            var slice = [Float](repeating: 0, count: candidateWidth * width)
            for row in 0..<candidateWidth {
                let source = row * depth + index * width
                slice.replaceSubrange((row * width)..<((row + 1) * width), with: weights[source..<(source + width)])
            }
            let product = Linear(weights: slice, bias: nil, outputWidth: candidateWidth, inputWidth: width)
            return product(Matrix(rows: embedding.rows, columns: width, values: embedding.table)).values
        }
        self.embeddings = embeddings
        self.bias = bias
        self.candidateWidth = candidateWidth
    }

    /// Writes the candidates of the tokens whose IDs are `ids` (token-major, one per table) to `output`,
    /// `candidateWidth` values per token.
    func candidates(_ ids: ArraySlice<UInt64>, into output: UnsafeMutablePointer<Float>) {
        let columns = embeddings.count
        precondition(ids.count % columns == 0, "ProjectedEmbeddings: \(ids.count) IDs for \(columns) tables")
        let tokens = ids.count / columns
        let width = candidateWidth
        bias.withUnsafeBufferPointer { bias in
            for token in 0..<tokens {
                (output + token * width).update(from: bias.baseAddress.unsafelyUnwrapped, count: width)
            }
        }
        for (column, embedding) in embeddings.enumerated() {
            tables[column].withUnsafeBufferPointer { table in
                let table = table.baseAddress.unsafelyUnwrapped
                for token in 0..<tokens {
                    let id = ids[ids.startIndex + token * columns + column]
                    RowKernels.addRows(
                        of: table, width: width, indices: embedding.rowIndices(id), to: output + token * width)
                }
            }
        }
    }
}
