extension RelationType {
    /// The relation as a verb phrase between its ends: "Russia *supports* Mali", "Mali *is a member of* the AES".
    public var verbPhrase: String {
        switch self {
        case .leads: "leads"
        case .officialOf: "is an official of"
        case .memberOf: "is a member of"
        case .partyTo: "is party to"
        case .succeededBy: "was succeeded by"
        case .supports: "supports"
        case .cooperatesWith: "cooperates with"
        case .deployedIn: "is deployed in"
        case .opposes: "opposes"
        case .withdrewFrom: "withdrew from"
        }
    }

    /// The relation as a short label for a map's edge: `supports`, `member of`, `cooperates`.
    public var shortLabel: String {
        switch self {
        case .cooperatesWith: "cooperates"
        default: String(rawValue.map { $0 == "_" ? " " : $0 })
        }
    }
}
