import LanguageKernels

/// The SIMD kernel behind every dense layer: `output = input · Wᵀ + b` with W packed once at load.
///
/// Source: thinc 8.3 thinc/backends/ops.py (`gemm(X, W, trans2=True)` and `affine`, which the Maxout, Linear and
/// Softmax layers call through numpy's BLAS); this is our own register-blocked product, not a BLAS port.
///
/// Layout: the output columns are cut into panels of 16 (one `SIMD16<Float>`), each panel stored k-major —
/// `depth` runs of 16 weights, `panel[k * 16 + j] = W[panelStart + j, k]` — so the inner loop reads 64
/// contiguous bytes per input value. A tile is 6 input rows × one panel: 6 accumulators, which fit the register
/// file at every x86-64 level (SSE2: 24 xmm with some spilling, AVX2: 12 ymm, AVX-512: 6 zmm). The products are
/// written `acc + x * w` rather than `addProduct`: without `-target-cpu` (no FMA in baseline x86-64) LLVM turns
/// `addProduct` into a libm `fmaf` call per lane, 40× slower; with FMA or AVX-512 targets the separate
/// multiply and add run at the same throughput on this machine's Zen 4 cores.
struct PackedWeights: Sendable {
    /// Output columns per panel: one `SIMD16<Float>`.
    static let panelWidth = 16
    /// Input rows per register tile.
    static let tileRows = 6

    /// Input width (columns of the input, K).
    let depth: Int
    /// Output width (rows of W, N).
    let width: Int
    /// Number of 16-column panels, the last one zero-padded.
    let panelCount: Int
    /// `panelCount × depth × 16` weights.
    private let panels: [Float]
    /// `panelCount × 16` biases (zero where there is no bias or no column).
    private let bias: [Float]

    /// Packs `weights`, `width × depth` in row-major order (thinc's `(nO, nI)`), and `bias` (`width` values, or
    /// nil for none).
    init(weights: [Float], bias: [Float]?, width: Int, depth: Int) {
        precondition(width > 0 && depth > 0, "PackedWeights: empty \(width) × \(depth)")
        precondition(weights.count == width * depth, "PackedWeights: \(weights.count) weights for \(width) × \(depth)")
        precondition(bias.map { $0.count == width } ?? true, "PackedWeights: bias is not \(width) values")
        let panelWidth = Self.panelWidth
        let panelCount = (width + panelWidth - 1) / panelWidth
        var panels = [Float](repeating: 0, count: panelCount * depth * panelWidth)
        for column in 0..<width {
            let panel = column / panelWidth
            let lane = column % panelWidth
            let base = panel * depth * panelWidth + lane
            for k in 0..<depth {
                panels[base + k * panelWidth] = weights[column * depth + k]
            }
        }
        var paddedBias = [Float](repeating: 0, count: panelCount * panelWidth)
        if let bias { paddedBias.replaceSubrange(0..<width, with: bias) }
        self.depth = depth
        self.width = width
        self.panelCount = panelCount
        self.panels = panels
        self.bias = paddedBias
    }

    /// The implementations of `multiply`, which give the same sums in the same order.
    enum Kernel: Sendable, CaseIterable {
        /// The 6 × 16 register tile (`DenseTile`), compiled for baseline x86-64 (SSE2).
        case simd
        /// The same tile compiled for AVX2 and FMA (`LanguageKernels`), 2.6× faster where the CPU has them.
        case avx2
        /// A plain loop over the same panels: the reference the SIMD kernels are tested against.
        case scalar

        /// The kernels this CPU can run.
        static var available: [Kernel] { CPUFeatures.hasAVX2 ? allCases : allCases.filter { $0 != .avx2 } }

        /// The kernel for this CPU: `avx2` where it has AVX2 and FMA, else `simd`. (The Language module is compiled
        /// with optimisation in every configuration, see Package.swift, so debug builds and tests run them too.)
        static var preferred: Kernel { CPUFeatures.hasAVX2 ? .avx2 : .simd }
    }

    /// Writes `output[r * outputStride + n] = b[n] + Σₖ input[r * rowStride + k] · W[n, k]` for `r < rows`,
    /// `n < width`.
    ///
    /// `rowStride` may be smaller than `depth`: with `rowStride = d` and `depth = 3d`, row `r` reads the three
    /// consecutive rows `r, r+1, r+2` of a `d`-wide buffer — the window concatenation of thinc's `seq2col`,
    /// free of copies. The caller guarantees every row read lies in readable memory.
    func multiply(
        _ input: UnsafePointer<Float>, rowStride: Int, rows: Int,
        into output: UnsafeMutablePointer<Float>, outputStride: Int, kernel: Kernel = .preferred
    ) {
        guard rows > 0 else { return }
        panels.withUnsafeBufferPointer { panelBuffer in
            bias.withUnsafeBufferPointer { biasBuffer in
                let panels = panelBuffer.baseAddress.unsafelyUnwrapped
                let bias = biasBuffer.baseAddress.unsafelyUnwrapped
                switch kernel {
                case .simd:
                    DenseTile.multiply(
                        input, rowStride: rowStride, rows: rows, output: output, outputStride: outputStride,
                        panels: panels, bias: bias, depth: depth, width: width, panelCount: panelCount)
                case .avx2:
                    LanguageKernels.DenseTile.multiply(
                        input, rowStride: rowStride, rows: rows, output: output, outputStride: outputStride,
                        panels: panels, bias: bias, depth: depth, width: width, panelCount: panelCount)
                case .scalar:
                    multiplyScalar(input, rowStride, rows, output, outputStride, panels: panels, bias: bias)
                }
            }
        }
    }

