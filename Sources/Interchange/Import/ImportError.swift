/// Errors raised while reading a graph file: where the problem is (line, element) and how to fix it.
public enum ImportError: Error, CustomStringConvertible, Equatable, Sendable {
    /// The file breaks its format's syntax (XML, JSON or CSV) at `line`.
    case syntax(file: String, line: Int, message: String)
    /// The file is well formed but one of its elements (a node, an edge, a row) cannot be imported.
    case invalidElement(file: String, line: Int, element: String, message: String)
    /// The file as a whole is not what its format expects (wrong root element, no nodes array, …).
    case notAGraph(file: String, message: String)

    public var description: String {
        switch self {
        case .syntax(let file, let line, let message):
            "\(file):\(line): \(message.oneLine); fix the file and import it again"
        case .invalidElement(let file, let line, let element, let message):
            "\(file):\(line): \(element.oneLine): \(message.oneLine)"
        case .notAGraph(let file, let message):
            "\(file): \(message.oneLine)"
        }
    }
}

extension String {
    /// The text with line breaks and tabs shown as `\n`, `\r`, `\t`, so a message stays on one line.
    var oneLine: String {
        var out = ""
        for scalar in unicodeScalars {
            switch scalar {
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
