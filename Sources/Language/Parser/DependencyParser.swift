/// en_core_web_sm's dependency parser: greedy arc-eager parsing of a whole document, then deprojectivisation.
///
/// Source: spaCy 3.8 spacy/pipeline/transition_parser.pyx (`greedy_parse`, `set_annotations`),
/// spacy/pipeline/dep_parser.pyx (`postprocesses`) and spacy/pipeline/_parser_internals/arc_eager.pyx
/// (`ArcEager.set_annotations`).
///
/// The document is one parse state: the parser finds sentence boundaries itself with its `B-ROOT` action. A word
/// left without a head at the end is a root (`ROOT`, its own head); sentences then start at each root's left edge.
struct DependencyParser: Sendable {
    let model: StateModel
    let system: ArcEager

    /// The parser of the bundled model.
    init(weights: ModelWeights) throws(LanguageError) {
        system = try ArcEager(actionNames: weights.manifest.parser.actions)
        model = try StateModel(
            weights: weights, prefix: "parser", featureCount: system.featureCount, actionCount: system.actionCount)
    }

    /// Parses a document from its tok2vec vectors (tokens × 96) and which tokens are whitespace.
    func callAsFunction(_ vectors: Matrix, isSpace: [Bool]) -> DependencyParse {
        var transcript: DecodingTranscript?
        return parse(vectors, isSpace: isSpace, transcript: &transcript)
    }

    /// Parses as `callAsFunction`, recording the run in `transcript` when it is not nil.
    func parse(_ vectors: Matrix, isSpace: [Bool], transcript: inout DecodingTranscript?) -> DependencyParse {
        precondition(
            vectors.rows == isSpace.count, "DependencyParser: \(vectors.rows) vectors for \(isSpace.count) tokens")
        let state = decode(projected: model.project(vectors), transcript: &transcript)
        return DependencyParse(finalState: state, isSpace: isSpace)
    }

    /// The final arc-eager state for a document's projected vectors (tokens × 64).
    func decode(projected: Matrix, transcript: inout DecodingTranscript?) -> ArcEagerState {
        var state = ArcEagerState(count: projected.rows)
        guard projected.rows > 0 else { return state }
        let features = model.precompute(projected)
        GreedyDecoder.decode(system, state: &state, model: model, features: features, transcript: &transcript)
        return state
    }
}

/// A document's dependency analysis: each token's head and label, and which tokens start a sentence.
struct DependencyParse: Sendable, Equatable {
    /// Head index of each token; a root is its own head.
    var heads: [Int]
    /// Label of each token's arc; `ROOT` for a root.
    var labels: [DependencyLabel]
    /// Whether each token starts a sentence (the first token always does), as `Doc.sents` splits.
    var sentenceStarts: [Bool]
}

extension DependencyParse {
    /// The analysis a final state leaves: `set_annotations`, then deprojectivisation, then sentence starts.
    init(finalState state: ArcEagerState, isSpace: [Bool]) {
        var heads = state.heads
        var labels = state.labels
        for word in heads.indices where heads[word] < 0 {
            heads[word] = word
            labels[word] = .root
        }
        Deprojectivizer.deprojectivize(heads: &heads, labels: &labels, isSpace: isSpace)
        self.heads = heads
        self.labels = labels.map(\.label)
        sentenceStarts = TreeEdges(heads: heads).sentenceStarts(heads: heads)
    }
}
