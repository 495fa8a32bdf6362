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
    /// - a guess that a state has a leader whom the same sentence gives it by a direct title of the same word
    ///   ("President Donald Trump, who hosted *Argentine President* Javier Milei"): one state, one president (a
    ///   "military ruler" and the "President" he toppled are two);
    /// - a guess for a person whom the sentence pairs with a counterpart who holds a direct title of that state
    ///   ("U.S. Defense Secretary Pete Hegseth signed a memorandum with Public Security Minister Frank Ábrego"):
    ///   counterparts are of two sides.
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
        var counterparts: [SentenceEntity: Set<Int>] = [:]
        for r in readings where !r.guess && !titleRelations.contains(r.type) {
            actedOn.insert(PairKey(r))
            // (Opponents may be of one state: a coup's leader and the president he toppled.)
            if r.type == .cooperatesWith {
                counterparts[SentenceEntity(sentence: r.sentence, entity: r.source), default: []].insert(r.target)
                counterparts[SentenceEntity(sentence: r.sentence, entity: r.target), default: []].insert(r.source)
            }
        }
        // Direct title readings of each sentence: who leads a state, and whose titles a person holds.
        var leaderOf: [SentenceEntity: [(person: Int, title: String?)]] = [:]  // (sentence, state) → direct leaders
        var directTitles: [SentenceEntity: Set<Int>] = [:]  // (sentence, person) → states of its direct titles
        for r in readings where !r.guess && titleRelations.contains(r.type) && entities[r.target].type == .state {
            // (A former leader and the present one share a state: "elected president of Hungary after former
            // President Katalin Novák resigned".)
            if r.type == .leads, r.assertion != .ended {
                leaderOf[SentenceEntity(sentence: r.sentence, entity: r.target), default: []].append(
                    (r.source, r.titleWord))
            }
            directTitles[SentenceEntity(sentence: r.sentence, entity: r.source), default: []].insert(r.target)
        }
        return readings.filter { r in
            guard r.guess else { return true }
            if titleRelations.contains(r.type), actedOn.contains(PairKey(r)) { return false }
            if r.type == .leads, r.assertion != .ended, let title = r.titleWord,
                leaderOf[SentenceEntity(sentence: r.sentence, entity: r.target)]?.contains(where: {
                    $0.person != r.source && $0.title == title
                }) ?? false
            {
                return false
            }
            let others = counterparts[SentenceEntity(sentence: r.sentence, entity: r.source)] ?? []
            if others.contains(where: {
                directTitles[SentenceEntity(sentence: r.sentence, entity: $0)]?.contains(r.target) ?? false
            }) {
                return false
            }
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

    /// An entity (a person, or a state) in one sentence.
    private struct SentenceEntity: Hashable {
        let sentence: Int
        let entity: Int
    }

    private struct GuessKey: Hashable {
        let sentence: Int
        let type: RelationType
        let target: Int
    }
}
