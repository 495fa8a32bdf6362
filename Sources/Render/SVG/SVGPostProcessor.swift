/// Makes Graphviz's SVG fit for embedding: no DOCTYPE (an external DTD reference), no comments, readable titles.
///
/// Graphviz already writes UTF-8, a `viewBox`, its natural `width` and `height` in points, and escaped text.
/// The root element is left without any `style`: a CSS `max-width` there made CairoSVG draw a blank page, and
/// a percentage width leaves an `<img>` without an intrinsic size, so a small figure stretched to fill its
/// column. Pages that want a fluid figure say so in their own CSS (`svg { max-width: 100%; height: auto }`).
/// Comments are removed because Graphviz writes node names into them unescaped for `--`; the `<title>` of
/// every node, edge and of the graph becomes a sentence a reader (or a screen reader) understands.
enum SVGPostProcessor {
    /// Cleans `svg`; `titles` maps element ids (as in the model, prefix included) to their new `<title>` text.
    static func process(_ svg: [UInt8], titles: [String: String] = [:]) throws(RenderError) -> [UInt8] {
        var text = String(decoding: svg, as: UTF8.self)
        text = removingBlocks(from: text, opening: "<!DOCTYPE", closing: ">")
        text = removingBlocks(from: text, opening: "<!--", closing: "-->")
        // Blank lines left where comments were.
        var lines = text.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
        retitle(&lines, titles: titles)
        text = lines.joined(separator: "\n") + "\n"
        if containsScript(text) {
            throw .renderFailed(format: "svg", message: "the SVG contains a <script> element; refusing to emit it")
        }
        return Array(text.utf8)
    }

    private static func removingBlocks(from text: String, opening: String, closing: String) -> String {
        var out = ""
        var rest = Substring(text)
        while let start = rest.firstRange(of: opening) {
            out += rest[..<start.lowerBound]
            guard let end = rest[start.upperBound...].firstRange(of: closing) else {
                rest = rest[rest.endIndex...]
                break
            }
            rest = rest[end.upperBound...]
        }
        out += rest
        return out
    }

    /// Replaces the `<title>` right after each `<g id="…">` whose id has an entry in `titles`.
    private static func retitle(_ lines: inout [String], titles: [String: String]) {
        guard !titles.isEmpty else { return }
        var pending: String?
        for index in lines.indices {
            let line = lines[index]
            if line.hasPrefix("<g id=\""), let id = groupID(line) {
                pending = titles[id]
                continue
            }
            if let title = pending, line.hasPrefix("<title>"), line.hasSuffix("</title>") {
                lines[index] = "<title>" + DOTEscaping.html(title) + "</title>"
            }
            pending = nil
        }
    }

    /// The id of a `<g id="…" …>` line, with Graphviz's character references decoded.
    private static func groupID(_ line: String) -> String? {
        let rest = line.dropFirst("<g id=\"".count)
        guard let end = rest.firstIndex(of: "\"") else { return nil }
        return String(rest[..<end])
            .replacing("&#45;", with: "-")
            .replacing("&lt;", with: "<")
            .replacing("&gt;", with: ">")
            .replacing("&quot;", with: "\"")
            .replacing("&#39;", with: "'")
            .replacing("&amp;", with: "&")
    }

    private static func containsScript(_ text: String) -> Bool {
        text.lowercased().contains("<script")
    }
}
