/// The 6-row × 16-column register tile of the dense products, over weights packed in 16-column panels.
///
/// Source: our own register-blocked product (see `PackedWeights` in Sources/Language/Model/Matrix+Kernels.swift
/// for the layout and why the sums are written `acc + x * w`). This one file is compiled twice: inside
/// `Language` for baseline x86-64, and as the `LanguageKernels` module with `-target-cpu haswell` (AVX2, FMA),
/// which `PackedWeights` calls only when the CPU reports both. Both give the same sums in the same order.
package enum DenseTile {
    /// Output columns per panel: one `SIMD16<Float>`.
    package static let panelWidth = 16
    /// Input rows per register tile.
    package static let tileRows = 6

    /// `output[r * outputStride + n] = bias[n] + Σₖ input[r * rowStride + k] · W[n, k]` over panel-packed W
    /// (`PackedWeights`' layout: `panelCount` panels of `depth × 16` weights, k-major).
    @inline(never)
    package static func multiply(
        _ input: UnsafePointer<Float>, rowStride: Int, rows: Int, output: UnsafeMutablePointer<Float>,
        outputStride: Int, panels: UnsafePointer<Float>, bias: UnsafePointer<Float>, depth: Int, width: Int,
        panelCount: Int
    ) {
        let tileRows = Self.tileRows
        let panelWidth = Self.panelWidth
        let panelBase = UnsafeRawPointer(panels)
        let biasBase = UnsafeRawPointer(bias)
        // Rows past the end of a partial tile repeat the last real row and land in a sink that is thrown away.
        withUnsafeTemporaryAllocation(of: Float.self, capacity: panelWidth) { sink in
            let sink = sink.baseAddress.unsafelyUnwrapped
            for tileStart in stride(from: 0, to: rows, by: tileRows) {
                let last = min(tileStart + tileRows, rows) - 1
                func inputRow(_ i: Int) -> UnsafePointer<Float> {
                    input + min(tileStart + i, last) * rowStride
                }
                let a = (inputRow(0), inputRow(1), inputRow(2), inputRow(3), inputRow(4), inputRow(5))
                for panel in 0..<panelCount {
                    let start = panel * panelWidth
                    let lanes = min(panelWidth, width - start)
                    let acc = Self.tile(
                        a, depth: depth, panel: panelBase + panel * depth * panelWidth * 4,
                        bias: biasBase.loadUnaligned(fromByteOffset: start * 4, as: SIMD16<Float>.self))
                    func outputRow(_ i: Int) -> UnsafeMutablePointer<Float> {
                        tileStart + i <= last ? output + (tileStart + i) * outputStride + start : sink
                    }
                    Self.store(acc.0, to: outputRow(0), lanes: lanes)
                    Self.store(acc.1, to: outputRow(1), lanes: lanes)
                    Self.store(acc.2, to: outputRow(2), lanes: lanes)
                    Self.store(acc.3, to: outputRow(3), lanes: lanes)
                    Self.store(acc.4, to: outputRow(4), lanes: lanes)
                    Self.store(acc.5, to: outputRow(5), lanes: lanes)
                }
            }
        }
    }

    private typealias Rows = (
        UnsafePointer<Float>, UnsafePointer<Float>, UnsafePointer<Float>,
        UnsafePointer<Float>, UnsafePointer<Float>, UnsafePointer<Float>
    )
    private typealias Tile = (
        SIMD16<Float>, SIMD16<Float>, SIMD16<Float>, SIMD16<Float>, SIMD16<Float>, SIMD16<Float>
    )

    /// Six rows times one panel: the register-blocked inner loop.
    @inline(__always)
    private static func tile(_ a: Rows, depth: Int, panel: UnsafeRawPointer, bias: SIMD16<Float>) -> Tile {
        var c0 = bias
        var c1 = bias
        var c2 = bias
        var c3 = bias
        var c4 = bias
        var c5 = bias
        for k in 0..<depth {
            let w = panel.loadUnaligned(fromByteOffset: k * 64, as: SIMD16<Float>.self)
            c0 = c0 + SIMD16(repeating: a.0[k]) * w
            c1 = c1 + SIMD16(repeating: a.1[k]) * w
            c2 = c2 + SIMD16(repeating: a.2[k]) * w
            c3 = c3 + SIMD16(repeating: a.3[k]) * w
            c4 = c4 + SIMD16(repeating: a.4[k]) * w
            c5 = c5 + SIMD16(repeating: a.5[k]) * w
        }
        return (c0, c1, c2, c3, c4, c5)
    }

    @inline(__always)
    private static func store(_ value: SIMD16<Float>, to pointer: UnsafeMutablePointer<Float>, lanes: Int) {
        if lanes == panelWidth {
            UnsafeMutableRawPointer(pointer).storeBytes(of: value, as: SIMD16<Float>.self)
        } else {
            for lane in 0..<lanes { pointer[lane] = value[lane] }
        }
    }
}
