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
    /// Every table's `rows × candidateWidth` values, one table after another.
    private let tables: [Float]
    /// Where each table's first row starts in `tables`, in rows.
    private let tableStarts: [Int]
    /// The mix layer's bias, piece-major like the candidates.
    private let bias: [Float]

    /// Projects `embeddings` through the piece-major mix weights `weights` (`candidateWidth × (width · n)`).
    init(embeddings: [HashEmbed], weights: [Float], bias: [Float], candidateWidth: Int) {
        let width = embeddings.first?.width ?? 0
        let depth = width * embeddings.count
        precondition(weights.count == candidateWidth * depth && bias.count == candidateWidth)
        let starts = embeddings.indices.map { index in embeddings[..<index].reduce(0) { $0 + $1.rows } }
        var flat = [Float](repeating: 0, count: embeddings.reduce(0) { $0 + $1.rows } * candidateWidth)
        for (index, embedding) in embeddings.enumerated() {
            // Wₜ: the `width` columns of every weight row that read table `index`.
            var slice = [Float](repeating: 0, count: candidateWidth * width)
            for row in 0..<candidateWidth {
                let source = row * depth + index * width
                slice.replaceSubrange((row * width)..<((row + 1) * width), with: weights[source..<(source + width)])
            }
            // Written in place: one table after another, without a second copy of the 25 MB.
            let product = PackedWeights(weights: slice, bias: nil, width: candidateWidth, depth: width)
            embedding.table.withUnsafeBufferPointer { table in
                flat.withUnsafeMutableBufferPointer { flat in
                    product.multiply(
                        table.baseAddress.unsafelyUnwrapped, rowStride: width, rows: embedding.rows,
                        into: flat.baseAddress.unsafelyUnwrapped + starts[index] * candidateWidth,
                        outputStride: candidateWidth)
                }
            }
        }
        tables = flat
        tableStarts = starts
        self.embeddings = embeddings
        self.bias = bias
        self.candidateWidth = candidateWidth
    }

    /// Writes the candidates of the tokens whose IDs are `ids` (token-major, one per table) to `output`,
    /// `candidateWidth` values per token.
    ///
    /// Each token's value is the bias plus its rows in table order, the four keys of a table in order: the
    /// order thinc adds the embeddings in, folded. The rows are summed in registers, a row of output at once
    /// (`RowKernels.sumRows`).
    func candidates(_ ids: ArraySlice<UInt64>, into output: UnsafeMutablePointer<Float>) {
        let columns = embeddings.count
        precondition(ids.count % columns == 0, "ProjectedEmbeddings: \(ids.count) IDs for \(columns) tables")
        let tokens = ids.count / columns
        let width = candidateWidth
        tables.withUnsafeBufferPointer { tables in
            bias.withUnsafeBufferPointer { bias in
                withUnsafeTemporaryAllocation(of: UnsafePointer<Float>.self, capacity: 4 * columns) { rows in
                    let tables = tables.baseAddress.unsafelyUnwrapped
                    for token in 0..<tokens {
                        for (column, embedding) in embeddings.enumerated() {
                            let keys = embedding.rowIndices(ids[ids.startIndex + token * columns + column])
                            for key in 0..<4 {
                                rows[column * 4 + key] = tables + (tableStarts[column] + Int(keys[key])) * width
                            }
                        }
                        RowKernels.sumRows(
                            UnsafeBufferPointer(rows), onto: bias.baseAddress.unsafelyUnwrapped, width: width,
                            into: output + token * width)
                    }
                }
            }
        }
    }
}
