/// The parsed form of a Python regular expression, before compilation.
///
/// Source: Python 3.11 `Lib/re/_parser.py`, the node kinds that spaCy's tokenizer patterns can contain.
indirect enum PatternSyntax: Sendable, Equatable {
    /// Matches the empty string.
    case empty
    /// One scalar from the set (a literal is a one-member set).
    case scalars(ScalarSet)
    /// The parts one after another.
    case sequence([PatternSyntax])
    /// The alternatives, tried left to right.
    case alternation([PatternSyntax])
    /// `body{minimum,maximum}` (maximum nil: unbounded), greedy unless `lazy`.
    case repetition(PatternSyntax, minimum: Int, maximum: Int?, lazy: Bool)
    /// `(?=…)`, `(?!…)`, `(?<=…)`, `(?<!…)`: a zero-width test.
    case lookaround(PatternSyntax, behind: Bool, negated: Bool)
    /// `^` without MULTILINE: the start of the string.
    case start
    /// `$` without MULTILINE: the end of the string, or just before a newline that ends it.
    case end

    /// The scalars a match of this node can begin with, and whether it can begin without consuming one.
    ///
    /// Zero-width assertions are treated as if they always held, so the set may be larger than needed but
    /// never smaller: a match can only start with a member, or anywhere when `mayBeEmpty`.
    var firstScalars: (set: ScalarSet, mayBeEmpty: Bool) {
        switch self {
        case .empty, .lookaround, .start, .end:
            return (ScalarSet(), true)
        case .scalars(let set):
            return (set, false)
        case .sequence(let parts):
            var ranges: [ClosedRange<UInt32>] = []
            for part in parts {
                let first = part.firstScalars
                ranges += first.set.ranges
                if !first.mayBeEmpty { return (ScalarSet(ranges: ranges), false) }
            }
            return (ScalarSet(ranges: ranges), true)
        case .alternation(let alternatives):
            var ranges: [ClosedRange<UInt32>] = []
            var mayBeEmpty = false
            for alternative in alternatives {
                let first = alternative.firstScalars
                ranges += first.set.ranges
                mayBeEmpty = mayBeEmpty || first.mayBeEmpty
            }
            return (ScalarSet(ranges: ranges), mayBeEmpty)
        case .repetition(let body, let minimum, _, _):
            let first = body.firstScalars
            return (first.set, first.mayBeEmpty || minimum == 0)
        }
    }

    /// Scalars every match must consume somewhere (a cheap test rules a text out when one is missing).
    var requiredScalars: Set<UInt32> {
        switch self {
        case .empty, .lookaround, .start, .end:
            return []
        case .scalars(let set):
            return set.singleMember.map { [$0] } ?? []
        case .sequence(let parts):
            return parts.reduce(into: Set<UInt32>()) { $0.formUnion($1.requiredScalars) }
        case .alternation(let alternatives):
            guard var common = alternatives.first?.requiredScalars else { return [] }
            for alternative in alternatives.dropFirst() { common.formIntersection(alternative.requiredScalars) }
            return common
        case .repetition(let body, let minimum, _, _):
            return minimum > 0 ? body.requiredScalars : []
        }
    }

    /// Whether every match must begin at the start of the string (a leading `^` on every path).
    var isAnchoredAtStart: Bool {
        switch self {
        case .start: true
        case .sequence(let parts): parts.first?.isAnchoredAtStart ?? false
        case .alternation(let alternatives): !alternatives.isEmpty && alternatives.allSatisfy(\.isAnchoredAtStart)
        case .repetition(let body, let minimum, _, _): minimum > 0 && body.isAnchoredAtStart
        case .empty, .scalars, .lookaround, .end: false
        }
    }

    /// The number of scalars every match consumes, or nil when matches can differ in length.
    var fixedWidth: Int? {
        switch self {
        case .empty, .lookaround, .start, .end:
            return 0
        case .scalars:
            return 1
        case .sequence(let parts):
            var total = 0
            for part in parts {
                guard let width = part.fixedWidth else { return nil }
                total += width
            }
            return total
        case .alternation(let alternatives):
            var width: Int?
            for alternative in alternatives {
                guard let own = alternative.fixedWidth, width == nil || width == own else { return nil }
                width = own
            }
            return width ?? 0
        case .repetition(let body, let minimum, let maximum, _):
            guard maximum == minimum, let width = body.fixedWidth else { return nil }
            return width * minimum
        }
    }

    /// Whether the node can match without consuming anything.
    var canMatchEmpty: Bool {
        switch self {
        case .empty, .lookaround, .start, .end: true
        case .scalars: false
        case .sequence(let parts): parts.allSatisfy(\.canMatchEmpty)
        case .alternation(let alternatives): alternatives.contains(where: \.canMatchEmpty)
        case .repetition(let body, let minimum, _, _): minimum == 0 || body.canMatchEmpty
        }
    }
}
