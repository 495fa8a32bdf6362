import Foundation

/// The one way text reaches standard output or standard error: characters that act on a terminal are shown
/// escaped.
///
/// Names, file names and evidence come from documents and are untrusted. An ESC sequence in an actor's
/// name could recolour, move or erase what the terminal shows, a C1 control can start one on some
/// terminals, and a bidirectional override (U+202E) makes "Mali" read as "ilaM" and reorders the text
/// after it. So every C0 control but the line break, DEL, every C1 control, the bidirectional embeddings,
/// overrides, isolates and marks, and the Unicode line and paragraph separators are written as `\t`,
/// `\r`, `\n` or `\u{…}`. JSON output is written by `printJSON`, whose encoder escapes controls itself.
enum Terminal {
    /// `text` with every character that acts on a terminal written as an escape; line breaks are kept when
    /// `keepingLineBreaks` (whole outputs), escaped otherwise (one table cell, one warning).
    static func escape(_ text: String, keepingLineBreaks: Bool = false) -> String {
        guard text.unicodeScalars.contains(where: { acts($0) }) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if keepingLineBreaks && scalar == "\n" || !acts(scalar) {
                out.append(scalar)
                continue
            }
            let shown: String
            switch scalar {
            case "\t": shown = "\\t"
            case "\n": shown = "\\n"
            case "\r": shown = "\\r"
            default: shown = "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            }
            out.append(contentsOf: shown.unicodeScalars)
        }
        return String(out)
    }

    /// Whether a scalar changes what the terminal does rather than showing a glyph.
    static func acts(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00..<0x20, 0x7F...0x9F: true
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true  // bidirectional controls
        case 0x2028, 0x2029: true  // line and paragraph separators
        default: false
        }
    }

    /// Writes `text` and a line break to standard output, escaped (line breaks kept).
    static func say(_ text: String) {
        FileHandle.standardOutput.write(Data((escape(text, keepingLineBreaks: true) + "\n").utf8))
    }

    /// Writes one line to standard error, escaped (a line break inside it is escaped too).
    static func warn(_ line: String) {
        FileHandle.standardError.write(Data((escape(line) + "\n").utf8))
    }

    /// Writes several lines to standard error, each escaped; for ArgumentParser's multi-line usage errors.
    static func warnLines(_ text: String) {
        FileHandle.standardError.write(Data((escape(text, keepingLineBreaks: true) + "\n").utf8))
    }

    /// Writes `text` to standard output as it is given (it ends its own lines), escaped (line breaks kept).
    static func write(_ text: String) {
        FileHandle.standardOutput.write(Data(escape(text, keepingLineBreaks: true).utf8))
    }

    /// Writes tab-separated text to standard output: its tabs and line breaks are the table's own, every
    /// cell is escaped.
    static func writeTabSeparated(_ text: String) {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.split(separator: "\t", omittingEmptySubsequences: false).map { escape(String($0)) }
                .joined(separator: "\t")
        }
        FileHandle.standardOutput.write(Data(lines.joined(separator: "\n").utf8))
    }

    /// Writes JSON text, or other text that escapes what it must itself, to standard output unchanged.
    static func writeVerbatim(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// Writes text of our own (help, usage) to standard output as it is.
    static func sayVerbatim(_ text: String) {
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }

    /// Rewrites the progress line on standard error: carriage return, the line, and "erase to end of line".
    ///
    /// The only control sequence written on purpose; the line holds numbers only.
    static func progress(_ line: String) {
        FileHandle.standardError.write(Data(("\r" + escape(line) + "\u{1B}[K").utf8))
    }

    /// Clears the progress line.
    static func endProgress() {
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
