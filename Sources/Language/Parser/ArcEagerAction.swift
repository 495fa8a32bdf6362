/// The five move types of spaCy's arc-eager system.
enum ArcEagerMove: Int, Sendable, CaseIterable {
    /// `S`: push the first buffer word onto the stack.
    case shift
    /// `D`: pop the stack (or put a headless word back on the buffer).
    case reduce
    /// `L-label`: attach the stack top to the first buffer word and pop it.
    case left
    /// `R-label`: attach the first buffer word to the stack top and push it.
    case right
    /// `B-ROOT`: mark the second buffer word as a sentence start.
    case sentenceBreak
}

/// A dependency label as the parser predicts it: the label, and for a lifted (non-projective) arc the label of
/// the head it belongs under (`pobj||prep`), which deprojectivisation uses to find that head.
struct ArcLabel: Sendable, Hashable {
    let label: DependencyLabel
    let headLabel: DependencyLabel?

    /// The plain `ROOT` label.
    static let root = ArcLabel(label: .root, headLabel: nil)

    /// Reads `label` or `label||headLabel`; nil if a part is not a known label.
    init?(_ text: Substring) {
        if let range = text.firstRange(of: "||") {
            guard let label = DependencyLabel(rawValue: String(text[..<range.lowerBound])),
                let head = DependencyLabel(rawValue: String(text[range.upperBound...]))
            else { return nil }
            self.init(label: label, headLabel: head)
        } else {
            guard let label = DependencyLabel(rawValue: String(text)) else { return nil }
            self.init(label: label, headLabel: nil)
        }
    }

    init(label: DependencyLabel, headLabel: DependencyLabel?) {
        self.label = label
        self.headLabel = headLabel
    }
}

/// One action of the parser's output layer: a move and, for arcs and breaks, its label.
struct ArcEagerAction: Sendable, Hashable {
    let move: ArcEagerMove
    let label: ArcLabel?

    /// Parses a class name of `parser.moves` (`S`, `D`, `L-nsubj`, `R-pobj||prep`, `B-ROOT`).
    init(name: String) throws(LanguageError) {
        let problem = "parser action \"\(name)\" is not an arc-eager move with a known label"
        let parts = name.split(separator: "-", maxSplits: 1, omittingEmptySubsequences: false)
        let moves: [Substring: ArcEagerMove] = [
            "S": .shift, "D": .reduce, "L": .left, "R": .right, "B": .sentenceBreak,
        ]
        guard let move = moves[parts[0]] else {
            throw .malformedResource(name: "en_core_web_sm/weights.json", problem: problem)
        }
        self.move = move
        if parts.count == 2 {
            guard let label = ArcLabel(parts[1]) else {
                throw .malformedResource(name: "en_core_web_sm/weights.json", problem: problem)
            }
            self.label = label
        } else {
            label = nil
        }
        guard (move == .left || move == .right || move == .sentenceBreak) == (label != nil) else {
            throw .malformedResource(name: "en_core_web_sm/weights.json", problem: problem)
        }
    }
}
