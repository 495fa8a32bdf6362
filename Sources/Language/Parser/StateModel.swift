/// The neural scorer of a transition-based component: project, precomputed lower layer, maxout and upper layer.
///
/// Source: spaCy 3.8 spacy/ml/models/parser.py (`build_tb_parser_model`), spacy/ml/_precomputable_affine.py and
/// spacy/ml/parser_model.pyx (`precompute_hiddens`, `predict_states`, `sum_state_features`).
///
/// spaCy's `TransitionBasedParser.v2` maps each token's tok2vec vector through a Linear layer (`project`,
/// 96 → 64), then multiplies every projected token by the lower layer's weights for each of the `nF` feature
/// slots once per document (`precompute`). Scoring a parse state is then cheap: add the `nF` precomputed rows of
/// the state's context tokens (or the slot's learned padding row where a slot is empty), add the bias, take the
/// maximum of the two maxout pieces, and multiply by the upper layer to get one score per action.
struct StateModel: Sendable {
    /// Width of the tok2vec vectors the component reads.
    static let inputWidth = 96
    /// Width of the projected vectors and of the hidden state (`hidden_width`).
    static let hiddenWidth = 64
    /// Maxout pieces of the lower layer (`maxout_pieces`).
    static let pieces = 2

    /// Context tokens per state: 8 for the parser, 3 for the NER (`set_context_tokens`).
    let featureCount: Int
    /// Number of actions the upper layer scores.
    let actionCount: Int

    /// `project`: tok2vec width to hidden width, with bias.
    let projection: Linear
    /// `lower.W` (nF, nO, nP, nI) read as a Linear with nF·nO·nP outputs and no bias.
    let lower: Linear
    /// `lower.b` (nO, nP) flattened.
    let lowerBias: [Float]
    /// `lower.pad` (1, nF, nO, nP) flattened: the row a missing context token contributes, per slot.
    let lowerPadding: [Float]
    /// `upper.W` (nActions, nO) packed for the per-state product: panels of 16 actions, each unit-major
    /// (`upperPanels[(panel · nO + unit) · 16 + lane] = W[panel · 16 + lane, unit]`), zero past the last action.
    let upperPanels: [Float]
    /// `upper.b`, zero-padded to whole panels.
    let upperBias: [Float]

    /// Actions per panel of the upper layer: one `SIMD16<Float>`.
    static let panelWidth = 16

    /// Number of 16-action panels of the upper layer.
    var panelCount: Int { (actionCount + Self.panelWidth - 1) / Self.panelWidth }

    /// Floats one token contributes per feature slot: nO·nP.
    static var slotWidth: Int { hiddenWidth * pieces }

    /// Reads the `{prefix}.project`, `{prefix}.lower` and `{prefix}.upper` tensors (prefix `parser` or `ner`).
    init(weights: ModelWeights, prefix: String, featureCount: Int, actionCount: Int) throws(LanguageError) {
        let width = Self.hiddenWidth
        self.featureCount = featureCount
        self.actionCount = actionCount
        projection = try Linear(
            weights, weight: "\(prefix).project.W", bias: "\(prefix).project.b", outputWidth: width,
            inputWidth: Self.inputWidth)
        let lowerWeights = try weights.tensor("\(prefix).lower.W", shape: [featureCount, width, Self.pieces, width])
        lower = Linear(
            weights: lowerWeights.values, bias: nil, outputWidth: featureCount * Self.slotWidth, inputWidth: width)
        lowerBias = try weights.tensor("\(prefix).lower.b", shape: [width, Self.pieces]).values
        lowerPadding = try weights.tensor("\(prefix).lower.pad", shape: [1, featureCount, width, Self.pieces]).values
        let upper = try weights.tensor("\(prefix).upper.W", shape: [actionCount, width])
        let panelWidth = Self.panelWidth
        let panelCount = (actionCount + panelWidth - 1) / panelWidth
        var panels = [Float](repeating: 0, count: panelCount * width * panelWidth)
        for action in 0..<actionCount {
            let (panel, lane) = action.quotientAndRemainder(dividingBy: panelWidth)
            for unit in 0..<width {
                panels[(panel * width + unit) * panelWidth + lane] = upper.values[action * width + unit]
            }
        }
        upperPanels = panels
        var bias = try weights.tensor("\(prefix).upper.b", shape: [actionCount]).values
        bias += [Float](repeating: 0, count: panelCount * panelWidth - actionCount)
        upperBias = bias
    }

    /// The `project` Linear over every token: tokens × 96 to tokens × 64.
    func project(_ vectors: Matrix) -> Matrix {
        projection(vectors)
    }

    /// Every projected token times the lower layer for every feature slot, without bias (`PrecomputableAffine`).
    func precompute(_ projected: Matrix) -> PrecomputedFeatures {
        PrecomputedFeatures(values: lower(projected), featureCount: featureCount)
    }
}

/// The lower layer's output for one document: for each token and feature slot, nO·nP floats.
struct PrecomputedFeatures: Sendable {
    /// tokens × (featureCount · nO · nP): token `t`'s row for slot `f` starts at column `f · nO · nP`.
    let values: Matrix
    let featureCount: Int
}
