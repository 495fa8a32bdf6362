/// Whether a relation binds, opposes, or merely describes structure.
public enum Polarity: String, Codable, CaseIterable, Sendable, Hashable, CustomStringConvertible {
    /// Support, partnership, alliance.
    case cooperation
    /// Hostility, sanctions, withdrawal.
    case conflict
    /// Membership, leadership, office, succession, party to an agreement.
    case structural
    /// Presence without a stance (`deployed_in`).
    case neutral

    public var description: String { rawValue }
}

/// The ten relation types of the schema, each with its polarity and symmetry.
public enum RelationType: String, Codable, CaseIterable, Sendable, Hashable, Comparable,
    CustomStringConvertible
{
    /// person → state/group: heads it (president, junta leader, commander, founder).
    case leads
    /// person → state/group: holds a post in it (minister, ambassador, spokesperson).
    case officialOf = "official_of"
    /// state/group → group: belongs to a bloc, alliance, confederation or force.
    case memberOf = "member_of"
    /// state/group/person → agreement: signed or is party to it.
    case partyTo = "party_to"
    /// group → group: renamed, rebranded or replaced by.
    case succeededBy = "succeeded_by"
    /// any → any: material, military, financial, diplomatic or political support.
    case supports
    /// any ↔ any: partnership, alliance, talks, joint work. Symmetric.
    case cooperatesWith = "cooperates_with"
    /// state/group → state: forces or personnel stationed or operating there.
    case deployedIn = "deployed_in"
    /// any → any: fights, attacks, sanctions, condemns, expels, overthrows.
    case opposes
    /// state/group → group/agreement: left a bloc, ended a mission or agreement.
    case withdrewFrom = "withdrew_from"

    public var description: String { rawValue }

    /// The schema's polarity for this type.
    public var polarity: Polarity {
        switch self {
        case .leads, .officialOf, .memberOf, .partyTo, .succeededBy: .structural
        case .supports, .cooperatesWith: .cooperation
        case .deployedIn: .neutral
        case .opposes, .withdrewFrom: .conflict
        }
    }

    /// Only `cooperates_with` is symmetric; it is stored once with ends in alphabetical order.
    public var isSymmetric: Bool { self == .cooperatesWith }

    public static func < (lhs: RelationType, rhs: RelationType) -> Bool {
        lhs.rawValue < rhs.rawValue
    }
}
