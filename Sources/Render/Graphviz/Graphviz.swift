import CGraphviz

/// Safe, serialised access to Graphviz in-process: parse, lay out and render DOT text.
///
/// Every call takes the module's one lock; every handle is released exactly once in a `defer` placed right
/// after it is acquired (`agclose`, `gvFreeLayout`, `gvFreeRenderData`). Graphviz's messages never reach
/// stderr: errors become `RenderError` values carrying Graphviz's own text, warnings are returned.
public enum Graphviz {
    /// Lays out `dot` with `engine` and renders it as `format`, returning the output bytes.
    public static func render(dot: String, engine: LayoutEngine, format: OutputFormat) throws(RenderError) -> [UInt8] {
        try renderWithWarnings(dot: dot, engineName: engine.rawValue, formatName: format.rawValue).bytes
    }

    /// Parses `dot` with Graphviz's own parser (`agmemread`) and throws `invalidDOT` with its message if it fails.
    public static func validate(dot: String) throws(RenderError) {
        _ = try GraphvizSession.withContext { _ throws(RenderError) in
            let graph = try read(dot)
            agclose(graph)
        }
    }

    /// The Graphviz library version, `2.43.0` here.
    public static var version: String {
        let version = try? GraphvizSession.withContext { gvc throws(RenderError) -> String in
            guard let text = gvcVersion(gvc) else { return "unknown" }
            return String(cString: text)
        }
        return version?.result ?? "unknown"
    }

    /// As `render`, with engine and format given by Graphviz name, and Graphviz's warnings returned.
    static func renderWithWarnings(
        dot: String, engineName: String, formatName: String
    ) throws(RenderError) -> (bytes: [UInt8], warnings: [String]) {
        let (bytes, warnings) = try GraphvizSession.withContext { gvc throws(RenderError) -> [UInt8] in
            let graph = try read(dot)
            defer { agclose(graph) }

            let layoutStatus = gvLayout(gvc, graph, engineName)
            defer { gvFreeLayout(gvc, graph) }
            guard layoutStatus == 0 else {
                throw .layoutFailed(engine: engineName, message: GraphvizMessages.takeJoined())
            }

            var data: UnsafeMutablePointer<CChar>?
            var length: UInt32 = 0
            let renderStatus = gvRenderData(gvc, graph, formatName, &data, &length)
            // Freed even when rendering failed: a failed gvRenderData still allocates its buffer.
            defer { gvFreeRenderData(data) }
            guard renderStatus == 0, let data else {
                throw .renderFailed(format: formatName, message: GraphvizMessages.takeJoined())
            }
            return UnsafeRawBufferPointer(start: data, count: Int(length)).map { $0 }
        }
        return (bytes, warnings)
    }

    /// Parses DOT text; the caller owns the graph and must `agclose` it.
    private static func read(_ dot: String) throws(RenderError) -> UnsafeMutablePointer<Agraph_t> {
        // The lexer's line counter is global and only reset per file, so reset it per string for honest messages.
        // Every parse ends on a newline, so the lexer is left in the same state whatever the caller passed.
        agreadline(0)
        let text = dot.hasSuffix("\n") ? dot : dot + "\n"
        guard let graph = text.withCString({ agmemread($0) }) else {
            let message = GraphvizMessages.takeJoined()
            resynchroniseLexer()
            throw .invalidDOT(message: message)
        }
        return graph
    }

    /// After a syntax error the lexer stops mid-input and counts the next string's lines from a different
    /// origin (observed: "line 0" instead of "line 1"); one successful parse puts it back in the usual state.
    private static func resynchroniseLexer() {
        agreadline(0)
        if let empty = agmemread("digraph ActorGraph {}\n") { agclose(empty) }
        _ = GraphvizMessages.take()
    }
}
