import ActorGraphCore
import Testing

@testable import Language

@Suite("Linear layer and packed kernel")
struct LinearTests {
    /// A matrix of uniform values in [-1, 1) from a fixed seed.
    private static func random(rows: Int, columns: Int, seed: UInt64) -> Matrix {
        var generator = SplitMix64(seed: seed)
        let values = (0..<(rows * columns)).map { _ in Float(generator.next() >> 40) / Float(1 << 23) - 1 }
        return Matrix(rows: rows, columns: columns, values: values)
    }

    /// The product in double precision, one dot product at a time: the reference the kernel must match.
    private static func reference(_ x: Matrix, _ w: Matrix, _ b: [Float]?) -> Matrix {
        var y = Matrix(rows: x.rows, columns: w.rows)
        for r in 0..<x.rows {
            for n in 0..<w.rows {
                var sum = Double(b?[n] ?? 0)
                for k in 0..<x.columns { sum += Double(x[r, k]) * Double(w[n, k]) }
                y[r, n] = Float(sum)
            }
        }
        return y
    }

    @Test(
        "x·Wᵀ + b matches a double-precision reference for whole and partial tiles and panels",
        arguments: [(1, 96, 64), (5, 96, 50), (6, 288, 288), (13, 64, 106), (20, 576, 288), (7, 3, 17)])
    func matchesReference(rows: Int, inputWidth: Int, outputWidth: Int) {
        let x = Self.random(rows: rows, columns: inputWidth, seed: 1)
        let w = Self.random(rows: outputWidth, columns: inputWidth, seed: 2)
        let b = Self.random(rows: 1, columns: outputWidth, seed: 3).values
        let layer = Linear(weights: w.values, bias: b, outputWidth: outputWidth, inputWidth: inputWidth)
        let expected = Self.reference(x, w, b)
        #expect(layer(x).rows == rows && layer(x).columns == outputWidth)
        // Both kernels, whichever this build prefers: debug builds run the scalar one everywhere else.
        for kernel in PackedWeights.Kernel.available {
            var y = [Float](repeating: .nan, count: rows * outputWidth)
            x.values.withUnsafeBufferPointer { input in
                y.withUnsafeMutableBufferPointer { output in
                    layer.weights.multiply(
                        input.baseAddress.unsafelyUnwrapped, rowStride: inputWidth, rows: rows,
                        into: output.baseAddress.unsafelyUnwrapped, outputStride: outputWidth, kernel: kernel)
                }
            }
            #expect(!y.contains { $0.isNaN }, "\(kernel): an output was not written")
            let worst = zip(y, expected.values).map { abs($0 - $1) }.max() ?? 0
            #expect(worst < 1e-4 * Float(inputWidth).squareRoot(), "\(kernel): largest difference \(worst)")
        }
    }

    @Test("without a bias the product starts from zero, and an empty input gives an empty output")
    func noBiasAndEmpty() {
        let w = Matrix(rows: 2, columns: 3, values: [1, 2, 3, 4, 5, 6])
        let layer = Linear(weights: w.values, bias: nil, outputWidth: 2, inputWidth: 3)
        let y = layer(Matrix(rows: 1, columns: 3, values: [1, 0, -1]))
        #expect(y.values == [-2, -2])
        #expect(layer(Matrix(rows: 0, columns: 3)).rows == 0)
    }

    @Test("a row stride smaller than the depth reads overlapping windows of consecutive rows")
    func windowedRows() {
        // Rows of width 2: [1, 2], [3, 4], [5, 6], [7, 8]; a window of 3 rows is 6 consecutive values.
        let buffer: [Float] = [1, 2, 3, 4, 5, 6, 7, 8]
        let sums = PackedWeights(weights: [1, 1, 1, 1, 1, 1], bias: [0.5], width: 1, depth: 6)
        for kernel in PackedWeights.Kernel.available {
            var output = [Float](repeating: 0, count: 2)
            buffer.withUnsafeBufferPointer { input in
                output.withUnsafeMutableBufferPointer { out in
                    sums.multiply(
                        input.baseAddress.unsafelyUnwrapped, rowStride: 2, rows: 2,
                        into: out.baseAddress.unsafelyUnwrapped, outputStride: 1, kernel: kernel)
                }
            }
            #expect(output == [21.5, 33.5], "\(kernel)")
        }
    }
}
