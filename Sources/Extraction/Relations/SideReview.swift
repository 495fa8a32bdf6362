import ActorGraphCore

/// Cooperation is between sides: a person does not cooperate with the state whose title the document gives them,
/// nor with another holder of that state's titles ("talks in the Turkish capital hosted by Turkish President
/// Erdoğan" pairs no Erdoğan with Turkey; "signed by Japanese Foreign Minister Yoko Kamikawa, Japanese Defence
/// Minister Minoru Kihara and Philippine Defence Secretary Gilberto Teodoro" pairs the Japanese ministers with
/// Teodoro, not with each other).
enum SideReview {
    /// `readings` without the `cooperates_with` readings whose two ends are of one side.
    static func review(_ readings: [RelationReading], entities: EntityTable) -> [RelationReading] {
        var sides: [Int: Set<Int>] = [:]
        for r in readings where [.leads, .officialOf].contains(r.type) && entities[r.target].type == .state {
            sides[r.source, default: []].insert(r.target)
        }
        guard !sides.isEmpty else { return readings }
        func side(_ entity: Int) -> Set<Int> { (sides[entity] ?? []).union([entity]) }
        return readings.filter { r in
            r.type != .cooperatesWith || side(r.source).isDisjoint(with: side(r.target))
        }
    }
}
