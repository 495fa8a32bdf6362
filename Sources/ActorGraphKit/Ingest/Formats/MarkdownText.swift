/// The prose of a Markdown file, at the same offsets: its markup is replaced by spaces, never removed.
///
/// Blanked: heading and block-quote markers, list bullets and numbers at the start of a line, thematic
/// breaks, fenced and indented code, emphasis and code-span markers (`*`, `**`, `_` at a word's edge, `~~`,
/// backticks), the brackets and address of a link (`[text](url)` keeps `text`), images entirely, autolinks
/// and inline HTML tags, reference definitions and table pipes. So an evidence offset in a Markdown file is
/// an offset in the file itself, and the extractor never reads a URL or a `#` as prose.
enum MarkdownText {
    static func prose(_ text: String) -> String {
        var scalars = Array(text.unicodeScalars)
        var lineStart = 0
        var inFence = false
        while lineStart < scalars.count {
            var lineEnd = lineStart
            while lineEnd < scalars.count && scalars[lineEnd] != "\n" { lineEnd += 1 }
            blankLine(&scalars, lineStart..<lineEnd, inFence: &inFence)
            lineStart = lineEnd + 1
        }
        return String(String.UnicodeScalarView(scalars))
    }

    private static func blank(_ scalars: inout [Unicode.Scalar], _ range: Range<Int>) {
        for index in range where scalars[index] != "\r" { scalars[index] = " " }
    }

    private static func blankLine(_ scalars: inout [Unicode.Scalar], _ line: Range<Int>, inFence: inout Bool) {
        let content = String(String.UnicodeScalarView(scalars[line]))
        let trimmed = content.trimmingSpaces
        if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
            inFence.toggle()
            return blank(&scalars, line)
        }
        if inFence || content.hasPrefix("    ") || content.hasPrefix("\t") { return blank(&scalars, line) }
        let compact = trimmed.filter { $0 != " " }
        if compact.count >= 3, let mark = compact.first, "-*_=".contains(mark), compact.allSatisfy({ $0 == mark }) {
            return blank(&scalars, line)  // a thematic break or a setext underline
        }
        if trimmed.hasPrefix("["), trimmed.contains("]:") { return blank(&scalars, line) }  // reference definition
        var index = line.lowerBound
        func skipSpaces() {
            while index < line.upperBound && (scalars[index] == " " || scalars[index] == "\t") { index += 1 }
        }
        // Block markers at the start: quotes, a heading's #s, a bullet or an item number.
        while true {
            skipSpaces()
            guard index < line.upperBound else { return }
            if scalars[index] == ">" {
                scalars[index] = " "
                index += 1
                continue
            }
            break
        }
        var hashes = index
        while hashes < line.upperBound && scalars[hashes] == "#" { hashes += 1 }
        if hashes > index && hashes - index <= 6 && (hashes == line.upperBound || scalars[hashes] == " ") {
            blank(&scalars, index..<hashes)
            // A closing run of #s.
            var end = line.upperBound
            while end > hashes && (scalars[end - 1] == " " || scalars[end - 1] == "\r") { end -= 1 }
            var start = end
            while start > hashes && scalars[start - 1] == "#" { start -= 1 }
            if start < end && start > hashes && scalars[start - 1] == " " { blank(&scalars, start..<end) }
            index = hashes
        } else if index + 1 < line.upperBound, "-*+".unicodeScalars.contains(scalars[index]),
            scalars[index + 1] == " "
        {
            scalars[index] = " "
        } else {
            var digits = index
            while digits < line.upperBound && ("0"..."9").contains(scalars[digits]) { digits += 1 }
            if digits > index && digits - index <= 9 && digits + 1 < line.upperBound,
                scalars[digits] == "." || scalars[digits] == ")", scalars[digits + 1] == " "
            {
                blank(&scalars, index..<(digits + 1))
            }
        }
        blankInline(&scalars, index..<line.upperBound)
    }

    /// Emphasis, code spans, links, images, autolinks, inline tags and table pipes within one line.
    private static func blankInline(_ scalars: inout [Unicode.Scalar], _ range: Range<Int>) {
        var index = range.lowerBound
        while index < range.upperBound {
            let scalar = scalars[index]
            switch scalar {
            case "!" where index + 1 < range.upperBound && scalars[index + 1] == "[":
                if let end = linkEnd(scalars, from: index + 1, limit: range.upperBound) {
                    blank(&scalars, index..<end)
                    index = end
                    continue
                }
            case "[":
                if let close = matching(scalars, "]", from: index + 1, limit: range.upperBound),
                    let end = linkEnd(scalars, from: index, limit: range.upperBound)
                {
                    scalars[index] = " "
                    blankInline(&scalars, (index + 1)..<close)
                    blank(&scalars, close..<end)
                    index = end
                    continue
                }
            case "<":
                if let close = matching(scalars, ">", from: index + 1, limit: range.upperBound), close > index + 1,
                    isTagOrAutolink(scalars[(index + 1)..<close])
                {
                    blank(&scalars, index..<(close + 1))
                    index = close + 1
                    continue
                }
            case "*", "`", "|":
                scalars[index] = " "
            case "~" where index + 1 < range.upperBound && scalars[index + 1] == "~":
                scalars[index] = " "
                scalars[index + 1] = " "
                index += 1
            case "_":
                let before = index > range.lowerBound ? scalars[index - 1] : " "
                let after = index + 1 < range.upperBound ? scalars[index + 1] : " "
                // Inside a word (snake_case, an address) an underscore is text.
                if !(isWordScalar(before) && isWordScalar(after)) { scalars[index] = " " }
            default:
                break
            }
            index += 1
        }
    }

    /// Where a link that opens at `open` (its `[`) ends: after `](…)` or `][…]`; nil when it is not a link.
    private static func linkEnd(_ scalars: [Unicode.Scalar], from open: Int, limit: Int) -> Int? {
        guard let close = matching(scalars, "]", from: open + 1, limit: limit), close + 1 < limit else { return nil }
        let next = scalars[close + 1]
        guard next == "(" || next == "[" else { return nil }
        guard let end = matching(scalars, next == "(" ? ")" : "]", from: close + 2, limit: limit) else { return nil }
        return end + 1
    }

    /// The index of `target` from `start`, on the same line, nil when absent.
    private static func matching(_ scalars: [Unicode.Scalar], _ target: Unicode.Scalar, from start: Int, limit: Int)
        -> Int?
    {
        var index = start
        while index < limit {
            if scalars[index] == target { return index }
            index += 1
        }
        return nil
    }

    private static func isTagOrAutolink(_ inner: ArraySlice<Unicode.Scalar>) -> Bool {
        let text = String(String.UnicodeScalarView(inner)).lowercased()
        if text.hasPrefix("http://") || text.hasPrefix("https://") || text.hasPrefix("mailto:") { return true }
        guard let first = text.unicodeScalars.first(where: { $0 != "/" }) else { return false }
        return ("a"..."z").contains(first) && !text.contains(" ") || text.hasPrefix("!--")
            || (("a"..."z").contains(first) && text.contains("="))
    }

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
    }
}
