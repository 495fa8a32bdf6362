/// Errors raised by the Core model itself.
public enum CoreError: Error, CustomStringConvertible, Equatable, Sendable {
    /// A type name that is not one of the schema's.
    case unknownEntityType(String)
    /// A relation type name that is not one of the schema's.
    case unknownRelationType(String)

    public var description: String {
        switch self {
        case .unknownEntityType(let name):
            "unknown entity type '\(name)'; use one of: "
                + EntityType.allCases.map(\.rawValue).joined(separator: ", ")
        case .unknownRelationType(let name):
            "unknown relation type '\(name)'; use one of: "
                + RelationType.allCases.map(\.rawValue).joined(separator: ", ")
        }
    }
}
