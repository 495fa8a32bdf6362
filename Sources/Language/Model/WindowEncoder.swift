/// spaCy's MaxoutWindowEncoder: `depth` residual blocks, each a window of 3 rows through Maxout + LayerNorm.
///
/// Source: spaCy 3.8 spacy/ml/models/tok2vec.py (`MaxoutWindowEncoder`: `with_array(clone(residual(
/// expand_window(1) >> Maxout(normalize=True)), depth), pad=window · depth)`), thinc 8.3 thinc/layers/
/// with_array.py + backends/ops.py (`flatten(pad=)`: `pad` zero rows before and after each document) and
/// backends/cpu_kernels.hh (`seq2col`: zero vectors beyond the ends of the array).
///
/// The padding matters: thinc runs the blocks over the padded array, so after the first block the pad rows are
/// no longer zero (a block maps a zero window to LayerNorm's shift, not to zero) and the later blocks' windows
/// at a document's ends read them. This encoder does the same, but computes only the rows the next block reads: block
/// `k` (1-based) writes rows `k ..< n - k` of the `n = tokens + 2 · pad` padded rows, since the pad equals the
/// receptive field.
struct WindowEncoder: Sendable {
    /// Row width, in and out.
    let width: Int
    /// The residual blocks, first to last.
    let blocks: [MaxoutLayerNorm]
    /// Zero rows thinc puts before and after a document: window (1) times depth.
    var pad: Int { blocks.count }

    /// Reads the blocks `<prefix>.encode.<i>` for `i < depth`.
    init(weights: ModelWeights, prefix: String, width: Int, depth: Int, pieces: Int) throws(LanguageError) {
        var blocks: [MaxoutLayerNorm] = []
        for index in 0..<depth {
            blocks.append(
                try MaxoutLayerNorm(
                    weights: weights, name: "\(prefix).encode.\(index)", width: width, pieces: pieces,
                    depth: 3 * width))
        }
        self.width = width
        self.blocks = blocks
    }

    /// The encoded rows, one per input row.
    func callAsFunction(_ input: Matrix) -> Matrix {
        precondition(input.columns == width, "WindowEncoder: input has \(input.columns) columns, not \(width)")
        guard input.rows > 0 else { return Matrix(rows: 0, columns: width) }
        var current = padded(input)
        var next = Matrix(rows: current.rows, columns: width)
        for index in blocks.indices {
            apply(block: index, to: current, into: &next)
            swap(&current, &next)
        }
        return current.rows(pad..<(pad + input.rows))
    }

    /// `input` between `pad` zero rows on each side, as thinc's `flatten(pad=)` builds it.
    func padded(_ input: Matrix) -> Matrix {
        var result = Matrix(rows: input.rows + 2 * pad, columns: width)
        result.values.replaceSubrange((pad * width)..<((pad + input.rows) * width), with: input.values)
        return result
    }

    /// The padded rows block `index` (0-based) computes: those the following blocks still read.
    func outputRows(ofBlock index: Int, paddedRows: Int) -> Range<Int> {
        (index + 1)..<(paddedRows - index - 1)
    }

    /// Runs block `index` over the padded rows `input` (the previous block's output, or `padded(_:)`), writing
    /// `outputRows(ofBlock:paddedRows:)` of `output` (as many rows as `input`); other rows are left as they are.
    func apply(block index: Int, to input: Matrix, into output: inout Matrix) {
        precondition(input.columns == width && output.columns == width && output.rows == input.rows)
        let rows = outputRows(ofBlock: index, paddedRows: input.rows)
        guard !rows.isEmpty else { return }
        input.values.withUnsafeBufferPointer { source in
            output.values.withUnsafeMutableBufferPointer { destination in
                let source = source.baseAddress.unsafelyUnwrapped
                // Output row i reads input rows i-1, i, i+1: 3 · width consecutive values from row i-1.
                blocks[index].apply(
                    source + (rows.lowerBound - 1) * width, rowStride: width, rows: rows.count,
                    residual: source + rows.lowerBound * width,
                    into: destination.baseAddress.unsafelyUnwrapped + rows.lowerBound * width)
            }
        }
    }
}
