import Synchronization

/// How far a long computation has got, advanced by the worker threads and read by a progress display.
///
/// The computation advances `completed`; the display reads it from its own thread, with the label, the
/// total (nil while it is unknown, or for work that cannot be counted, such as a Graphviz layout) and the
/// time it started. Nothing here prints: the command line decides whether a display is shown.
public final class WorkProgress: Sendable, Hashable {
    private let done = Atomic<Int>(0)
    private let state: Mutex<(label: String, total: Int?)>

    /// A counter for work named `label` ("documents", "sources"), of `total` units when known.
    public init(label: String, total: Int? = nil) {
        state = Mutex((label, total))
    }

    /// What is being counted.
    public var label: String { state.withLock { $0.label } }
    /// Units of work in all, nil when unknown.
    public var total: Int? { state.withLock { $0.total } }
    /// Units done so far.
    public var completed: Int { done.load(ordering: .relaxed) }

    /// Starts a new stage: another label and total, the count back at `completed`.
    public func begin(_ label: String, total: Int?, completed: Int = 0) {
        state.withLock { $0 = (label, total) }
        done.store(completed, ordering: .relaxed)
    }

    /// Records `units` more done; safe from any thread.
    public func advance(by units: Int = 1) {
        done.add(units, ordering: .relaxed)
    }

    /// Sets the count done.
    public func set(completed: Int) {
        done.store(completed, ordering: .relaxed)
    }

    public static func == (lhs: WorkProgress, rhs: WorkProgress) -> Bool { lhs === rhs }
    public func hash(into hasher: inout Hasher) { hasher.combine(ObjectIdentifier(self)) }
}
