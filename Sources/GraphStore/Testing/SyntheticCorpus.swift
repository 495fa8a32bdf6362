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
            for _ in 0..<12 { picked.insert(min(random.below(actors), random.below(actors))) }
            let actorNumbers = picked.sorted()
            let entities = actorNumbers.map { k in
                Entity(
                    name: "Actor \(k)", type: types[k % types.count], aliases: ["A\(k)"], mentions: 1 + random.below(3))
            }
            var relations: [Relation] = []
            for r in 0..<10 {
                let a = actorNumbers[random.below(actorNumbers.count)]
                let b = actorNumbers[random.below(actorNumbers.count)]
                guard a != b else { continue }
                let evidence = Evidence(
                    document: id, sentence: "Sentence \(r) of \(id) about Actor \(a) and Actor \(b).", start: r * 100,
                    end: r * 100 + 60)
                relations.append(
                    Relation(
                        source: "Actor \(a)", type: relationTypes[random.below(relationTypes.count)],
                        target: "Actor \(b)",
                        confidence: 0.5 + Double(random.below(50)) / 100, evidence: [evidence]))
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

/// SplitMix64 (Steele, Lea & Flood 2014): a tiny seeded generator, identical on every platform.
struct SplitMix64 {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9e37_79b9_7f4a_7c15
        var z = state
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }

    /// A number in `0..<bound` (modulo bias is irrelevant for test data).
    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
}
