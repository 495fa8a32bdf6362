/// Which entity types each relation type admits at its ends: the schema's table (`extraction-schema.md`),
/// written once, for the extractor, curation and any importer.
extension RelationType {
    /// The entity types allowed as the source.
    public var admissibleSources: Set<EntityType> {
        switch self {
        case .leads, .officialOf: [.person]
        case .memberOf, .deployedIn, .withdrewFrom: [.state, .group]
        case .partyTo: [.state, .group, .person]
        case .succeededBy: [.group]
        case .supports, .cooperatesWith, .opposes: Set(EntityType.allCases)
        }
    }

    /// The entity types allowed as the target.
    public var admissibleTargets: Set<EntityType> {
        switch self {
        case .leads, .officialOf: [.state, .group]
        case .memberOf, .succeededBy: [.group]
        case .partyTo: [.agreement]
        case .deployedIn: [.state]
        case .withdrewFrom: [.group, .agreement]
        case .supports, .cooperatesWith, .opposes: Set(EntityType.allCases)
        }
    }

    /// Whether a relation of this type may run from an entity of type `source` to one of type `target`.
    ///
    /// A symmetric type admits the pair in either order.
    public func admits(source: EntityType, target: EntityType) -> Bool {
        let forward = admissibleSources.contains(source) && admissibleTargets.contains(target)
        guard isSymmetric else { return forward }
        return forward || (admissibleSources.contains(target) && admissibleTargets.contains(source))
    }
}
