/// One step of a compiled pattern (a backtracking machine in the style of Python's `_sre`).
enum PatternInstruction: Sendable, Equatable {
    /// Consume this scalar.
    case scalar(UInt32)
    /// Consume a scalar of class `index`.
    case set(Int32)
    /// Continue at `preferred`; on failure, come back and continue at `other`.
    case split(preferred: Int32, other: Int32)
    /// Continue at the target.
    case jump(Int32)
    /// Try the alternatives of dispatch `index` in order, skipping those that cannot start here.
    case branch(Int32)
    /// Test `lookarounds[index]` without consuming.
    case lookaround(Int32)
    /// Succeed only at the start of the string.
    case start
    /// Succeed only at the end of the string or before a final newline.
    case end
    /// The (sub-)pattern has matched.
    case match
}

/// The character classes of a program, flattened so a membership test touches no reference-counted value.
struct PatternClasses: Sendable {
    /// Per class: the ASCII masks and where its wide ranges lie in `bounds`.
    private var headers: [(low: UInt64, high: UInt64, first: Int32, count: Int32)] = []
    /// Inclusive (lower, upper) pairs of every class's ranges above ASCII, sorted within each class.
    private var bounds: [UInt32] = []
    private var known: [ScalarSet] = []

    /// The index of `set`, adding it if new.
    mutating func index(of set: ScalarSet) -> Int32 {
        if let existing = known.firstIndex(of: set) { return Int32(existing) }
        let masks = set.asciiMasks
        let wide = set.wideRanges
        headers.append((masks.low, masks.high, Int32(bounds.count / 2), Int32(wide.count)))
        for range in wide { bounds += [range.lowerBound, range.upperBound] }
        known.append(set)
        return Int32(known.count - 1)
    }

    /// Whether class `index` holds `scalar`.
    @inline(__always)
    func contains(_ index: Int32, _ scalar: UInt32) -> Bool {
        let header = headers[Int(index)]
        if scalar < 64 { return header.low & (1 << UInt64(scalar)) != 0 }
        if scalar < 128 { return header.high & (1 << UInt64(scalar - 64)) != 0 }
        var low = Int(header.first)
        var high = low + Int(header.count)
        let end = high
        while low < high {
            let middle = (low + high) >> 1
            if bounds[2 * middle + 1] < scalar { low = middle + 1 } else { high = middle }
        }
        return low < end && bounds[2 * low] <= scalar
    }
}

/// An alternation's entry points, indexed by the scalar at which it is tried (offsets into `dispatchPool`).
///
/// Python tries alternatives left to right; an alternative whose first scalar cannot be the current one
/// fails at once there, so skipping it gives the same result as trying it.
struct PatternDispatch: Sendable {
    /// Where the alternatives' first instructions start (one per alternative).
    var entries: Int32 = 0
    /// Where the 129 ASCII offsets start: the candidates for ASCII `c` are the pool entries from offset `c`
    /// to offset `c + 1`, as alternative numbers.
    var asciiOffsets: Int32 = 0
    /// Where the (alternative, class or -1) pairs of the alternatives that may start above ASCII start, and
    /// how many there are (-1: may start without consuming, always try it).
    var wide: Int32 = 0
    var wideCount: Int32 = 0
    /// The alternatives that may match at the end of the string.
    var atEnd: Int32 = 0
    var atEndCount: Int32 = 0
}

/// A zero-width test compiled as its own sub-program.
struct PatternLookaround: Sendable {
    /// The sub-program's first instruction.
    var entry: Int32
    /// Lookbehind (match the body ending here) rather than lookahead.
    var behind: Bool
    var negated: Bool
    /// For a lookbehind: the body's fixed width, so its match starts `width` scalars back.
    var width: Int32
}

/// A pattern compiled to instructions, with the facts the search uses to skip hopeless positions.
struct PatternProgram: Sendable {
    var instructions: [PatternInstruction] = []
    var classes = PatternClasses()
    var dispatches: [PatternDispatch] = []
    var dispatchPool: [Int32] = []
    var lookarounds: [PatternLookaround] = []
    /// Scalars every match consumes: a text lacking one cannot match.
    var requiredScalars: [UInt32] = []
    /// Every match starts at the start of the string.
    var anchoredAtStart = false
    /// Where a match can start: at a member of class `firstClass`, or anywhere if `mayStartEmpty`.
    var firstClass: Int32 = 0
    var mayStartEmpty = true
}

/// Turns a parsed pattern into a `PatternProgram`.
///
/// Source: the code generation of Python 3.11 `Lib/re/_compiler.py`, simplified: `{m,n}` is unrolled into
/// `m` copies and `n - m` nested optional copies (greedy order preserved), unbounded repeats loop.
struct PatternCompiler {
    private var program = PatternProgram()
    private var pendingLookarounds: [(index: Int, body: PatternSyntax)] = []

