/// A dense row-major float32 matrix: the value the neural layers pass between each other.
///
/// One row per token (the tok2vec output is `tokens × 96`), `columns` values each, stored contiguously so the
/// SIMD kernels of `Matrix+Kernels.swift` read rows in place. A zero-row matrix is valid (an empty document).
struct Matrix: Sendable, Equatable {
    /// Number of rows.
    let rows: Int
    /// Number of values per row.
    let columns: Int
    /// `rows × columns` values, row after row.
    var values: [Float]

    /// A matrix of zeros.
    init(rows: Int, columns: Int) {
        precondition(rows >= 0 && columns >= 0, "Matrix: negative size \(rows) × \(columns)")
        self.rows = rows
        self.columns = columns
        values = [Float](repeating: 0, count: rows * columns)
    }

    /// A matrix over `values`, which must hold `rows × columns` values in row-major order.
    init(rows: Int, columns: Int, values: [Float]) {
        precondition(rows >= 0 && columns >= 0, "Matrix: negative size \(rows) × \(columns)")
        precondition(values.count == rows * columns, "Matrix: \(values.count) values for \(rows) × \(columns)")
        self.rows = rows
        self.columns = columns
        self.values = values
    }

    /// The value at `row`, `column`.
    subscript(row: Int, column: Int) -> Float {
        get { values[row * columns + column] }
        set { values[row * columns + column] = newValue }
    }

    /// The values of one row.
    func row(_ index: Int) -> ArraySlice<Float> {
        values[(index * columns)..<((index + 1) * columns)]
    }

    /// The rows `range`, as a matrix of their own.
    func rows(_ range: Range<Int>) -> Matrix {
        Matrix(
            rows: range.count, columns: columns,
            values: Array(values[(range.lowerBound * columns)..<(range.upperBound * columns)]))
    }

    /// The index of the largest value of each row; the first one wins a tie, as numpy's `argmax` does.
    func argmaxPerRow() -> [Int] {
        precondition(columns > 0, "Matrix.argmaxPerRow: no columns")
        return (0..<rows).map { row in
            let base = row * columns
            var best = 0
            var bestValue = values[base]
            for column in 1..<columns where values[base + column] > bestValue {
                best = column
                bestValue = values[base + column]
            }
            return best
        }
    }
}
