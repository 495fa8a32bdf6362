/// Errors raised by the Extraction module.
public enum ExtractionError: Error, CustomStringConvertible, Equatable, Sendable {
    /// A bundled data file is missing from the module's resources.
    case missingResource(name: String)
    /// A data file (bundled or user-supplied) is not valid JSON of the expected shape.
    case malformedData(file: String, problem: String)
    /// The English parser could not be loaded.
    case parserUnavailable(problem: String)
    /// A file could not be read.
    case unreadableFile(path: String, problem: String)
    /// A dictionary entry names a type the schema does not have.
    case invalidEntry(file: String, entry: String, problem: String)

    public var description: String {
        switch self {
        case .missingResource(let name):
            "Resources/\(name): bundled data file not found; rebuild the Extraction module so its resources are copied"
        case .malformedData(let file, let problem):
            "\(file): \(problem); fix the JSON (see docs/extraction.md for the format)"
        case .parserUnavailable(let problem):
            "the English parser could not be loaded: \(problem)"
        case .unreadableFile(let path, let problem):
            "\(path): cannot read file (\(problem)); check the path and permissions"
        case .invalidEntry(let file, let entry, let problem):
            "\(file): entry '\(entry)': \(problem); fix the entry (see docs/extraction.md)"
        }
    }
}
