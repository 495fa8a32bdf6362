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

    /// `project.W` transposed to (inputWidth, hiddenWidth), so a product is a run of contiguous row updates.
    let projectWeights: [Float]
    let projectBias: [Float]
    /// `lower.W` (nF, nO, nP, nI) transposed to (nI, nF·nO·nP).
    let lowerWeights: [Float]
    /// `lower.b` (nO, nP) flattened.
    let lowerBias: [Float]
    /// `lower.pad` (1, nF, nO, nP) flattened: the row a missing context token contributes, per slot.
    let lowerPadding: [Float]
    /// `upper.W` (nActions, nO) transposed to (nO, nActions).
    let upperWeights: [Float]
    let upperBias: [Float]

    /// Floats one token contributes per feature slot: nO·nP.
    static var slotWidth: Int { hiddenWidth * pieces }

    /// Reads the `{prefix}.project`, `{prefix}.lower` and `{prefix}.upper` tensors (prefix `parser` or `ner`).
    init(weights: ModelWeights, prefix: String, featureCount: Int, actionCount: Int) throws(LanguageError) {
        let width = Self.hiddenWidth
        let slot = Self.slotWidth
        self.featureCount = featureCount
        self.actionCount = actionCount
        let project = try weights.tensor("\(prefix).project.W", shape: [width, Self.inputWidth])
        projectWeights = Self.transposed(project.values, rows: width, columns: Self.inputWidth)
        projectBias = try weights.tensor("\(prefix).project.b", shape: [width]).values
        let lower = try weights.tensor("\(prefix).lower.W", shape: [featureCount, width, Self.pieces, width])
        lowerWeights = Self.transposed(lower.values, rows: featureCount * slot, columns: width)
        lowerBias = try weights.tensor("\(prefix).lower.b", shape: [width, Self.pieces]).values
        lowerPadding = try weights.tensor("\(prefix).lower.pad", shape: [1, featureCount, width, Self.pieces]).values
        let upper = try weights.tensor("\(prefix).upper.W", shape: [actionCount, width])
        upperWeights = Self.transposed(upper.values, rows: actionCount, columns: width)
        upperBias = try weights.tensor("\(prefix).upper.b", shape: [actionCount]).values
    }

    /// The `project` Linear over every token: `vectors` (rows × 96, row-major) to rows × 64.
    func project(_ vectors: [Float], rows: Int) -> [Float] {
        precondition(vectors.count == rows * Self.inputWidth, "tok2vec output must be tokens × 96")
        var output = [Float](repeating: 0, count: rows * Self.hiddenWidth)
        Self.multiply(
            vectors, rows: rows, inner: Self.inputWidth, transposedWeights: projectWeights,
            columns: Self.hiddenWidth, into: &output)
        Self.addBias(projectBias, to: &output, rows: rows)
        return output
    }

    /// Every projected token times the lower layer for every feature slot, without bias (`PrecomputableAffine`).
    func precompute(_ projected: [Float], rows: Int) -> PrecomputedFeatures {
        precondition(projected.count == rows * Self.hiddenWidth, "projected vectors must be tokens × 64")
        let columns = featureCount * Self.slotWidth
        var output = [Float](repeating: 0, count: rows * columns)
        Self.multiply(
            projected, rows: rows, inner: Self.hiddenWidth, transposedWeights: lowerWeights, columns: columns,
            into: &output)
        return PrecomputedFeatures(values: output, tokenCount: rows, featureCount: featureCount)
    }

    private static func transposed(_ values: [Float], rows: Int, columns: Int) -> [Float] {
        var output = [Float](repeating: 0, count: values.count)
        for row in 0..<rows {
            for column in 0..<columns {
                output[column * rows + row] = values[row * columns + column]
            }
        }
        return output
    }

    private static func addBias(_ bias: [Float], to matrix: inout [Float], rows: Int) {
        let width = bias.count
        for row in 0..<rows {
            for column in 0..<width {
                matrix[row * width + column] += bias[column]
            }
        }
    }
}

/// The lower layer's output for one document: for each token and feature slot, nO·nP floats.
struct PrecomputedFeatures: Sendable {
    /// tokenCount × featureCount × (nO·nP), row-major.
    let values: [Float]
    let tokenCount: Int
    let featureCount: Int
}
