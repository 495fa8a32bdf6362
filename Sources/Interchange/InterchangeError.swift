/// Errors raised by the Interchange module.
public enum InterchangeError: Error, CustomStringConvertible, Equatable, Sendable {
    /// Placeholder case until the module defines its own; replaced by the module's owner.
    case notImplemented(String)

    public var description: String {
        switch self {
        case .notImplemented(let what): "\(what) is not implemented yet"
        }
    }
}
