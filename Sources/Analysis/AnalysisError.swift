/// Errors raised by the Analysis module; each description is one line: where, what, what to do next.
public enum AnalysisError: Error, CustomStringConvertible, Equatable, Sendable {
    /// An edge-list line that is not `source target [weight]`.
    case malformedEdgeLine(file: String, line: Int, text: String)
    /// A weight that is positive but subnormal (below about 2.2e-308): its length 1/weight is infinite.
    case subnormalWeight(file: String, line: Int, text: String)
    /// A name holding bytes that are not UTF-8; `byte` counts from 1 on the line.
    case invalidUTF8(file: String, line: Int, byte: Int)
    /// A line longer than the reader accepts.
    case lineTooLong(file: String, line: Int, limit: Int)
    /// Path lengths (sums of 1/weight) that exceed the largest finite number.
    case lengthOverflow(source: String, target: String)
    /// A file that could not be opened or decoded.
    case unreadableFile(path: String, reason: String)
    /// A node name that is not in the graph, with the closest known names.
    case unknownNode(name: String, suggestions: [String])
    /// A weight that is zero, negative, subnormal, NaN or infinite (lengths are 1/weight, so weights must be
    /// positive normal numbers).
    case nonPositiveWeight(source: String, target: String, weight: Double)
    /// A power iteration that did not meet its tolerance (NetworkX's `PowerIterationFailedConvergence`).
    case notConverged(algorithm: String, iterations: Int, tolerance: Double)
    /// An option value outside its domain (for example a damping factor of 1.5).
    case invalidOption(name: String, value: String, expected: String)
    /// A node index outside `0..<nodeCount`.
    case nodeOutOfRange(index: Int, nodeCount: Int)
    /// A measure undefined for this graph (for example eigenvector centrality of the null graph).
    case undefined(algorithm: String, reason: String)

    public var description: String {
        switch self {
        case .malformedEdgeLine(let file, let line, let text):
            "\(file):\(line): expected 'source target [weight]' with a positive weight, found '\(text)'; "
                + "fix or comment out the line with #"
        case .subnormalWeight(let file, let line, let text):
            "\(file):\(line): the weight in '\(text)' is subnormal, so its length 1/weight is infinite; weights must"
                + " be positive normal numbers (2.3e-308 or more): rescale them"
        case .invalidUTF8(let file, let line, let byte):
            "\(file):\(line): byte \(byte) is not UTF-8; convert the file with iconv -t UTF-8"
        case .lineTooLong(let file, let line, let limit):
            "\(file):\(line): the line is longer than \(limit) bytes; an edge list has one short edge per line"
        case .lengthOverflow(let source, let target):
            "the weighted path from \(source) to \(target) is longer than the largest finite number (lengths are"
                + " 1/weight); rescale the weights up"
        case .unreadableFile(let path, let reason):
            "\(path): cannot read edge list (\(reason)); check the path and that the file is UTF-8 text"
        case .unknownNode(let name, let suggestions):
            suggestions.isEmpty
                ? "no actor named '\(name)'; the graph has no similar names"
                : "no actor named '\(name)'; closest known: \(suggestions.joined(separator: ", "))"
        case .nonPositiveWeight(let source, let target, let weight):
            "\(source) -> \(target): weight \(weight) is not a positive normal number; weights must be 2.3e-308 or more"
        case .notConverged(let algorithm, let iterations, let tolerance):
            "\(algorithm) did not converge within \(iterations) iterations (tolerance \(tolerance)); "
                + "raise --max-iterations or --tolerance"
        case .invalidOption(let name, let value, let expected):
            "option \(name): value \(value) is invalid; expected \(expected)"
        case .nodeOutOfRange(let index, let nodeCount):
            "node index \(index) is outside 0..<\(nodeCount); look nodes up with nodeIndex(named:)"
        case .undefined(let algorithm, let reason):
            "\(algorithm): \(reason); use a graph with at least one node"
        }
    }
}
