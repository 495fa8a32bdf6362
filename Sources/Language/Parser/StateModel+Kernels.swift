/// The unsafe inner loop of the state model: the score computation for one parse state.
///
/// Source: spaCy 3.8 spacy/ml/parser_model.pyx (`predict_states`, `sum_state_features`).
///
/// The document-wide products (project, lower) run on `PackedWeights` (Model/Matrix+Kernels.swift). The upper
/// layer here is a single-row product per transition, which that kernel's six-row tiles would compute six
/// times over, so it has its own loop: one `SIMD16<Float>` accumulator per panel of 16 actions. Products are
/// written `acc + x * w`, not `addProduct`, for the reason given in Matrix+Kernels.swift (no FMA in baseline
/// x86-64, where `addProduct` becomes a libm call per lane).
extension StateModel {
    /// Writes the action scores of one state whose context tokens are `tokens` (−1 = the slot's padding row).
    ///
    /// As `predict_states`: the slots' rows summed in slot order onto zero, plus the bias; each hidden unit the
    /// larger of its two pieces (the second on a tie, as thinc's `Vec.arg_max` for two values); then the upper
    /// layer's product, plus its bias.
    func score(
        tokens: UnsafeBufferPointer<Int>, features: PrecomputedFeatures, workspace: inout StateModelWorkspace
    ) {
        let chunks = Self.slotWidth / 16
        let width = Self.hiddenWidth
        let featureCount = featureCount
        let panelCount = panelCount
        features.values.values.withUnsafeBufferPointer { cached in
            lowerPadding.withUnsafeBufferPointer { padding in
                lowerBias.withUnsafeBufferPointer { bias in
                    upperPanels.withUnsafeBufferPointer { upper in
                        upperBias.withUnsafeBufferPointer { upperBias in
                            workspace.withBuffers { pieces, hidden, scores in
                                guard let cached = cached.baseAddress, let padding = padding.baseAddress,
                                    let bias = bias.baseAddress, let upper = upper.baseAddress,
                                    let upperBias = upperBias.baseAddress
                                else { return }
                                Self.sumSlots(
                                    tokens: tokens, cached: cached, padding: padding, bias: bias,
                                    featureCount: featureCount, chunks: chunks, into: pieces)
                                for unit in 0..<width {
                                    let first = pieces[unit * 2]
                                    let second = pieces[unit * 2 + 1]
                                    hidden[unit] = first > second ? first : second
                                }
                                Self.upperProduct(
                                    hidden: hidden, panels: upper, bias: upperBias, width: width,
                                    panelCount: panelCount, into: scores)
                            }
                        }
                    }
                }
            }
        }
    }

    /// `pieces = Σ_f row(f) + bias`, the rows added in slot order as `sum_state_features` adds them.
    @inline(__always)
    private static func sumSlots(
        tokens: UnsafeBufferPointer<Int>, cached: UnsafePointer<Float>, padding: UnsafePointer<Float>,
        bias: UnsafePointer<Float>, featureCount: Int, chunks: Int, into pieces: UnsafeMutablePointer<Float>
    ) {
        let slot = chunks * 16
        let output = UnsafeMutableRawPointer(pieces)
        for chunk in 0..<chunks {
            output.storeBytes(of: SIMD16<Float>(repeating: 0), toByteOffset: chunk * 64, as: SIMD16<Float>.self)
        }
        for feature in 0..<featureCount {
            let token = tokens[feature]
            let row = UnsafeRawPointer(
                token < 0 ? padding + feature * slot : cached + (token * featureCount + feature) * slot)
            for chunk in 0..<chunks {
                let sum =
                    output.loadUnaligned(fromByteOffset: chunk * 64, as: SIMD16<Float>.self)
                    + row.loadUnaligned(fromByteOffset: chunk * 64, as: SIMD16<Float>.self)
                output.storeBytes(of: sum, toByteOffset: chunk * 64, as: SIMD16<Float>.self)
            }
        }
        let biasRow = UnsafeRawPointer(bias)
        for chunk in 0..<chunks {
            let sum =
                output.loadUnaligned(fromByteOffset: chunk * 64, as: SIMD16<Float>.self)
                + biasRow.loadUnaligned(fromByteOffset: chunk * 64, as: SIMD16<Float>.self)
            output.storeBytes(of: sum, toByteOffset: chunk * 64, as: SIMD16<Float>.self)
        }
    }

    /// `scores = hidden · Wᵀ + b`, 16 actions at a time.
    @inline(__always)
    private static func upperProduct(
        hidden: UnsafeMutablePointer<Float>, panels: UnsafePointer<Float>, bias: UnsafePointer<Float>, width: Int,
        panelCount: Int, into scores: UnsafeMutablePointer<Float>
    ) {
        let weights = UnsafeRawPointer(panels)
        let biasRow = UnsafeRawPointer(bias)
        let output = UnsafeMutableRawPointer(scores)
        for panel in 0..<panelCount {
            let base = panel * width * 64
            var sum = SIMD16<Float>(repeating: 0)
            for unit in 0..<width {
                let w = weights.loadUnaligned(fromByteOffset: base + unit * 64, as: SIMD16<Float>.self)
                sum = sum + SIMD16(repeating: hidden[unit]) * w
            }
            sum = sum + biasRow.loadUnaligned(fromByteOffset: panel * 64, as: SIMD16<Float>.self)
            output.storeBytes(of: sum, toByteOffset: panel * 64, as: SIMD16<Float>.self)
        }
    }
}

/// Scratch buffers for scoring states, allocated once per document so a transition allocates nothing.
struct StateModelWorkspace {
    private var pieces: [Float]
    private var hidden: [Float]
    /// Whole panels of scores; the first `actionCount` are the actions'.
    private var paddedScores: [Float]
    private let actionCount: Int

    init(model: StateModel) {
        pieces = [Float](repeating: 0, count: StateModel.slotWidth)
        hidden = [Float](repeating: 0, count: StateModel.hiddenWidth)
        paddedScores = [Float](repeating: 0, count: model.panelCount * StateModel.panelWidth)
        actionCount = model.actionCount
    }

    /// The scores of the state scored last, one per action.
    var scores: [Float] { Array(paddedScores[0..<actionCount]) }

    /// Runs `body` over the scores of the state scored last, one per action.
    func withScores<Result>(_ body: (UnsafeBufferPointer<Float>) -> Result) -> Result {
        paddedScores.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[0..<actionCount])) }
    }

    fileprivate mutating func withBuffers(
        _ body: (UnsafeMutablePointer<Float>, UnsafeMutablePointer<Float>, UnsafeMutablePointer<Float>) -> Void
    ) {
        pieces.withUnsafeMutableBufferPointer { pieces in
            hidden.withUnsafeMutableBufferPointer { hidden in
                paddedScores.withUnsafeMutableBufferPointer { scores in
                    guard let pieces = pieces.baseAddress, let hidden = hidden.baseAddress,
                        let scores = scores.baseAddress
                    else { return }
                    body(pieces, hidden, scores)
                }
            }
        }
    }
}
