/// spaCy's BILUO entity transition system: its actions, state, validity rules and the NER's three context tokens.
///
/// Source: spaCy 3.8 spacy/pipeline/_parser_internals/ner.pyx (`Begin`, `In`, `Last`, `Unit`, `Out`,
/// `BiluoPushDown.set_annotations`) and _state.pxd (`set_context_tokens` for 3 features, `open_ent`, `close_ent`).
///
/// spaCy's rules also honour entities preset on the `Doc` (`ent_iob`); the pipeline has no component before the
/// NER that sets any, so those branches reduce to "no preset" here. That makes the label-less `U-` action (which
/// only marks preset blocked tokens) never valid. The rules that remain: no entity starts on a whitespace word,
/// and none extends over a sentence start the parser set.
enum BiluoMove: Int, Sendable {
    case begin, inside, last, unit, out
}

/// One action of the NER's output layer.
struct BiluoAction: Sendable, Hashable {
    let move: BiluoMove
    /// The entity type; nil for `O` and the blocking `U-`.
    let label: EntityLabel?

    /// Parses a class name of `ner.moves` (`B-ORG`, `I-DATE`, `L-GPE`, `U-PERSON`, `U-`, `O`).
    init(name: String) throws(LanguageError) {
        let problem = "NER action \"\(name)\" is not a BILUO move with a known label"
        if name == "O" {
            move = .out
            label = nil
            return
        }
        let parts = name.split(separator: "-", maxSplits: 1, omittingEmptySubsequences: false)
        let moves: [Substring: BiluoMove] = ["B": .begin, "I": .inside, "L": .last, "U": .unit]
        guard parts.count == 2, let move = moves[parts[0]] else {
            throw .malformedResource(name: "en_core_web_sm/weights.json", problem: problem)
        }
        self.move = move
        if parts[1].isEmpty, move == .unit {
            label = nil
        } else if let label = EntityLabel(rawValue: String(parts[1])) {
            self.label = label
        } else {
            throw .malformedResource(name: "en_core_web_sm/weights.json", problem: problem)
        }
    }
}

/// An entity span in token indices, `end` exclusive.
struct TokenEntity: Sendable, Hashable {
    let start: Int
    let end: Int
    let label: EntityLabel
}

/// The NER's state over a document: the next word, and the entities opened so far.
struct BiluoState: Sendable {
    /// Whether each word is whitespace (`IS_SPACE`).
    let isSpace: [Bool]
    /// Whether each word starts a sentence, as the parser left the `Doc`.
    let sentenceStarts: [Bool]
    /// The first word not yet labelled.
    private(set) var position = 0
    /// Closed entities, in text order.
    private(set) var entities: [TokenEntity] = []
    /// The first word and type of the entity being built, if one is open.
    private(set) var open: (start: Int, label: EntityLabel)?

    /// The initial state for words with these attributes.
    init(isSpace: [Bool], sentenceStarts: [Bool]) {
        precondition(isSpace.count == sentenceStarts.count)
        self.isSpace = isSpace
        self.sentenceStarts = sentenceStarts
        entities.reserveCapacity(isSpace.count)
    }

    var count: Int { isSpace.count }
    var bufferLength: Int { count - position }

    /// Whether the word after the next one starts a sentence (false past the end).
    var nextStartsSentence: Bool { position + 1 < count && sentenceStarts[position + 1] }

    fileprivate mutating func advance(opening label: EntityLabel?, closing: Bool) {
        if let label { open = (position, label) }
        if closing, let entity = open {
            entities.append(TokenEntity(start: entity.start, end: position + 1, label: entity.label))
            open = nil
        }
        position += 1
    }

    fileprivate mutating func skipToEnd() {
        position = count
    }
}

/// The BILUO system over the manifest's NER actions.
struct Biluo: TransitionSystem {
    let actions: [BiluoAction]

    var actionCount: Int { actions.count }
    var featureCount: Int { 3 }

    /// The system whose actions are `names` (`manifest.ner.actions`).
    init(actionNames names: [String]) throws(LanguageError) {
        var actions: [BiluoAction] = []
        for name in names { actions.append(try BiluoAction(name: name)) }
        self.actions = actions
    }

    /// Whether the action at `index` may be taken in `state`.
    func isValid(action index: Int, in state: BiluoState) -> Bool {
        let action = actions[index]
        let isOpen = state.open != nil
        switch action.move {
        case .begin:
            return !isOpen && state.bufferLength >= 2 && action.label != nil && !state.nextStartsSentence
                && !state.isSpace[state.position]
        case .inside:
            guard let entity = state.open, state.bufferLength >= 2, let label = action.label else { return false }
            return entity.label == label && !state.nextStartsSentence
        case .last:
            guard let entity = state.open, let label = action.label else { return false }
            return entity.label == label
        case .unit:
            return action.label != nil && !isOpen && !state.isSpace[state.position]
        case .out:
            return !isOpen
        }
    }

    func isFinal(_ state: BiluoState) -> Bool { state.bufferLength <= 0 }

    /// B0; the first word of the open entity; the word before B0 when both exist.
    func contextTokens(of state: BiluoState, into tokens: UnsafeMutableBufferPointer<Int>) {
        let first = state.position < state.count ? state.position : -1
        let entityStart = state.open?.start ?? -1
        tokens[0] = first
        tokens[1] = entityStart
        tokens[2] = first < 0 || entityStart < 0 ? -1 : first - 1
    }

    func bestValidAction(in state: BiluoState, scores: UnsafeBufferPointer<Float>) -> Int? {
        var best = -1
        for action in 0..<actions.count where isValid(action: action, in: state) {
            if best < 0 || scores[action] > scores[best] { best = action }
        }
        return best < 0 ? nil : best
    }

    func apply(_ index: Int, to state: inout BiluoState) {
        let action = actions[index]
        switch action.move {
        case .begin: state.advance(opening: action.label, closing: false)
        case .inside, .out: state.advance(opening: nil, closing: false)
        case .last: state.advance(opening: nil, closing: true)
        case .unit: state.advance(opening: action.label, closing: true)
        }
    }

    func forceFinal(_ state: inout BiluoState) {
        state.skipToEnd()
    }
}