    /// Compiles `syntax`; the main program starts at instruction 0.
    static func compile(_ syntax: PatternSyntax) -> PatternProgram {
        var compiler = PatternCompiler()
        compiler.emit(syntax)
        compiler.append(.match)
        while !compiler.pendingLookarounds.isEmpty {
            let (index, body) = compiler.pendingLookarounds.removeFirst()
            compiler.program.lookarounds[index].entry = Int32(compiler.program.instructions.count)
            compiler.emit(body)
            compiler.append(.match)
        }
        let first = syntax.firstScalars
        compiler.program.firstClass = compiler.program.classes.index(of: first.set)
        compiler.program.mayStartEmpty = first.mayBeEmpty
        compiler.program.anchoredAtStart = syntax.isAnchoredAtStart
        compiler.program.requiredScalars = syntax.requiredScalars.sorted()
        return compiler.program
    }

    private var here: Int32 { Int32(program.instructions.count) }

    private mutating func append(_ instruction: PatternInstruction) {
        program.instructions.append(instruction)
    }

    private mutating func emit(_ syntax: PatternSyntax) {
        switch syntax {
        case .empty:
            break
        case .scalars(let set):
            if let single = set.singleMember {
                append(.scalar(single))
            } else {
                append(.set(program.classes.index(of: set)))
            }
        case .sequence(let parts):
            for part in parts { emit(part) }
        case .alternation(let alternatives):
            emitAlternation(alternatives)
        case .repetition(let body, let minimum, let maximum, let lazy):
            emitRepetition(body, minimum: minimum, maximum: maximum, lazy: lazy)
        case .lookaround(let body, let behind, let negated):
            program.lookarounds.append(
                PatternLookaround(entry: -1, behind: behind, negated: negated, width: Int32(body.fixedWidth ?? 0)))
            pendingLookarounds.append((program.lookarounds.count - 1, body))
            append(.lookaround(Int32(program.lookarounds.count - 1)))
        case .start:
            append(.start)
        case .end:
            append(.end)
        }
    }

    private mutating func emitAlternation(_ alternatives: [PatternSyntax]) {
        let dispatchIndex = program.dispatches.count
        program.dispatches.append(PatternDispatch())
        append(.branch(Int32(dispatchIndex)))
        var entries: [Int32] = []
        var exits: [Int] = []
        for alternative in alternatives {
            entries.append(here)
            emit(alternative)
            exits.append(program.instructions.count)
            append(.jump(-1))
        }
        for exit in exits { program.instructions[exit] = .jump(here) }

        let firsts = alternatives.map(\.firstScalars)
        var dispatch = PatternDispatch()
        dispatch.entries = Int32(program.dispatchPool.count)
        program.dispatchPool += entries
        var ascii: [Int32] = []
        var offsets: [Int32] = []
        for scalar in UInt32(0)..<128 {
            offsets.append(Int32(ascii.count))
            for (index, first) in firsts.enumerated() where first.mayBeEmpty || first.set.contains(scalar) {
                ascii.append(Int32(index))
            }
        }
        offsets.append(Int32(ascii.count))
        dispatch.asciiOffsets = Int32(program.dispatchPool.count)
        let candidatesStart = Int32(program.dispatchPool.count + offsets.count)
        program.dispatchPool += offsets.map { $0 + candidatesStart }
        program.dispatchPool += ascii
        var wide: [Int32] = []
        var atEnd: [Int32] = []
        for (index, first) in firsts.enumerated() {
            if first.mayBeEmpty {
                wide += [Int32(index), -1]
                atEnd.append(Int32(index))
            } else if first.set.hasNonASCII {
                wide += [Int32(index), program.classes.index(of: first.set)]
            }
        }
        dispatch.wide = Int32(program.dispatchPool.count)
        dispatch.wideCount = Int32(wide.count / 2)
        program.dispatchPool += wide
        dispatch.atEnd = Int32(program.dispatchPool.count)
        dispatch.atEndCount = Int32(atEnd.count)
        program.dispatchPool += atEnd
        program.dispatches[dispatchIndex] = dispatch
    }

    private mutating func emitRepetition(_ body: PatternSyntax, minimum: Int, maximum: Int?, lazy: Bool) {
        for _ in 0..<minimum { emit(body) }
        guard let maximum else {
            // loop: split(body, exit); body; jump loop; exit:
            let loop = program.instructions.count
            append(.jump(-1))
            emit(body)
            append(.jump(Int32(loop)))
            program.instructions[loop] = split(into: Int32(loop + 1), orSkipTo: here, lazy: lazy)
            return
        }
        var splits: [Int] = []
        for _ in minimum..<maximum {
            splits.append(program.instructions.count)
            append(.jump(-1))
            emit(body)
        }
        for split in splits {
            program.instructions[split] = self.split(into: Int32(split + 1), orSkipTo: here, lazy: lazy)
        }
    }

    private func split(into body: Int32, orSkipTo exit: Int32, lazy: Bool) -> PatternInstruction {
        lazy ? .split(preferred: exit, other: body) : .split(preferred: body, other: exit)
    }
}
