import ActorGraphCore
import Dispatch
import Foundation

/// A live progress line on standard error — a bar, the count, the rate and the time left — for long work
/// on a terminal: never when standard error is not a terminal (a log, a pipe) or with `--quiet`.
///
/// It redraws from a ``WorkProgress`` five times a second on its own thread, so the work never waits for the
/// terminal; for work that cannot be counted (a Graphviz layout) it shows what is being done and for how
/// long. The line goes through ``Terminal/progress(_:)``, which escapes what it does not write on purpose.
final class ProgressDisplay: @unchecked Sendable {
    private let progress: WorkProgress
    private let started = DispatchTime.now()
    private let timer: any DispatchSourceTimer
    private let lock = NSLock()
    private var shown = false
    private var finished = false

    /// Starts showing `progress`, or returns nil when no display is wanted.
    init?(_ progress: WorkProgress, enabled: Bool) {
        guard enabled && standardErrorIsTerminal else { return nil }
        self.progress = progress
        timer = DispatchSource.makeTimerSource(queue: DispatchQueue.global(qos: .utility))
        // The first line is drawn here, not by the timer: on a loaded machine the timer's thread may first run
        // after short work has ended, and whether a line appeared would depend on the load.
        draw()
        timer.schedule(deadline: .now() + 0.2, repeating: 0.2)
        timer.setEventHandler { [weak self] in self?.draw() }
        timer.resume()
    }

    /// Runs `work` with a display of `progress` when `enabled`, and clears the line afterwards.
    static func showing<Result>(_ progress: WorkProgress, enabled: Bool, _ work: () throws -> Result) rethrows
        -> Result
    {
        let display = ProgressDisplay(progress, enabled: enabled)
        defer { display?.finish() }
        return try work()
    }

    private func draw() {
        let elapsed = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9
        let line = Self.line(
            label: progress.label, completed: progress.completed, total: progress.total, elapsed: elapsed,
            columns: Self.columns())
        lock.withLock {
            // A redraw already under way when the work ended must not write after the line was cleared.
            guard !finished else { return }
            shown = true
            Terminal.progress(line)
        }
    }

    /// Stops redrawing and clears the line.
    func finish() {
        timer.cancel()
        lock.withLock {
            if shown { Terminal.endProgress() }
            shown = false
            finished = true
        }
    }

    /// `[=========>          ]  45/100 documents  12.3/s  ETA 4s`, or `laying out … 3.1s` without a total;
    /// cut to `columns`.
    static func line(label: String, completed: Int, total: Int?, elapsed: Double, columns: Int) -> String {
        guard let total, total > 0 else {
            return String("\(label) … \(duration(elapsed))".prefix(max(columns - 1, 10)))
        }
        let done = min(max(completed, 0), total)
        let width = 20
        let filled = done * width / total
        let bar =
            String(repeating: "=", count: filled) + (filled < width ? ">" : "")
            + String(repeating: " ", count: max(0, width - filled - 1))
        let rate = elapsed > 0 ? Double(done) / elapsed : 0
        let eta = done > 0 && rate > 0 && done < total ? "ETA " + duration(Double(total - done) / rate) : "ETA –"
        let text = "[\(bar)] \(done)/\(total) \(label)  \(String(format: "%.1f", rate))/s  \(eta)"
        return String(text.prefix(max(columns - 1, 10)))
    }

    /// `4s`, `2m05s`, `1h02m`.
    static func duration(_ seconds: Double) -> String {
        let total = Int(seconds.rounded())
        if total < 60 { return "\(max(total, 0))s" }
        if total < 3600 { return String(format: "%dm%02ds", total / 60, total % 60) }
        return String(format: "%dh%02dm", total / 3600, total % 3600 / 60)
    }

    /// The terminal's width, 80 when it cannot be told.
    private static func columns() -> Int {
        var size = winsize()
        guard ioctl(STDERR_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return 80 }
        return Int(size.ws_col)
    }
}
