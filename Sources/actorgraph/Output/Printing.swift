import ActorGraphCore
import ActorGraphKit
import Foundation

/// Writes JSON for a Codable value: snake_case keys (docs/json.md), pretty, keys sorted, so output is
/// byte-identical run to run.
func printJSON(_ value: some Encodable) throws {
    let encoder = JSONEncoder()
    encoder.keyEncodingStrategy = .convertToSnakeCase
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    FileHandle.standardOutput.write(try encoder.encode(value))
    FileHandle.standardOutput.write(Data("\n".utf8))
}

/// A line on standard error (warnings and progress), never mixed into standard output.
func printError(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
}

/// Formats a score compactly but with enough digits to compare runs.
func formatScore(_ score: Double) -> String {
    String(format: "%.6f", score)
}

/// True when standard error is a terminal, where a live progress line makes sense.
var standardErrorIsTerminal: Bool { isatty(STDERR_FILENO) != 0 }

/// Quotes a sentence for a terminal, shortened to `limit` characters.
func quoted(_ sentence: String, limit: Int = 160) -> String {
    let flat = sentence.replacingOccurrences(of: "\n", with: " ")
    let short = flat.count > limit ? String(flat.prefix(limit - 1)) + "…" : flat
    return "“\(short)”"
}

/// An evidence sentence quoted for a terminal with where it stands: `“…” [document:start-end]`, or for
/// imported evidence the document it cites and the file it came from.
func evidenceLine(_ evidence: Evidence) -> String {
    if let file = evidence.importedFrom {
        let text = evidence.sentence.isEmpty ? "(no sentence in the imported file)" : quoted(evidence.sentence)
        return "\(text) [\(evidence.document), \(file)]"
    }
    return "\(quoted(evidence.sentence)) [\(evidence.document):\(evidence.start)-\(evidence.end)]"
}

/// Prints ranked actor scores: JSON rows, or a table of rank, actor and score.
func printScores(
    _ rows: [ScoreRow], column: String, json: Bool, format: (Double) -> String = formatScore
) throws {
    if json { return try printJSON(rows) }
    var table = TextTable(headers: ["rank", "actor", column], numericColumns: [0, 2])
    for (rank, row) in rows.enumerated() { table.append([String(rank + 1), row.name, format(row.score)]) }
    print(table.render())
}
