/// Errors raised while exporting the graph to an interchange format.
public enum InterchangeError: Error, CustomStringConvertible, Equatable, Sendable {
    /// A relation names an actor that is not among the exported entities.
    case unknownEndpoint(relation: String, name: String)
    /// Two exported entities share one canonical name, so relations cannot say which one they mean.
    case duplicateActor(name: String)
    /// A relation's confidence is NaN or infinite, which JSON, GraphML and Cypher cannot carry.
    case invalidConfidence(relation: String, value: Double)

    public var description: String {
        switch self {
        case .unknownEndpoint(let relation, let name):
            "relation '\(relation.oneLine)': no actor named '\(name.oneLine)' among the exported entities; "
                + "export that actor too or leave the relation out"
        case .duplicateActor(let name):
            "actor '\(name.oneLine)': two entities share this canonical name; merge them before exporting"
        case .invalidConfidence(let relation, let value):
            "relation '\(relation.oneLine)': confidence \(value) is not a finite number; "
                + "set a confidence in [0, 1] before exporting"
        }
    }
}
