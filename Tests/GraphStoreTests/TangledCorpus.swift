import ActorGraphCore
import GraphStore

/// Seeded extraction output built to make "first come, first served" show: name variants that chain
/// ("Name3" with alias "N3", "N3" with alias "Alias 3"), spellings that fold alike ("Name3", "NAME3"), one
/// form shared by a state and a group, persons known by a full name and by a surname, groups given
/// different subtypes, and an entity now and then given the wrong type, as extraction does.
///
/// Every relation's evidence sentence is a function of its document and offset, as it is for real text.
enum TangledCorpus {
    static let actorCount = 12

    /// The surface forms actor `k` is known by, its preferred one first.
    static func variants(of k: Int) -> [String] {
        var forms: [String]
        if type(of: k) == .person {
            forms = ["Ann Lee\(k)", "Lee\(k)", "LEE\(k)"]
        } else {
            forms = ["Name\(k)", "N\(k)", "Alias \(k)", "NAME\(k)"]
        }
        // Actors 0 (a state) and 1 (a group) share a form: neither may take the other's alias key by arriving first.
        if k == 0 || k == 1 { forms.append("Shared form") }
        return forms
    }

    static func type(of k: Int) -> EntityType { EntityType.allCases[k % EntityType.allCases.count] }

    static func documents(count: Int, seed: UInt64) -> [ExtractedDocument] {
        var random = SplitMix64(seed: seed)
        let subtypes: [GroupSubtype] = [.military, .armedGroup]
        return (0..<count).map { number in
            let id = "tangled-\(number).txt"
            var picked: [Int] = []
            while picked.count < 4 {
                let k = random.next(below: actorCount)
                if !picked.contains(k) { picked.append(k) }
            }
            var entities: [Entity] = []
            for k in picked {
                let forms = variants(of: k)
                let name = forms[random.next(below: forms.count)]
                let aliases = forms.filter { $0 != name && random.next(below: 3) == 0 }
                // One entity in ten carries the wrong type.
                let type = random.next(below: 10) == 0 ? EntityType.allCases[random.next(below: 4)] : type(of: k)
                let subtype = type == .group && random.next(below: 2) == 0 ? subtypes[random.next(below: 2)] : nil
                if entities.contains(where: { NameKey.fold($0.name) == NameKey.fold(name) }) { continue }
                entities.append(
                    Entity(
                        name: name, type: type, subtype: subtype, aliases: aliases, mentions: 1 + random.next(below: 3))
                )
            }
            var relations: [Relation] = []
            for _ in 0..<3 {
                let a = entities[random.next(below: entities.count)]
                let b = entities[random.next(below: entities.count)]
                guard a.name != b.name else { continue }
                let starts = (0..<(1 + random.next(below: 2))).map { _ in random.next(below: 5) * 100 }
                relations.append(
                    Relation(
                        source: a.name, type: RelationType.allCases[random.next(below: RelationType.allCases.count)],
                        target: b.name, confidence: 0.3 + Double(random.next(below: 70)) / 100,
                        evidence: Set(starts).sorted().map {
                            Evidence(document: id, sentence: "Sentence at \($0) of \(id).", start: $0, end: $0 + 40)
                        }))
            }
            return ExtractedDocument(
                id: id, contentHash: SHA256.hex(of: Array(id.utf8)), length: 600, date: nil, entities: entities,
                relations: relations)
        }
    }
}
