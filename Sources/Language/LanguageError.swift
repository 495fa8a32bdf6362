/// Errors raised by the Language module (the English parser).
public enum LanguageError: Error, CustomStringConvertible, Equatable, Sendable {
    /// A bundled model file is missing from the module's resources.
    case missingResource(name: String)
    /// A bundled model file does not have the shape this code reads.
    case malformedResource(name: String, problem: String)

    public var description: String {
        switch self {
        case .missingResource(let name):
            "Resources/\(name): bundled model file not found; rebuild the Language module so its resources are copied"
        case .malformedResource(let name, let problem):
            "Resources/\(name): \(problem); regenerate it with Scripts/language/export_model.sh (see docs/language.md)"
        }
    }
}
