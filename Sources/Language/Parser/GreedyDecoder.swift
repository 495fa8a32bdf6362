/// A transition system as the greedy decoder drives it: context tokens, validity, and moves on a state value.
protocol TransitionSystem: Sendable {
    associatedtype State

    /// Number of actions, in the class order of the model's upper layer.
    var actionCount: Int { get }
    /// Number of context tokens a state gives the model.
    var featureCount: Int { get }

    /// Whether no action remains to be taken.
    func isFinal(_ state: State) -> Bool
    /// Writes the state's context tokens, −1 where a slot is empty (`StateC.set_context_tokens`).
    func contextTokens(of state: State, into tokens: UnsafeMutableBufferPointer<Int>)
    /// The valid action with the highest score, the first on a tie; nil when no action is valid.
    func bestValidAction(in state: State, scores: UnsafeBufferPointer<Float>) -> Int?
    /// Takes `action`, which must be valid.
    func apply(_ action: Int, to state: inout State)
    /// Ends the analysis where no action is valid (`StateC.force_final`); the loop goes on if that is not final.
    func forceFinal(_ state: inout State)
}

/// What a greedy run did: every action and context, and the scores of the first states (for tests and debugging).
struct DecodingTranscript: Sendable, Equatable {
    /// How many states' scores to keep.
    let scoredStates: Int
    /// The action taken in each state.
    var actions: [Int] = []
    /// The context tokens of each state.
    var contexts: [[Int]] = []
    /// The action scores of the first `scoredStates` states.
    var scores: [[Float]] = []

    init(scoredStates: Int) {
        self.scoredStates = scoredStates
    }
}

/// The greedy parse loop: score the state, take the best valid action, until the state is final.
///
/// Source: spaCy 3.8 spacy/pipeline/transition_parser.pyx (`_parseC`, `c_transition_batch`) and
/// spacy/ml/parser_model.pyx (`arg_max_if_valid`).
enum GreedyDecoder {
    /// Runs `system` from `state` to its final state with `model`'s scores over `features`.
    static func decode<System: TransitionSystem>(
        _ system: System, state: inout System.State, model: StateModel, features: PrecomputedFeatures,
        transcript: inout DecodingTranscript?
    ) {
        precondition(system.actionCount == model.actionCount && system.featureCount == model.featureCount)
        var workspace = StateModelWorkspace(model: model)
        var tokens = [Int](repeating: -1, count: model.featureCount)
        while !system.isFinal(state) {
            tokens.withUnsafeMutableBufferPointer { system.contextTokens(of: state, into: $0) }
            tokens.withUnsafeBufferPointer { model.score(tokens: $0, features: features, workspace: &workspace) }
            let action = workspace.withScores { system.bestValidAction(in: state, scores: $0) }
            if transcript != nil { record(action, tokens: tokens, scores: workspace.scores, in: &transcript) }
            if let action {
                system.apply(action, to: &state)
            } else {
                system.forceFinal(&state)
            }
        }
    }

    private static func record(_ action: Int?, tokens: [Int], scores: [Float], in transcript: inout DecodingTranscript?)
    {
        guard var record = transcript else { return }
        transcript = nil
        record.actions.append(action ?? -1)
        record.contexts.append(tokens)
        if record.scores.count < record.scoredStates { record.scores.append(scores) }
        transcript = record
    }
}
