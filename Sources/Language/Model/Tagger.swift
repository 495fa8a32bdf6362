/// The part-of-speech tagger: one linear layer over the shared tok2vec's vectors, the best-scoring tag per token.
///
/// Source: spaCy 3.8 spacy/ml/models/tagger.py (`spacy.Tagger.v2`: `Softmax_v2(normalize_outputs=False)`, so
/// prediction uses the raw scores `X · Wᵀ + b`) and spacy/pipeline/tagger.pyx (`_scores2guesses`: numpy
/// `argmax`, the first of equal scores winning).
struct Tagger: Sendable {
    /// The tag of each output class, in class order.
    let labels: [Tag]
    /// The score layer: tok2vec width to one score per label.
    let output: Linear

    /// Reads `tagger.W` and `tagger.b`; fails if a manifest label is not a `Tag`.
    init(weights: ModelWeights) throws(LanguageError) {
        var labels: [Tag] = []
        for name in weights.manifest.tagger.labels {
            guard let tag = Tag(rawValue: name) else {
                throw .malformedResource(
                    name: "en_core_web_sm/weights.json",
                    problem: "tagger label \(name) is not a tag this code knows (Document/Labels.swift)")
            }
            labels.append(tag)
        }
        self.labels = labels
        output = try Linear(
            weights, weight: "tagger.W", bias: "tagger.b", outputWidth: labels.count, inputWidth: Tok2Vec.width)
    }

    /// The raw score of every label for every token: `tokens × labels`.
    func scores(_ vectors: Matrix) -> Matrix {
        output(vectors)
    }

    /// The predicted tag of each token.
    func callAsFunction(_ vectors: Matrix) -> [Tag] {
        guard vectors.rows > 0 else { return [] }
        return scores(vectors).argmaxPerRow().map { labels[$0] }
    }
}
