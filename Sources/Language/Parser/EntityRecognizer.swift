/// en_core_web_sm's named-entity recogniser: greedy BILUO tagging of a whole document.
///
/// Source: spaCy 3.8 spacy/pipeline/ner.pyx and spacy/pipeline/transition_parser.pyx (`greedy_parse`,
/// `set_annotations`).
///
/// It reads its own tok2vec's vectors, and the parser's sentence starts: no entity crosses one.
struct EntityRecognizer: Sendable {
    let model: StateModel
    let system: Biluo

    /// The recogniser of the bundled model.
    init(weights: ModelWeights) throws(LanguageError) {
        system = try Biluo(actionNames: weights.manifest.ner.actions)
        model = try StateModel(
            weights: weights, prefix: "ner", featureCount: system.featureCount, actionCount: system.actionCount)
    }

    /// The entities of a document from the NER tok2vec's vectors (tokens × 96), which tokens are whitespace, and
    /// which start a sentence; in token indices, in text order.
    func callAsFunction(_ vectors: Matrix, isSpace: [Bool], sentenceStarts: [Bool]) -> [TokenEntity] {
        var transcript: DecodingTranscript?
        return recognize(vectors, isSpace: isSpace, sentenceStarts: sentenceStarts, transcript: &transcript)
    }

    /// Recognises as `callAsFunction`, recording the run in `transcript` when it is not nil.
    func recognize(
        _ vectors: Matrix, isSpace: [Bool], sentenceStarts: [Bool], transcript: inout DecodingTranscript?
    ) -> [TokenEntity] {
        precondition(
            vectors.rows == isSpace.count, "EntityRecognizer: \(vectors.rows) vectors for \(isSpace.count) tokens")
        let projected = model.project(vectors)
        return decode(projected: projected, isSpace: isSpace, sentenceStarts: sentenceStarts, transcript: &transcript)
    }

    /// The entities for a document's projected vectors (tokens × 64).
    func decode(
        projected: Matrix, isSpace: [Bool], sentenceStarts: [Bool], transcript: inout DecodingTranscript?
    ) -> [TokenEntity] {
        var state = BiluoState(isSpace: isSpace, sentenceStarts: sentenceStarts)
        guard !isSpace.isEmpty else { return [] }
        let features = model.precompute(projected)
        GreedyDecoder.decode(system, state: &state, model: model, features: features, transcript: &transcript)
        return state.entities
    }
}
