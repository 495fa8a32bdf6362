import ActorGraphCore
import Foundation

/// A plain aligned table for terminal output: left-aligned text, right-aligned numbers.
struct TextTable {
    var headers: [String]
    var rows: [[String]] = []
    /// Columns whose cells are right-aligned.
    var numericColumns: Set<Int> = []

    /// Adds a row; each cell is escaped for the terminal first (``Terminal/escape(_:keepingLineBreaks:)``), so
    /// widths are those of what is shown and a line break in a name cannot split the row.
    mutating func append(_ row: [String]) { rows.append(row.map { Terminal.escape($0) }) }

    func render() -> String {
        let headers = self.headers.map { Terminal.escape($0) }
        var widths = headers.map(\.count)
        for row in rows {
            for (column, cell) in row.enumerated() where column < widths.count {
                widths[column] = max(widths[column], cell.count)
            }
        }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { column, cell in
                let padding = String(repeating: " ", count: max(0, widths[column] - cell.count))
                return numericColumns.contains(column) ? padding + cell : cell + padding
            }.joined(separator: "  ").trimmingTrailingSpaces()
        }
        var lines = [line(headers), line(widths.map { String(repeating: "-", count: $0) })]
        lines += rows.map(line)
        return lines.joined(separator: "\n")
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var copy = self
        while copy.last == " " { copy.removeLast() }
        return copy
    }
}
