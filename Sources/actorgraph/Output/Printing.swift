import ActorGraphCore
import ActorGraphKit
import Foundation

/// Writes JSON for a Codable value: snake_case keys (docs/json.md), pretty, keys sorted, so output is
/// byte-identical run to run.
///
/// JSON has no infinity or NaN. A score that is one (a strength past the largest number, a measure undefined
/// for a node) is written as `null`, with a warning on standard error, instead of failing with
/// "EncodingError.invalidValue: inf".
func printJSON(_ value: some Encodable) throws {
    let encoder = JSONEncoder()
    encoder.keyEncodingStrategy = .convertToSnakeCase
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    var data: Data
    do {
        data = try encoder.encode(value)
    } catch EncodingError.invalidValue(let invalid, _) where invalid is Double || invalid is Float {
        // Encode non-finite numbers as a marker no name can hold (fresh each run), then make each marker null.
        let marker = "non-finite-\(UUID().uuidString)"
        encoder.nonConformingFloatEncodingStrategy = .convertToString(
            positiveInfinity: marker, negativeInfinity: marker, nan: marker)
        let text = String(decoding: try encoder.encode(value), as: UTF8.self)
        let count = text.components(separatedBy: "\"\(marker)\"").count - 1
        data = Data(text.replacingOccurrences(of: "\"\(marker)\"", with: "null").utf8)
        printError(
            "warning: \(count) value\(count == 1 ? " is" : "s are") infinite or not a number; written as null")
    }
    FileHandle.standardOutput.write(data)
    FileHandle.standardOutput.write(Data("\n".utf8))
}

/// A line on standard error (warnings and notes), never mixed into standard output; escaped by ``Terminal``.
func printError(_ line: String) {
    Terminal.warn(line)
}

/// Formats a score compactly but with enough digits to compare runs; very large ones in exponent form.
func formatScore(_ score: Double) -> String {
    abs(score) >= 1e12 && score.isFinite ? String(format: "%.6e", score) : String(format: "%.6f", score)
}

/// True when standard error is a terminal, where a live progress line makes sense.
var standardErrorIsTerminal: Bool { isatty(STDERR_FILENO) != 0 }

/// Quotes a sentence for a terminal, shortened to `limit` characters, on one line.
func quoted(_ sentence: String, limit: Int = 160) -> String {
    let flat = Terminal.escape(sentence.replacingOccurrences(of: "\n", with: " "))
    let short = flat.count > limit ? String(flat.prefix(limit - 1)) + "…" : flat
    return "“\(short)”"
}

/// An evidence sentence quoted for a terminal with where it stands: `“…” [document:start-end]` (with
/// `, curated` for a sentence cited by hand), or for imported evidence the document it cites and the file
/// it came from; then the document's citation when more than its id is known (see ``citation(of:)``).
func evidenceLine(_ evidence: Evidence) -> String {
    if let file = evidence.importedFrom {
        let text = evidence.sentence.isEmpty ? "(no sentence in the imported file)" : quoted(evidence.sentence)
        return "\(text) [\(Terminal.escape(evidence.document)), \(Terminal.escape(file))]"
    }
    let curated = evidence.curated ? ", curated" : ""
    let place = "\(Terminal.escape(evidence.document)):\(evidence.start)-\(evidence.end)\(curated)"
    return "\(quoted(evidence.sentence)) [\(place)]" + citation(of: evidence)
}

/// ` — Title — Outlet, 2024-03-01 <https://…>`: the evidence's document as a reader cites it, on one line;
/// empty when nothing beyond its id is known.
func citation(of evidence: Evidence) -> String {
    guard let source = evidence.source, source.hasMetadata else { return "" }
    let link = source.url.map { " <\(Terminal.escape($0))>" } ?? ""
    return " — " + Terminal.escape(source.citation.replacingOccurrences(of: "\n", with: " ")) + link
}

/// `text` cut to `limit` characters with "…" (a table cell; ``TextTable`` escapes it).
func shortened(_ text: String, _ limit: Int) -> String {
    text.count > limit ? String(text.prefix(limit - 1)) + "…" : text
}

/// Prints ranked actor scores: JSON rows, or a table of rank, actor and score.
func printScores(
    _ rows: [ScoreRow], column: String, json: Bool, format: (Double) -> String = formatScore
) throws {
    if json { return try printJSON(rows) }
    let nonFinite = rows.filter { !$0.score.isFinite }.count
    if nonFinite > 0 {
        printError("warning: \(nonFinite) score\(nonFinite == 1 ? " is" : "s are") infinite or not a number")
    }
    var table = TextTable(headers: ["rank", "actor", column], numericColumns: [0, 2])
    for (rank, row) in rows.enumerated() { table.append([String(rank + 1), row.name, format(row.score)]) }
    Terminal.say(table.render())
}
