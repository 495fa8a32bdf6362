import ActorGraphCore

/// A block of `key: value` lines between two `---` lines at the very top of a text or Markdown file.
///
/// Keys (case-insensitive): `title`, `url` (or `link`), `outlet` (or `source`, `publication`), `author` (or
/// `byline`), `published` (or `date`) as `YYYY-MM-DD`; others are ignored. Values may be quoted. The block
/// closes with `---` or `...` within ``lineLimit`` lines; otherwise the file has none. The block is replaced
/// by spaces (its line breaks kept) in the text that is read, so evidence offsets still count from the start
/// of the file and the block is never read as prose.
enum FrontMatter {
    /// The most lines a block may have before its closing line.
    static let lineLimit = 100

    struct Block {
        var values: [String: String]
        /// The text with the block blanked.
        var text: String
    }

    /// The block at the top of `text`, nil when there is none.
    static func read(_ text: String) -> Block? {
        let scalars = Array(text.unicodeScalars)
        var lines: [(start: Int, end: Int)] = []
        var start = 0
        // Lines by scalar offsets, each without its line break ("\n" or "\r\n").
        while start <= scalars.count && lines.count <= lineLimit + 1 {
            var end = start
            while end < scalars.count && scalars[end] != "\n" { end += 1 }
            let contentEnd = end > start && scalars[end - 1] == "\r" ? end - 1 : end
            lines.append((start, contentEnd))
            if end >= scalars.count { break }
            start = end + 1
        }
        func line(_ index: Int) -> String {
            String(String.UnicodeScalarView(scalars[lines[index].start..<lines[index].end]))
        }
        guard let first = lines.indices.first, line(first).trimmingTrailingSpaces == "---" else { return nil }
        guard
            let close = lines.indices.dropFirst().first(where: {
                let l = line($0).trimmingTrailingSpaces
                return l == "---" || l == "..."
            })
        else { return nil }
        var values: [String: String] = [:]
        for index in 1..<close {
            let entry = line(index)
            guard let colon = entry.firstIndex(of: ":") else { continue }
            let key = entry[..<colon].trimmingSpaces.lowercased()
            var value = entry[entry.index(after: colon)...].trimmingSpaces
            if value.count >= 2, let quote = value.first, quote == "\"" || quote == "'", value.last == quote {
                value = String(value.dropFirst().dropLast())
            }
            guard let canonical = canonicalKey(key), !value.isEmpty, values[canonical] == nil else { continue }
            values[canonical] = value
        }
        var blanked = scalars
        for index in 0..<lines[close].end where scalars[index] != "\n" && scalars[index] != "\r" {
            blanked[index] = " "
        }
        return Block(values: values, text: String(String.UnicodeScalarView(blanked)))
    }

    /// The metadata field a key names, nil for a key that names none.
    static func canonicalKey(_ key: String) -> String? {
        switch key {
        case "title", "headline": "title"
        case "url", "link": "url"
        case "outlet", "source", "publication", "publisher", "site": "outlet"
        case "author", "byline", "authors": "author"
        case "published", "date", "pubdate": "published"
        default: nil
        }
    }
}

extension StringProtocol {
    /// Without leading and trailing spaces and tabs.
    var trimmingSpaces: String {
        String(drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
    }

    /// Without trailing spaces and tabs.
    var trimmingTrailingSpaces: String {
        String(reversed().drop { $0 == " " || $0 == "\t" }.reversed())
    }
}
