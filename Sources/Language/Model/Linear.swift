/// An affine layer, `y = x · Wᵀ + b`, over the rows of a matrix.
///
/// Source: thinc 8.3 thinc/layers/linear.py (`forward`: `ops.gemm(X, W, trans2=True)` plus `b`). W comes in
/// thinc's `(nO, nI)` row-major layout and is packed once, here, for the kernel of `Matrix+Kernels.swift`.
/// Any tensor whose trailing axis is the input can be read as one: the parser's precomputed lower layer
/// (`(nF, nO, nP, nI)`) is a Linear with `outputWidth = nF · nO · nP` and no bias.
struct Linear: Sendable {
    /// The packed weights and bias.
    let weights: PackedWeights

    /// Columns of the input.
    var inputWidth: Int { weights.depth }
    /// Columns of the output.
    var outputWidth: Int { weights.width }

    /// A layer over `weights` (`outputWidth × inputWidth`, row-major) and `bias` (`outputWidth` values or nil).
    init(weights: [Float], bias: [Float]?, outputWidth: Int, inputWidth: Int) {
        self.weights = PackedWeights(weights: weights, bias: bias, width: outputWidth, depth: inputWidth)
    }

    /// The layer stored as `weight` (shape `[outputWidth, inputWidth]`) and `bias` (`[outputWidth]`) in `model`.
    init(_ model: ModelWeights, weight: String, bias: String?, outputWidth: Int, inputWidth: Int)
        throws(LanguageError)
    {
        let w = try model.tensor(weight, shape: [outputWidth, inputWidth])
        let b = try bias.map { name throws(LanguageError) in try model.tensor(name, shape: [outputWidth]).values }
        self.init(weights: w.values, bias: b, outputWidth: outputWidth, inputWidth: inputWidth)
    }

    /// `input · Wᵀ + b`, one output row per input row.
    func callAsFunction(_ input: Matrix) -> Matrix {
        var output = Matrix(rows: input.rows, columns: outputWidth)
        apply(input, into: &output)
        return output
    }

    /// Writes `input · Wᵀ + b` into `output`, which has as many rows as `input` and `outputWidth` columns.
    func apply(_ input: Matrix, into output: inout Matrix) {
        precondition(input.columns == inputWidth, "Linear: input has \(input.columns) columns, not \(inputWidth)")
        precondition(
            output.rows == input.rows && output.columns == outputWidth,
            "Linear: output is \(output.rows) × \(output.columns), not \(input.rows) × \(outputWidth)")
        guard input.rows > 0 else { return }
        input.values.withUnsafeBufferPointer { source in
            output.values.withUnsafeMutableBufferPointer { destination in
                weights.multiply(
                    source.baseAddress.unsafelyUnwrapped, rowStride: inputWidth, rows: input.rows,
                    into: destination.baseAddress.unsafelyUnwrapped, outputStride: outputWidth)
            }
        }
    }
}
