public import ActorGraphCore

/// Merges per-document results into one corpus graph, keyed by canonical name and type.
public enum CorpusMerge {
    /// Entities with aliases unioned and mentions summed; relations with evidence unioned, confidence maxed;
    /// both sorted (entities by name then type, relations by source, type, target).
    public static func merge(_ documents: [ExtractedDocument]) -> (entities: [Entity], relations: [Relation]) {
        var entities: [String: Entity] = [:]
        var subtypeVotes: [String: GroupSubtype] = [:]
        for document in documents {
            for e in document.entities {
                let key = e.type.rawValue + "|" + e.name
                if var existing = entities[key] {
                    existing.aliases = Array(Set(existing.aliases).union(e.aliases)).filter { $0 != e.name }.sorted()
                    existing.addDescriptions(e.descriptions)
                    existing.mentions += e.mentions
                    if existing.subtype == nil { existing.subtype = e.subtype }
                    entities[key] = existing
                } else {
                    entities[key] = e
                }
                if let s = e.subtype, subtypeVotes[key] == nil { subtypeVotes[key] = s }
            }
        }
        var relations: [RelationKey: Relation] = [:]
        for document in documents {
            for r in document.relations {
                let r = r.normalised()
                let key = RelationKey(source: r.source, type: r.type, target: r.target)
                if var existing = relations[key] {
                    existing.confidence = max(existing.confidence, r.confidence)
                    existing.evidence = Array(Set(existing.evidence).union(r.evidence)).sorted()
                    relations[key] = existing
                } else {
                    var copy = r
                    copy.evidence.sort()
                    relations[key] = copy
                }
            }
        }
        // Same actor under two names across documents: a one-word person named like a unique full name's
        // surname ("Bazoum" → "Mohamed Bazoum"), or groups sharing an acronym ("AES").
        var rename: [String: String] = [:]  // "type|name" → surviving name
        // Spellings that fold alike ("Wagner group", "Wagner Group"): one entity, the most mentioned spelling.
        var byFolded: [String: [Entity]] = [:]
        for e in entities.values { byFolded[e.type.rawValue + "|" + NameKey.fold(e.name), default: []].append(e) }
        for (_, list) in byFolded where list.count > 1 {
            let survivor = list.sorted { ($0.mentions, $1.name) > ($1.mentions, $0.name) }[0]
            for e in list where e.name != survivor.name { rename[e.type.rawValue + "|" + e.name] = survivor.name }
        }
        let persons = entities.values.filter { $0.type == .person }
        var fullBySurname: [String: [String]] = [:]
        for p in persons where p.name.split(separator: " ").count >= 2 {
            if let last = p.name.split(separator: " ").last {
                fullBySurname[NameKey.fold(String(last)), default: []].append(p.name)
            }
        }
        for p in persons where !p.name.contains(" ") {
            if let full = fullBySurname[NameKey.fold(p.name)], full.count == 1 { rename["person|" + p.name] = full[0] }
        }
        // "Commission" in one article, "European Commission" in another: a one-word group named like the last word
        // of exactly one longer group is that group.
        var groupsByLastWord: [String: [String]] = [:]
        for g in entities.values where g.type == .group && g.name.split(separator: " ").count >= 2 {
            if let last = g.name.split(separator: " ").last {
                groupsByLastWord[NameKey.fold(String(last)), default: []].append(g.name)
            }
        }
        for g in entities.values where g.type == .group && !g.name.contains(" ") && rename["group|" + g.name] == nil {
            if let longer = groupsByLastWord[NameKey.fold(g.name)], longer.count == 1 {
                rename["group|" + g.name] = longer[0]
            }
        }
        var groupByAcronym: [String: [Entity]] = [:]
        for g in entities.values where g.type == .group {
            for a in g.aliases + [g.name]
            where a.count >= 2 && a.count <= 8
                && a.unicodeScalars.allSatisfy({ $0.properties.isUppercase || $0 == "." })
            {
                groupByAcronym[a, default: []].append(g)
            }
        }
        for (_, list) in groupByAcronym.sorted(by: { $0.key < $1.key }) where list.count >= 2 {
            let survivor = list.sorted { ($0.mentions, $1.name) > ($1.mentions, $0.name) }[0]
            for g in list where g.name != survivor.name && rename["group|" + g.name] == nil {
                rename["group|" + g.name] = survivor.name
            }
        }
        for (key, target) in rename.sorted(by: { $0.key < $1.key }) {
            guard let old = entities.removeValue(forKey: key) else { continue }
            let type = old.type.rawValue
            guard var survivor = entities[type + "|" + target] else {
                entities[key] = old
                continue
            }
            survivor.aliases = Array(Set(survivor.aliases).union(old.aliases + [old.name])).filter { $0 != target }
                .sorted()
            survivor.addDescriptions(old.descriptions)
            survivor.mentions += old.mentions
            entities[type + "|" + target] = survivor
        }
        if !rename.isEmpty {
            let byName = Dictionary(
                rename.map { (String($0.key.split(separator: "|", maxSplits: 1)[1]), $0.value) },
                uniquingKeysWith: { a, _ in a })
            var renamed: [RelationKey: Relation] = [:]
            for (_, r) in relations {
                var r = r
                r.source = byName[r.source] ?? r.source
                r.target = byName[r.target] ?? r.target
                guard r.source != r.target else { continue }
                r = r.normalised()
                let key = RelationKey(source: r.source, type: r.type, target: r.target)
                if var existing = renamed[key] {
                    existing.confidence = max(existing.confidence, r.confidence)
                    existing.evidence = Array(Set(existing.evidence).union(r.evidence)).sorted()
                    renamed[key] = existing
                } else {
                    renamed[key] = r
                }
            }
            relations = renamed
        }
        let sortedEntities = entities.values.sorted { ($0.name, $0.type) < ($1.name, $1.type) }
        let sortedRelations = relations.values.sorted {
            ($0.source, $0.type, $0.target) < ($1.source, $1.type, $1.target)
        }
        return (sortedEntities, sortedRelations)
    }
}
