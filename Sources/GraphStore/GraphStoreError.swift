/// Errors raised by the GraphStore module.
public enum GraphStoreError: Error, CustomStringConvertible, Equatable, Sendable {
    /// Placeholder case until the module defines its own; replaced by the module's owner.
    case notImplemented(String)

    public var description: String {
        switch self {
        case .notImplemented(let what): "\(what) is not implemented yet"
        }
    }
}
