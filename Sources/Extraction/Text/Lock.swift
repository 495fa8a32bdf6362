internal import Synchronization

/// A minimal mutex wrapper so `Extractor` needs no Foundation lock.
final class NSLockLike: Sendable {
    private let mutex = Mutex<Void>(())

    func withLock<T>(_ body: () throws -> T) rethrows -> T {
        try mutex.withLock { _ in try body() }
    }
}
