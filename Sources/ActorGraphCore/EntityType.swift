/// The four kinds of actor the graph holds (see `extraction-schema.md`).
public enum EntityType: String, Codable, CaseIterable, Sendable, Hashable, Comparable,
    CustomStringConvertible
{
    /// A named human being.
    case person
    /// A sovereign country, its government acting as a state.
    case state
    /// Any named organisation or force: bloc, armed group, military unit, ministry, mission, company.
    case group
    /// A named or clearly identified pact, charter, treaty, protocol, memorandum or deal.
    case agreement

    public var description: String { rawValue }

    public static func < (lhs: EntityType, rhs: EntityType) -> Bool {
        lhs.sortOrder < rhs.sortOrder
    }

    private var sortOrder: Int {
        switch self {
        case .person: 0
        case .state: 1
        case .group: 2
        case .agreement: 3
        }
    }

    /// Parses a type name as users type it (`state`, `States`, `GROUP`).
    public init?(userInput: String) {
        let lowered = userInput.lowercased()
        if let exact = EntityType(rawValue: lowered) {
            self = exact
        } else if lowered.hasSuffix("s"), let plural = EntityType(rawValue: String(lowered.dropLast())) {
            self = plural
        } else {
            return nil
        }
    }
}

/// The optional refinement of a `group` entity.
public enum GroupSubtype: String, Codable, CaseIterable, Sendable, Hashable {
    case bloc
    case armedGroup = "armed_group"
    case military
    case government
    case mission
    case ngo
    case company
    case media
}