    private func multiplyScalar(
        _ input: UnsafePointer<Float>, _ rowStride: Int, _ rows: Int, _ output: UnsafeMutablePointer<Float>,
        _ outputStride: Int, panels: UnsafePointer<Float>, bias: UnsafePointer<Float>
    ) {
        let panelWidth = Self.panelWidth
        withUnsafeTemporaryAllocation(of: Float.self, capacity: panelWidth) { sums in
            let sums = sums.baseAddress.unsafelyUnwrapped
            for row in 0..<rows {
                let x = input + row * rowStride
                for panel in 0..<panelCount {
                    let start = panel * panelWidth
                    let weights = panels + panel * depth * panelWidth
                    var lane = 0
                    while lane < panelWidth {
                        sums[lane] = bias[start + lane]
                        lane += 1
                    }
                    var k = 0
                    while k < depth {
                        let value = x[k]
                        let run = weights + k * panelWidth
                        lane = 0
                        while lane < panelWidth {
                            sums[lane] = sums[lane] + value * run[lane]
                            lane += 1
                        }
                        k += 1
                    }
                    let destination = output + row * outputStride + start
                    for lane in 0..<min(panelWidth, width - start) { destination[lane] = sums[lane] }
                }
            }
        }
    }

}

/// Per-row kernels around the products: the embedding gather and the maxout + layer-norm epilogue.
///
/// Source: thinc 8.3 thinc/backends/cpu_kernels.hh (`cpu_gather_add`, `cpu_maxout`) and thinc/layers/layernorm.py
/// (`mu = X.mean`, `var = X.var + 1e-08`, `Xhat = (X - mu) * var ** -0.5`, `Y = Xhat * G + b`).
enum RowKernels {
    /// thinc's variance floor in LayerNorm.
    static let layerNormEpsilon: Float = 1e-8

    /// Adds the four table rows `indices` names, in order, to `output`'s `width` values.
    @inline(__always)
    static func addRows(
        of table: UnsafePointer<Float>, width: Int, indices: SIMD4<UInt32>, to output: UnsafeMutablePointer<Float>
    ) {
        for key in 0..<4 {
            let row = table + Int(indices[key]) * width
            for column in 0..<width { output[column] += row[column] }
        }
    }

    /// Maxout over `pieces` candidates then LayerNorm, plus an optional residual, for one row.
    ///
    /// `candidates` holds `pieces × width` values piece-major (`candidates[p * width + o]`, the order
    /// `MaxoutLayerNorm` packs its weights in); `output` receives `width` values and must not overlap `residual`.
    /// `width` is a multiple of 16: the row is handled as `SIMD16` vectors, sums in 16 lanes.
    @inline(__always)
    static func maxoutLayerNorm(
        _ candidates: UnsafePointer<Float>, width: Int, pieces: Int, gain: UnsafePointer<Float>,
        shift: UnsafePointer<Float>, residual: UnsafePointer<Float>?, output: UnsafeMutablePointer<Float>
    ) {
        typealias Vector = SIMD16<Float>
        let lanes = Vector.scalarCount
        let vectors = width / lanes
        let source = UnsafeRawPointer(candidates)
        let destination = UnsafeMutableRawPointer(output)
        func load(_ pointer: UnsafeRawPointer, _ index: Int) -> Vector {
            pointer.loadUnaligned(fromByteOffset: index * lanes * 4, as: Vector.self)
        }
        var sum = Vector()
        for v in 0..<vectors {
            var best = load(source, v)
            for piece in 1..<pieces {
                // A compare and a blend; `pointwiseMax` goes lane by lane for its NaN rules.
                let candidate = load(source, piece * vectors + v)
                best.replace(with: candidate, where: candidate .> best)
            }
            destination.storeBytes(of: best, toByteOffset: v * lanes * 4, as: Vector.self)
            sum += best
        }
        let mean = sum.sum() / Float(width)
        var squares = Vector()
        for v in 0..<vectors {
            let centred = load(destination, v) - mean
            squares += centred * centred
        }
        let variance = squares.sum() / Float(width) + layerNormEpsilon
        let scale = 1 / variance.squareRoot()
        for v in 0..<vectors {
            var normalised = (load(destination, v) - mean) * scale * load(gain, v) + load(shift, v)
            if let residual { normalised += load(residual, v) }
            destination.storeBytes(of: normalised, toByteOffset: v * lanes * 4, as: Vector.self)
        }
    }
}
