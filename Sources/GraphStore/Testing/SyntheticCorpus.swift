package import ActorGraphCore

/// Seeded synthetic extraction output for scale tests and `store-bench`: no text, only its shape.
///
/// Document `n` mentions 12 actors drawn from `actors` names with a skew towards low numbers (the minimum
/// of two uniform draws, so a few actors are everywhere, as capitals and blocs are in news), each with one
/// alias, and carries up to 10 relations of random types, each with one evidence sentence. Dates cycle
/// through 2024. Same arguments, same documents.
package enum SyntheticCorpus {
    package static func documents(count: Int, actors: Int = 3000, seed: UInt64 = 42) -> [ExtractedDocument] {
        var random = SplitMix64(seed: seed)
        let types = EntityType.allCases
        let relationTypes = RelationType.allCases
        return (0..<count).map { number in
            let id = "synthetic-\(String(number + 100_000).dropFirst()).txt"
            var picked = Set<Int>()
            for _ in 0..<12 { picked.insert(min(random.next(below: actors), random.next(below: actors))) }
            let actorNumbers = picked.sorted()
            let entities = actorNumbers.map { k in
                Entity(
                    name: "Actor \(k)", type: types[k % types.count], aliases: ["A\(k)"],
                    mentions: 1 + random.next(below: 3))
            }
            var relations: [Relation] = []
            for r in 0..<10 {
                let a = actorNumbers[random.next(below: actorNumbers.count)]
                let b = actorNumbers[random.next(below: actorNumbers.count)]
                guard a != b else { continue }
                let evidence = Evidence(
                    document: id, sentence: "Sentence \(r) of \(id) about Actor \(a) and Actor \(b).", start: r * 100,
                    end: r * 100 + 60)
                relations.append(
                    Relation(
                        source: "Actor \(a)", type: relationTypes[random.next(below: relationTypes.count)],
                        target: "Actor \(b)",
                        confidence: 0.5 + Double(random.next(below: 50)) / 100, evidence: [evidence]))
            }
            let month = 1 + number % 12
            let day = 1 + number % 28
            return ExtractedDocument(
                id: id, contentHash: SHA256.hex(of: Array(id.utf8)), length: 2000,
                date: "2024-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)",
                entities: entities, relations: relations)
        }
    }
}
