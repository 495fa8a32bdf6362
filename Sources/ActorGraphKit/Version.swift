import GraphStore

/// The version `actorgraph --version` prints.
public enum ActorGraphVersion {
    /// The release number.
    public static let number = "0.5.0"

    /// The release and the database schema it reads and writes: `0.5.0 (database schema 2)`.
    public static var description: String { "\(number) (database schema \(GraphStore.schemaVersion))" }
}
