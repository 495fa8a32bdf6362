/// The unsafe inner loop of the state model: the score computation for one parse state.
///
/// Source: spaCy 3.8 spacy/ml/parser_model.pyx (`predict_states`, `sum_state_features`).
///
/// The document-wide products (project, lower) run on `PackedWeights` (Model/Matrix+Kernels.swift); the upper
/// layer here is a single-row product per transition, which that kernel's six-row tiles would compute six
/// times over, so it is a plain run of row updates over the transposed weights.
extension StateModel {
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
        features.values.values.withUnsafeBufferPointer { cached in
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
