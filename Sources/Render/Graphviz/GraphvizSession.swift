import CGraphviz
import Synchronization

/// The one process-wide Graphviz context and the lock that serialises every call into Graphviz.
///
/// Graphviz keeps global state (the parser, error level, plugin tables) and is not thread-safe: parallel
/// renders crashed with SIGSEGV. Freeing a context after each render left the pango plugin with a dangling
/// pointer (ASan heap-use-after-free in `textspan_size`), so the context is created once, lazily, under the
/// lock, and lives for the process. See docs/graphviz.md.
enum GraphvizSession {
    /// The context pointer; only ever touched while holding `lock`.
    struct Context: @unchecked Sendable {
        let gvc: OpaquePointer
    }

    private static let lock = Mutex<Context?>(nil)

    /// Runs `body` with the lock held and the context created, messages collected from Graphviz's error channel.
    ///
    /// `body` receives the context; the messages Graphviz reported while it ran are returned with its result.
    static func withContext<Result>(
        _ body: (OpaquePointer) throws(RenderError) -> Result
    ) throws(RenderError) -> (result: Result, messages: [String]) {
        try lock.withLock { (context: inout Context?) throws(RenderError) -> (result: Result, messages: [String]) in
            GraphvizMessages.begin()
            let gvc: OpaquePointer
            if let existing = context {
                gvc = existing.gvc
            } else {
                guard let created = gvContext() else {
                    throw .layoutFailed(
                        engine: "any",
                        message: "gvContext() returned NULL: \(GraphvizMessages.take().joined(separator: " "))")
                }
                context = Context(gvc: created)
                gvc = created
            }
            defer { _ = agseterrf(nil) }
            let result = try body(gvc)
            return (result, GraphvizMessages.take())
        }
    }
}

/// Graphviz's error and warning text, captured through `agseterrf` instead of going to stderr.
///
/// Graphviz hands the user callback fragments ("Error", ": ", the message); they are joined here and split
/// into lines. The buffer is global because a C callback cannot capture context; it is only touched while
/// `GraphvizSession`'s lock is held.
enum GraphvizMessages {
    nonisolated(unsafe) private static var buffer = ""

    /// Clears the buffer and routes every Graphviz message (warnings too) to it.
    static func begin() {
        buffer = ""
        _ = agseterrf(collect)
        _ = agseterr(AGWARN)
        _ = agreseterrors()
    }

    /// The messages since `begin()`, one per line, trimmed, empty lines dropped.
    static func take() -> [String] {
        let lines = buffer.split(whereSeparator: \.isNewline)
            .map { String($0.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed()) }
            .filter { !$0.isEmpty }
        buffer = ""
        return lines
    }

    /// The messages since `begin()` as one line, with the "Error: " prefix Graphviz adds removed.
    static func takeJoined() -> String {
        let lines = take().map { line -> String in
            for prefix in ["Error: ", "Warning: "] where line.hasPrefix(prefix) {
                return String(line.dropFirst(prefix.count))
            }
            return line
        }
        return lines.isEmpty ? "no message from Graphviz" : lines.joined(separator: " ")
    }

    private static let collect: @convention(c) (UnsafeMutablePointer<CChar>?) -> Int32 = { fragment in
        if let fragment { GraphvizMessages.buffer += String(cString: fragment) }
        return 0
    }
}
