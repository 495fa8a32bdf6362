internal import Synchronization

/// A minimal mutex (Synchronization.Mutex) guarding the parallel result slots.
final class Lock: Sendable {
    private let mutex = Mutex<Void>(())

    func withLock<T>(_ body: () throws -> T) rethrows -> T {
        try mutex.withLock { _ in try body() }
    }
}
