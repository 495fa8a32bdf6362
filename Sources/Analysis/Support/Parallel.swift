import Dispatch
import Synchronization

/// Runs independent work on several threads and returns each worker's result in worker order.
enum Parallel {
    /// The default number of workers: the active cores.
    static var defaultWorkers: Int { max(1, ProcessInfoShim.activeProcessorCount) }

    /// Calls `body(worker)` for `worker` in `0..<workers`, concurrently, and returns the results in worker order.
    ///
    /// Merging in worker order (never in completion order) keeps floating-point sums reproducible.
    static func map<Result: Sendable>(workers: Int, _ body: @Sendable (Int) -> Result) -> [Result] {
        if workers <= 1 { return [body(0)] }
        let slots = Mutex<[Result?]>(Array(repeating: nil, count: workers))
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            let result = body(worker)
            slots.withLock { $0[worker] = result }
        }
        return slots.withLock { $0.compactMap { $0 } }
    }

    /// Sums equal-length arrays element-wise, in order.
    static func sum(_ parts: [[Double]]) -> [Double] {
        guard var total = parts.first else { return [] }
        for part in parts.dropFirst() {
            for i in total.indices { total[i] += part[i] }
        }
        return total
    }
}
