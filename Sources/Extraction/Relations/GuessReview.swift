import ActorGraphCore

/// Fallback readings checked against the rest of the document: a bare title ("President William Ruto") takes the
/// state named in its sentence only when nothing in the document says otherwise.
enum GuessReview {
    /// `readings` without the guesses that the document contradicts.
    ///
    /// Those are:
    /// - a guess that another person's guess shares (same sentence, type and target): the sentence names one state
    ///   for two bare titles ("President Macron flew to Nairobi to meet President Ruto of Kenya"), so it cannot say
    ///   whose it is;
    /// - a guess for a person whom a direct reading of a title relation ties to another entity of the same type
    ///   ("French President Emmanuel Macron" elsewhere in the document: not the leader of Kenya).
    /// - a guess for a person whom the same sentence puts in another relation with that state ("President Donald
    ///   Trump imposed a 50% tariff on Lesotho", "President Putin ordered the invasion of Ukraine"): one acts on
    ///   another state, not one's own.
    static func review(_ readings: [RelationReading], entities: EntityTable) -> [RelationReading] {
        var sourcesOf: [GuessKey: Set<Int>] = [:]
        for r in readings where r.guess {
            sourcesOf[GuessKey(sentence: r.sentence, type: r.type, target: r.target), default: []].insert(r.source)
        }
        guard !sourcesOf.isEmpty else { return readings }
        var tiedTo: [Int: Set<Int>] = [:]
        for r in readings where !r.guess && titleRelations.contains(r.type) {
            tiedTo[r.source, default: []].insert(r.target)
        }
        var actedOn: Set<PairKey> = []
        for r in readings where !r.guess && !titleRelations.contains(r.type) {
            actedOn.insert(PairKey(r))
        }
        return readings.filter { r in
            guard r.guess else { return true }
            if titleRelations.contains(r.type), actedOn.contains(PairKey(r)) { return false }
            if sourcesOf[GuessKey(sentence: r.sentence, type: r.type, target: r.target)]?.count ?? 0 > 1 {
                return false
            }
            let targetType = entities[r.target].type
            return !(tiedTo[r.source] ?? []).contains { $0 != r.target && entities[$0].type == targetType }
        }
    }

    /// The relations a title gives.
    private static let titleRelations: Set<RelationType> = [.leads, .officialOf]

    /// A reading's sentence and its two ends, in either order.
    private struct PairKey: Hashable {
        let sentence: Int
        let a: Int
        let b: Int

        init(_ r: RelationReading) {
            sentence = r.sentence
            a = min(r.source, r.target)
            b = max(r.source, r.target)
        }
    }

    private struct GuessKey: Hashable {
        let sentence: Int
        let type: RelationType
        let target: Int
    }
}
