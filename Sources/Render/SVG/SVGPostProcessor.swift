/// Makes Graphviz's SVG fit for embedding: no DOCTYPE (an external DTD reference), no comments, fluid width.
///
/// Graphviz already writes UTF-8, a `viewBox` and escaped text. The fixed `width`/`height` in points are
/// replaced by `width="100%"` and a `max-width` of the natural size, so the drawing scales down with its
/// container but never blows up past its natural size. Comments are removed because Graphviz writes node
/// names into them unescaped for `--`.
enum SVGPostProcessor {
    static func process(_ svg: [UInt8]) throws(RenderError) -> [UInt8] {
        var text = String(decoding: svg, as: UTF8.self)
        text = removingBlocks(from: text, opening: "<!DOCTYPE", closing: ">")
        text = removingBlocks(from: text, opening: "<!--", closing: "-->")
        text = fluidSize(text)
        // Blank lines left where comments were.
        text = text.split(separator: "\n", omittingEmptySubsequences: true).joined(separator: "\n") + "\n"
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

    /// Replaces the root element's `width="Wpt" height="Hpt"` with a fluid width capped at W.
    private static func fluidSize(_ text: String) -> String {
        guard let svgStart = text.firstRange(of: "<svg"),
            let tagEnd = text[svgStart.upperBound...].firstIndex(of: ">")
        else { return text }
        var tag = String(text[svgStart.lowerBound..<tagEnd])
        guard let width = attribute("width", in: tag) else { return text }
        tag = tag.replacing("width=\"\(width)\"", with: "width=\"100%\"", maxReplacements: 1)
        if let height = attribute("height", in: tag) {
            tag = tag.replacing(" height=\"\(height)\"", with: "", maxReplacements: 1)
        }
        tag = tag.replacing(
            "width=\"100%\"", with: "width=\"100%\" style=\"max-width: \(width); height: auto;\"", maxReplacements: 1)
        return String(text[..<svgStart.lowerBound]) + tag + String(text[tagEnd...])
    }

    private static func attribute(_ name: String, in tag: String) -> String? {
        guard let start = tag.firstRange(of: " \(name)=\"") else { return nil }
        let rest = tag[start.upperBound...]
        guard let end = rest.firstIndex(of: "\"") else { return nil }
        return String(rest[..<end])
    }

    private static func containsScript(_ text: String) -> Bool {
        text.lowercased().contains("<script")
    }
}
