/// A Maxout layer followed by LayerNorm (thinc's `Maxout(normalize=True)`), over a batch of rows.
///
/// Source: thinc 8.3 thinc/layers/maxout.py (`Y = X · W.reshape(nO·nP, nI)ᵀ + b`, then the max over the nP
/// pieces of each output) and thinc/layers/layernorm.py. W comes as `(nO, nP, nI)`; it is repacked piece-major,
/// row `p · nO + o` = `W[o, p]`, so that the pieces of one output lie `nO` apart and the epilogue
/// (`RowKernels.maxoutLayerNorm`) reads them as three contiguous vectors.
struct MaxoutLayerNorm: Sendable {
    /// Output width (nO).
    let width: Int
    /// Pieces per output (nP).
    let pieces: Int
    /// Input width (nI).
    var depth: Int { product.depth }
    private let product: PackedWeights
    /// Rows per product-and-epilogue pass: a multiple of the kernel's tile, small enough for the L1/L2 caches.
    static let chunkRows = 8 * PackedWeights.tileRows
    private let gain: [Float]
    private let shift: [Float]

    /// Reads `<name>.W` `(width, pieces, depth)`, `<name>.b` `(width, pieces)` and `<name>.norm.{G,b}` `(width)`.
    init(weights: ModelWeights, name: String, width: Int, pieces: Int, depth: Int) throws(LanguageError) {
        precondition(width % 16 == 0, "MaxoutLayerNorm: width \(width) is not a multiple of 16")
        let (w, b) = try Self.pieceMajor(weights: weights, name: name, width: width, pieces: pieces, depth: depth)
        product = PackedWeights(weights: w, bias: b, width: width * pieces, depth: depth)
        gain = try weights.tensor("\(name).norm.G", shape: [width]).values
        shift = try weights.tensor("\(name).norm.b", shape: [width]).values
        self.width = width
        self.pieces = pieces
    }

    /// `<name>.W` and `<name>.b` reordered piece-major: row `p · width + o` is thinc's `W[o, p]`.
    static func pieceMajor(
        weights: ModelWeights, name: String, width: Int, pieces: Int, depth: Int
    ) throws(LanguageError) -> (weights: [Float], bias: [Float]) {
        let w = try weights.tensor("\(name).W", shape: [width, pieces, depth]).values
        let b = try weights.tensor("\(name).b", shape: [width, pieces]).values
        var pieceMajor = [Float](repeating: 0, count: w.count)
        var pieceMajorBias = [Float](repeating: 0, count: b.count)
        for o in 0..<width {
            for piece in 0..<pieces {
                let source = (o * pieces + piece) * depth
                let destination = (piece * width + o) * depth
                pieceMajor.replaceSubrange(destination..<(destination + depth), with: w[source..<(source + depth)])
                pieceMajorBias[piece * width + o] = b[o * pieces + piece]
            }
        }
        return (pieceMajor, pieceMajorBias)
    }

    /// The layer over the rows of `input` (`depth` columns).
    func callAsFunction(_ input: Matrix) -> Matrix {
        precondition(input.columns == depth, "MaxoutLayerNorm: input has \(input.columns) columns, not \(depth)")
        var output = Matrix(rows: input.rows, columns: width)
        input.values.withUnsafeBufferPointer { source in
            output.values.withUnsafeMutableBufferPointer { destination in
                apply(
                    source.baseAddress.unsafelyUnwrapped, rowStride: depth, rows: input.rows, residual: nil,
                    into: destination.baseAddress.unsafelyUnwrapped)
            }
        }
        return output
    }

    /// Computes `rows` output rows of `width` values at `output`.
    ///
    /// Row `r` is computed from the `depth` values at `input + r · rowStride` (a stride below `depth` reads
    /// overlapping windows), plus `residual`'s row `r` when given. `output` must not overlap `input` or `residual`.
    func apply(
        _ input: UnsafePointer<Float>, rowStride: Int, rows: Int, residual: UnsafePointer<Float>?,
        into output: UnsafeMutablePointer<Float>
    ) {
        guard rows > 0 else { return }
        let candidateWidth = width * pieces
        // A chunk of rows at a time, so the candidates stay in cache between the product and the epilogue.
        let chunkRows = min(rows, Self.chunkRows)
        withUnsafeTemporaryAllocation(of: Float.self, capacity: chunkRows * candidateWidth) { candidates in
            let candidates = candidates.baseAddress.unsafelyUnwrapped
            for chunkStart in stride(from: 0, to: rows, by: chunkRows) {
                let count = min(chunkRows, rows - chunkStart)
                product.multiply(
                    input + chunkStart * rowStride, rowStride: rowStride, rows: count, into: candidates,
                    outputStride: candidateWidth)
                normalize(
                    candidates, rows: count, residual: residual.map { $0 + chunkStart * width },
                    into: output + chunkStart * width)
            }
        }
    }

    /// The layer's second half: the max over pieces and LayerNorm of `rows` rows of `pieces × width` candidates
    /// (piece-major), plus `residual`'s rows when given, into `rows × width` values at `output`.
    func normalize(
        _ candidates: UnsafePointer<Float>, rows: Int, residual: UnsafePointer<Float>?,
        into output: UnsafeMutablePointer<Float>
    ) {
        let candidateWidth = width * pieces
        gain.withUnsafeBufferPointer { gain in
            shift.withUnsafeBufferPointer { shift in
                for row in 0..<rows {
                    RowKernels.maxoutLayerNorm(
                        candidates + row * candidateWidth, width: width, pieces: pieces,
                        gain: gain.baseAddress.unsafelyUnwrapped, shift: shift.baseAddress.unsafelyUnwrapped,
                        residual: residual.map { $0 + row * width }, output: output + row * width)
                }
            }
        }
    }
}
