/// The unsafe inner loops of the state model: dense products and the per-state score computation.
///
/// Source: spaCy 3.8 spacy/ml/parser_model.pyx (`predict_states`, `sum_state_features`).
extension StateModel {
    /// `output (rows × columns) += input (rows × inner) · transposedWeights (inner × columns)`.
    ///
    /// Each input value scales one contiguous weight row into the output row, a loop the compiler vectorises.
    static func multiply(
        _ input: [Float], rows: Int, inner: Int, transposedWeights: [Float], columns: Int, into output: inout [Float]
    ) {
        input.withUnsafeBufferPointer { x in
            transposedWeights.withUnsafeBufferPointer { w in
                output.withUnsafeMutableBufferPointer { y in
                    guard let x = x.baseAddress, let w = w.baseAddress, let y = y.baseAddress else { return }
                    for row in 0..<rows {
                        let outputRow = y + row * columns
                        for k in 0..<inner {
                            let scale = x[row * inner + k]
                            let weightRow = w + k * columns
                            for column in 0..<columns {
                                outputRow[column] += scale * weightRow[column]
                            }
                        }
                    }
                }
            }
        }
    }

    /// Writes the action scores of one state whose context tokens are `tokens` (−1 = the slot's padding row).
    ///
    /// As `predict_states`: the slots' rows summed in slot order onto zero, plus the bias; each hidden unit the
    /// larger of its two pieces (the second on a tie, as thinc's `Vec.arg_max` for two values); then the upper
    /// layer's product, plus its bias.
    func score(
        tokens: UnsafeBufferPointer<Int>, features: PrecomputedFeatures, workspace: inout StateModelWorkspace
    ) {
        let slot = Self.slotWidth
        let width = Self.hiddenWidth
        let featureCount = featureCount
        let actionCount = actionCount
        features.values.withUnsafeBufferPointer { cached in
            lowerPadding.withUnsafeBufferPointer { padding in
                lowerBias.withUnsafeBufferPointer { bias in
                    upperWeights.withUnsafeBufferPointer { upper in
                        upperBias.withUnsafeBufferPointer { upperBias in
                            workspace.withBuffers { pieces, hidden, scores in
                                guard let cached = cached.baseAddress, let padding = padding.baseAddress,
                                    let bias = bias.baseAddress, let upper = upper.baseAddress,
                                    let upperBias = upperBias.baseAddress
                                else { return }
                                pieces.update(repeating: 0)
                                for feature in 0..<featureCount {
                                    let token = tokens[feature]
                                    let row =
                                        token < 0
                                        ? padding + feature * slot
                                        : cached + (token * featureCount + feature) * slot
                                    for index in 0..<slot { pieces[index] += row[index] }
                                }
                                for index in 0..<slot { pieces[index] += bias[index] }
                                for unit in 0..<width {
                                    let first = pieces[unit * 2]
                                    let second = pieces[unit * 2 + 1]
                                    hidden[unit] = first > second ? first : second
                                }
                                scores.update(repeating: 0)
                                for unit in 0..<width {
                                    let activation = hidden[unit]
                                    let weightRow = upper + unit * actionCount
                                    for action in 0..<actionCount { scores[action] += activation * weightRow[action] }
                                }
                                for action in 0..<actionCount { scores[action] += upperBias[action] }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// Scratch buffers for scoring states, allocated once per document so a transition allocates nothing.
struct StateModelWorkspace {
    private var pieces: [Float]
    private var hidden: [Float]
    /// The scores of the state scored last, one per action.
    private(set) var scores: [Float]

    init(actionCount: Int) {
        pieces = [Float](repeating: 0, count: StateModel.slotWidth)
        hidden = [Float](repeating: 0, count: StateModel.hiddenWidth)
        scores = [Float](repeating: 0, count: actionCount)
    }

    fileprivate mutating func withBuffers(
        _ body: (
            UnsafeMutableBufferPointer<Float>, UnsafeMutableBufferPointer<Float>, UnsafeMutableBufferPointer<Float>
        ) -> Void
    ) {
        pieces.withUnsafeMutableBufferPointer { pieces in
            hidden.withUnsafeMutableBufferPointer { hidden in
                scores.withUnsafeMutableBufferPointer { scores in body(pieces, hidden, scores) }
            }
        }
    }
}
