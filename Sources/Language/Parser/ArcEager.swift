/// spaCy's arc-eager transition system with its validity rules, moves and the parser's eight context tokens.
///
/// Source: spaCy 3.8 spacy/pipeline/_parser_internals/arc_eager.pyx (`Shift`, `Reduce`, `LeftArc`, `RightArc`,
/// `Break`, `ArcEager.set_valid`) and _state.pxd (`set_context_tokens` for 8 features).
///
/// Validity depends only on the move type (this model has no `subtok` label, the one label-specific rule), so
/// a step checks five rules and then scans the actions. spaCy's `cannot_sent_start` reads sentence boundaries
/// preset as "not a start" on the `Doc`; documents reach the parser without any, so that rule never fires and is
/// left out. Whitespace tokens get no special treatment here (arc_eager.pyx never reads `IS_SPACE`).
struct ArcEager: TransitionSystem {
    /// The actions in the model's class order.
    let actions: [ArcEagerAction]
    private let moveOfAction: [UInt8]

    var actionCount: Int { actions.count }
    var featureCount: Int { 8 }

    /// The system whose actions are `names` (`manifest.parser.actions`).
    init(actionNames names: [String]) throws(LanguageError) {
        var actions: [ArcEagerAction] = []
        for name in names { actions.append(try ArcEagerAction(name: name)) }
        self.actions = actions
        moveOfAction = actions.map { UInt8($0.move.rawValue) }
    }

    /// Whether `move` may be taken in `state`.
    func isValid(_ move: ArcEagerMove, in state: ArcEagerState) -> Bool {
        switch move {
        case .shift:
            if state.stackDepth == 0 { return true }
            if state.bufferLength < 2 { return false }
            let first = state.bufferWord(0)
            return !state.isSentenceStart(first) && !state.isUnshiftable(first)
        case .reduce:
            return state.stackDepth > 0
        case .left, .right:
            return state.stackDepth > 0 && state.bufferLength > 0 && !state.isSentenceStart(state.bufferWord(0))
        case .sentenceBreak:
            guard state.bufferLength >= 2 else { return false }
            let second = state.bufferWord(1)
            return second == state.bufferWord(0) + 1 && !state.isSentenceStart(second)
        }
    }

    /// Whether the action at `index` may be taken in `state`.
    func isValid(action index: Int, in state: ArcEagerState) -> Bool {
        isValid(actions[index].move, in: state)
    }

    func isFinal(_ state: ArcEagerState) -> Bool { state.isFinal }

    /// B0, B1, S0, S1, S2, the last left child of B0, the last left and right children of S0.
    func contextTokens(of state: ArcEagerState, into tokens: UnsafeMutableBufferPointer<Int>) {
        let first = state.bufferWord(0)
        let top = state.stackWord(0)
        tokens[0] = first
        tokens[1] = state.bufferWord(1)
        tokens[2] = top
        tokens[3] = state.stackWord(1)
        tokens[4] = state.stackWord(2)
        tokens[5] = state.lastLeftChild(of: first)
        tokens[6] = state.lastLeftChild(of: top)
        tokens[7] = state.lastRightChild(of: top)
    }

    func bestValidAction(in state: ArcEagerState, scores: UnsafeBufferPointer<Float>) -> Int? {
        // One bit per move type, so the scan over the actions tests a bit instead of re-checking rules.
        var validMoves: UInt8 = 0
        if isValid(.shift, in: state) { validMoves |= 1 << ArcEagerMove.shift.rawValue }
        if isValid(.reduce, in: state) { validMoves |= 1 << ArcEagerMove.reduce.rawValue }
        if isValid(.left, in: state) { validMoves |= 1 << ArcEagerMove.left.rawValue }
        if isValid(.right, in: state) { validMoves |= 1 << ArcEagerMove.right.rawValue }
        if isValid(.sentenceBreak, in: state) { validMoves |= 1 << ArcEagerMove.sentenceBreak.rawValue }
        return moveOfAction.withUnsafeBufferPointer { moves in
            var best = -1
            for action in 0..<moves.count where validMoves & (1 << moves[action]) != 0 {
                if best < 0 || scores[action] > scores[best] { best = action }
            }
            return best < 0 ? nil : best
        }
    }

    func apply(_ index: Int, to state: inout ArcEagerState) {
        let action = actions[index]
        switch action.move {
        case .shift:
            state.push()
        case .reduce:
            if state.hasHead(state.stackWord(0)) || state.stackDepth == 1 {
                state.pop()
            } else {
                state.unshift()
            }
        case .left:
            let first = state.bufferWord(0)
            state.addArc(head: first, child: state.stackWord(0), label: action.label ?? .root)
            // Changing the stack means the word can be shifted again without looping.
            state.setReshiftable(first)
            state.pop()
        case .right:
            state.addArc(head: state.stackWord(0), child: state.bufferWord(0), label: action.label ?? .root)
            state.push()
        case .sentenceBreak:
            state.setSentenceStart(state.bufferWord(1))
        }
    }

    func forceFinal(_ state: inout ArcEagerState) {
        state.forceFinal()
    }
}
