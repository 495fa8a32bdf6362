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

    /// Tokens encoded per pass of `encode(rows:chunkRows:input:output:)`: the two window buffers then take 0.8 MB and
    /// stay in the L2 cache, however long the document.
    static let chunkRows = 1_024

    /// The encoded rows, one per input row.
    func callAsFunction(_ input: Matrix) -> Matrix {
        precondition(input.columns == width, "WindowEncoder: input has \(input.columns) columns, not \(width)")
        return encode(rows: input.rows) { range, destination in
            input.values.withUnsafeBufferPointer { source in
                destination.update(
                    from: source.baseAddress.unsafelyUnwrapped + range.lowerBound * width, count: range.count * width)
            }
        }
    }

    /// The encoded rows of a document of `rows` rows, `chunkRows` at a time: `input(range, destination)` writes
    /// the encoder's input rows `range` (`range.count × width` values) at `destination`.
    func encode(
        rows: Int, chunkRows: Int = Self.chunkRows,
        input: (Range<Int>, UnsafeMutablePointer<Float>) -> Void
    ) -> Matrix {
        var output = Matrix(rows: rows, columns: width)
        output.values.withUnsafeMutableBufferPointer { destination in
            let destination = destination.baseAddress
            encode(rows: rows, chunkRows: chunkRows, input: input) { range, encoded in
                destination.unsafelyUnwrapped.advanced(by: range.lowerBound * width).update(
                    from: encoded, count: range.count * width)
            }
        }
        return output
    }

    /// Encodes a document of `rows` rows `chunkRows` at a time, reading its input rows through `input` (as
    /// `encode(rows:chunkRows:input:)`) and handing each chunk's encoded rows, in order, to `output(range,
    /// values)`, where `values` holds `range.count × width` values valid during the call.
    ///
    /// Each chunk is encoded in a window of its rows plus `pad` rows on each side — the neighbours' input rows,
    /// or thinc's zero pad rows at the document's ends — which is the blocks' receptive field, so every row
    /// gets the same values, computed in the same order, as in one pass over the whole padded document.
    func encode(
        rows: Int, chunkRows: Int = Self.chunkRows, input: (Range<Int>, UnsafeMutablePointer<Float>) -> Void,
        output: (Range<Int>, UnsafePointer<Float>) -> Void
    ) {
        precondition(chunkRows > 0, "WindowEncoder: chunks of \(chunkRows) rows")
        guard rows > 0 else { return }
        var current = Matrix(rows: 0, columns: width)
        var next = current
        for chunkStart in stride(from: 0, to: rows, by: chunkRows) {
            let count = min(chunkRows, rows - chunkStart)
            let windowRows = count + 2 * pad
            if current.rows != windowRows {
                current = Matrix(rows: windowRows, columns: width)
                next = current
            }
            // Window row w is document row chunkStart - pad + w; rows outside the document are zero. Rows of
            // `next` left from the last chunk are never read: each block reads only rows the one before wrote.
            let first = max(0, chunkStart - pad)
            let last = min(rows, chunkStart + count + pad)
            current.values.withUnsafeMutableBufferPointer { values in
                let base = values.baseAddress.unsafelyUnwrapped
                let before = first - (chunkStart - pad)
                base.update(repeating: 0, count: before * width)
                input(first..<last, base + before * width)
                let filled = before + last - first
                (base + filled * width).update(repeating: 0, count: (windowRows - filled) * width)
            }
            for index in blocks.indices {
                apply(block: index, to: current, into: &next)
                swap(&current, &next)
            }
            current.values.withUnsafeBufferPointer { encoded in
                output(chunkStart..<(chunkStart + count), encoded.baseAddress.unsafelyUnwrapped + pad * width)
            }
        }
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
