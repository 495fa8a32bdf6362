/// Reusable memory for matching: the backtracking stack, kept between calls so matching does not allocate.
struct PatternScratch {
    fileprivate var stack: [PatternBacktrack] = []

    init() { stack.reserveCapacity(256) }
}

/// A choice point to come back to: where to continue, at which text position, and for a branch the next
/// candidate to try (0 otherwise).
struct PatternBacktrack {
    var instruction: Int32
    var position: Int32
    var cursor: Int32
}

/// Runs a `PatternProgram` over a text of scalar values, backtracking like Python's `_sre`.
///
/// Source: Python 3.11 `Modules/_sre/sre_lib.h` (`SRE(match)`, `SRE(search)`): leftmost match, alternatives in
/// order, greedy repeats giving back one at a time, atomic lookarounds, lookbehind starting its fixed width
/// back, `$` also before a final newline, an empty match rejected where the search must advance.
extension PatternProgram {
    /// The end of the first match starting at `position` whose end is at least `minimumEnd`, or nil.
    ///
    /// The string is `text[lower..<upper]`: `^` holds at `lower`, `$` at `upper`, lookbehinds see nothing before
    /// `lower`.
    func match(
        from entry: Int, at position: Int, lower: Int, upper: Int, minimumEnd: Int, text: [UInt32],
        scratch: inout PatternScratch
    ) -> Int? {
        let base = scratch.stack.count
        var instruction = entry
        var position = position
        var cursor: Int32 = 0
        while true {
            var succeeded = true
            switch instructions[instruction] {
            case .scalar(let scalar):
                if position < upper && text[position] == scalar {
                    position += 1
                    instruction += 1
                } else {
                    succeeded = false
                }
            case .set(let index):
                if position < upper && classes.contains(index, text[position]) {
                    position += 1
                    instruction += 1
                } else {
                    succeeded = false
                }
            case .split(let preferred, let other):
                scratch.stack.append(PatternBacktrack(instruction: other, position: Int32(position), cursor: 0))
                instruction = Int(preferred)
            case .jump(let target):
                instruction = Int(target)
            case .branch(let index):
                let dispatch = dispatches[Int(index)]
                if let (alternative, next) = candidate(dispatch, at: position, upper: upper, text: text, from: cursor) {
                    if let next {
                        scratch.stack.append(
                            PatternBacktrack(instruction: Int32(instruction), position: Int32(position), cursor: next))
                    }
                    cursor = 0
                    instruction = Int(dispatchPool[Int(dispatch.entries + alternative)])
                } else {
                    cursor = 0
                    succeeded = false
                }
            case .lookaround(let index):
                let test = lookarounds[Int(index)]
                var holds = false
                if test.behind {
                    let from = position - Int(test.width)
                    holds =
                        from >= lower
                        && match(
                            from: Int(test.entry), at: from, lower: lower, upper: upper, minimumEnd: 0, text: text,
                            scratch: &scratch) != nil
                } else {
                    holds =
                        match(
                            from: Int(test.entry), at: position, lower: lower, upper: upper, minimumEnd: 0, text: text,
                            scratch: &scratch) != nil
                }
                if holds != test.negated { instruction += 1 } else { succeeded = false }
            case .start:
                if position == lower { instruction += 1 } else { succeeded = false }
            case .end:
                if position == upper || (position + 1 == upper && text[position] == 10) {
                    instruction += 1
                } else {
                    succeeded = false
                }
            case .match:
                if position >= minimumEnd {
                    scratch.stack.removeSubrange(base...)
                    return position
                }
                succeeded = false
            }
            if succeeded { continue }
            guard scratch.stack.count > base, let back = scratch.stack.popLast() else { return nil }
            instruction = Int(back.instruction)
            position = Int(back.position)
            cursor = back.cursor
        }
    }

    /// The first alternative of `dispatch` at or after candidate number `start` that can begin at `position`,
    /// with the number of the following candidate if there may be one.
    @inline(__always)
    private func candidate(
        _ dispatch: PatternDispatch, at position: Int, upper: Int, text: [UInt32], from start: Int32
    ) -> (alternative: Int32, next: Int32?)? {
        guard position < upper else {
            guard start < dispatch.atEndCount else { return nil }
            return (dispatchPool[Int(dispatch.atEnd + start)], start + 1 < dispatch.atEndCount ? start + 1 : nil)
        }
        let scalar = text[position]
        if scalar < 128 {
            let slot = Int(dispatchPool[Int(dispatch.asciiOffsets) + Int(scalar)]) + Int(start)
            let end = Int(dispatchPool[Int(dispatch.asciiOffsets) + Int(scalar) + 1])
            guard slot < end else { return nil }
            return (dispatchPool[slot], slot + 1 < end ? start + 1 : nil)
        }
        var index = start
        while index < dispatch.wideCount {
            let pair = Int(dispatch.wide + 2 * index)
            let classIndex = dispatchPool[pair + 1]
            if classIndex < 0 || classes.contains(classIndex, scalar) {
                return (dispatchPool[pair], index + 1 < dispatch.wideCount ? index + 1 : nil)
            }
            index += 1
        }
        return nil
    }
}
