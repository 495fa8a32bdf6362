import ActorGraphCore
import ActorGraphKit
import Foundation

/// Writes JSON for a Codable value: pretty, keys sorted, so output is byte-identical run to run.
func printJSON(_ value: some Encodable) throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    FileHandle.standardOutput.write(try encoder.encode(value))
    FileHandle.standardOutput.write(Data("\n".utf8))
}

/// A line on standard error (warnings and notes), never mixed into standard output; escaped by ``Terminal``.
func printError(_ line: String) {
    Terminal.warn(line)
}

/// Formats a score compactly but with enough digits to compare runs.
func formatScore(_ score: Double) -> String {
    String(format: "%.6f", score)
}

/// True when standard error is a terminal, where a live progress line makes sense.
var standardErrorIsTerminal: Bool { isatty(STDERR_FILENO) != 0 }

/// Quotes a sentence for a terminal, shortened to `limit` characters, on one line.
func quoted(_ sentence: String, limit: Int = 160) -> String {
    let flat = Terminal.escape(sentence.replacingOccurrences(of: "\n", with: " "))
    let short = flat.count > limit ? String(flat.prefix(limit - 1)) + "…" : flat
    return "“\(short)”"
}

/// An evidence sentence quoted for a terminal with where it stands: `“…” [document:start-end]`.
func evidenceLine(_ evidence: Evidence) -> String {
    "\(quoted(evidence.sentence)) [\(Terminal.escape(evidence.document)):\(evidence.start)-\(evidence.end)]"
}

/// Prints ranked actor scores: JSON rows, or a table of rank, actor and score.
func printScores(
    _ rows: [ScoreRow], column: String, json: Bool, format: (Double) -> String = formatScore
) throws {
    if json { return try printJSON(rows) }
    var table = TextTable(headers: ["rank", "actor", column], numericColumns: [0, 2])
    for (rank, row) in rows.enumerated() { table.append([String(rank + 1), row.name, format(row.score)]) }
    Terminal.say(table.render())
}
