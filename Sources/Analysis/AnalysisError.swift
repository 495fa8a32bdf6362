/// Errors raised by the Analysis module; each description is one line: where, what, what to do next.
public enum AnalysisError: Error, CustomStringConvertible, Equatable, Sendable {
    /// An edge-list line that is not `source target [weight]`.
    case malformedEdgeLine(file: String, line: Int, text: String)
    /// A file that could not be opened or decoded.
    case unreadableFile(path: String, reason: String)
    /// A node name that is not in the graph, with the closest known names.
    case unknownNode(name: String, suggestions: [String])
    /// A weight that is zero, negative, NaN or infinite (lengths are 1/weight, so weights must be positive).
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
        case .unreadableFile(let path, let reason):
            "\(path): cannot read edge list (\(reason)); check the path and that the file is UTF-8 text"
        case .unknownNode(let name, let suggestions):
            suggestions.isEmpty
                ? "no actor named '\(name)'; the graph has no similar names"
                : "no actor named '\(name)'; closest known: \(suggestions.joined(separator: ", "))"
        case .nonPositiveWeight(let source, let target, let weight):
            "\(source) -> \(target): weight \(weight) is not a positive finite number; weights must be > 0"
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
