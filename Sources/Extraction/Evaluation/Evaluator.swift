public import ActorGraphCore

/// Precision, recall and F1 of one category.
public struct Score: Codable, Sendable, Equatable {
    public var truePositives: Int
    public var falsePositives: Int
    public var falseNegatives: Int

    public var precision: Double {
        truePositives + falsePositives == 0 ? 0 : Double(truePositives) / Double(truePositives + falsePositives)
    }
    public var recall: Double {
        truePositives + falseNegatives == 0 ? 0 : Double(truePositives) / Double(truePositives + falseNegatives)
    }
    public var f1: Double {
        precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
    }
}

/// Scores of an extraction against a gold file, with every miss and false positive.
public struct EvaluationReport: Codable, Sendable {
    /// One error line: what was missed or wrongly found, and the sentence behind it.
    public struct Item: Codable, Sendable, Hashable {
        public var category: String
        public var description: String
        public var sentence: String
    }

    public var entities: Score
    public var entitiesByType: [String: Score]
    public var relations: Score
    public var relationsByType: [String: Score]
    public var edges: Score
    /// Precision of the extracted relations by confidence band, so `--min-confidence` can be read as a precision.
    public var calibration: [ConfidenceBand]
    public var misses: [Item]
    public var falsePositives: [Item]

    /// Extracted relations whose confidence lies in `[lower, upper)`, and how many of them the gold has.
    public struct ConfidenceBand: Codable, Sendable, Equatable {
        public var lower: Double
        public var upper: Double
        public var correct: Int
        public var wrong: Int
        public var precision: Double { correct + wrong == 0 ? 0 : Double(correct) / Double(correct + wrong) }
    }

    /// The bands `calibration` uses: below 0.5, then tenths, and 0.9 up to 1 inclusive.
    static let bandEdges: [Double] = [0, 0.5, 0.6, 0.7, 0.8, 0.9, 1.000_001]

    public var entityF1: Double { entities.f1 }
    public var relationF1: Double { relations.f1 }
    public var edgeF1: Double { edges.f1 }

    /// A human-readable aligned table, then the misses and false positives.
    public func table() -> String {
        func pad(_ s: String, _ n: Int) -> String { s.count >= n ? s : s + String(repeating: " ", count: n - s.count) }
        func fmt(_ x: Double) -> String {
            let scaled = Int((x * 1000).rounded())
            return "\(scaled / 1000).\(String(repeating: "0", count: 3 - String(scaled % 1000).count))\(scaled % 1000)"
        }
        func row(_ name: String, _ s: Score) -> String {
            pad(name, 26) + pad(fmt(s.precision), 8) + pad(fmt(s.recall), 8) + pad(fmt(s.f1), 8)
                + "tp=\(s.truePositives) fp=\(s.falsePositives) fn=\(s.falseNegatives)"
        }
        var lines = [pad("category", 26) + pad("P", 8) + pad("R", 8) + pad("F1", 8) + "counts"]
        for (k, s) in entitiesByType.sorted(by: { $0.key < $1.key }) { lines.append(row("entity/" + k, s)) }
        lines.append(row("entities", entities))
        for (k, s) in relationsByType.sorted(by: { $0.key < $1.key }) { lines.append(row("relation/" + k, s)) }
        lines.append(row("relations", relations))
        lines.append(row("untyped edges", edges))
        lines.append("")
        lines.append(pad("confidence", 26) + pad("P", 8) + "relations")
        for band in calibration where band.correct + band.wrong > 0 {
            let upper = min(band.upper, 1)
            lines.append(
                pad("[\(fmt(band.lower)), \(fmt(upper))\(upper == 1 ? "]" : ")")", 26) + pad(fmt(band.precision), 8)
                    + "correct=\(band.correct) wrong=\(band.wrong)")
        }
        lines.append("")
        lines.append("misses (\(misses.count)):")
        for m in misses {
            lines.append("  - [\(m.category)] \(m.description)" + (m.sentence.isEmpty ? "" : " | \(m.sentence)"))
        }
        lines.append("false positives (\(falsePositives.count)):")
        for m in falsePositives {
            lines.append("  + [\(m.category)] \(m.description)" + (m.sentence.isEmpty ? "" : " | \(m.sentence)"))
        }
        return lines.joined(separator: "\n")
    }
}

/// Scores a corpus graph against a gold standard, matching names as the schema says.
public enum Evaluator {
    /// Scores extracted entities and relations against the gold.
    ///
    /// Entities match by name and type (case- and accent-insensitive, or through a gold alias; the extracted
    /// entity's aliases, then its descriptions, are tried when its name does not match). Relations match by (source, type, target)
    /// after mapping ends to gold names; `cooperates_with` is unordered. Untyped edges compare unordered pairs.
    public static func evaluate(entities: [Entity], relations: [Relation], gold: GoldStandard) -> EvaluationReport {
        var goldByKey: [String: [Int]] = [:]
        for (i, g) in gold.entities.enumerated() {
            for surface in Set([g.name] + g.aliases) {
                goldByKey[NameKey.fold(surface), default: []].append(i)
            }
        }
        // A surface several gold entities share ("Foreign Ministry", the alias of each state's ministry) identifies
        // none of them, unless it is one's own name.
        func goldIndex(for name: String, type: EntityType, aliases: [String]) -> Int? {
            for surface in [name] + aliases {
                let key = NameKey.fold(surface)
                var hits: [Int] = []
                for i in goldByKey[key] ?? [] where gold.entities[i].type == type && !hits.contains(i) {
                    hits.append(i)
                }
                if hits.count == 1 { return hits[0] }
                if let named = hits.first(where: { NameKey.fold(gold.entities[$0].name) == key }) { return named }
            }
            return nil
        }
        // Entities.
        var mapped: [String: String] = [:]  // extracted name -> gold name
        var matchedGold = Set<Int>()
        var entityFP: [Entity] = []
        for e in entities {
            if let g = goldIndex(for: e.name, type: e.type, aliases: e.aliases + e.descriptions),
                !matchedGold.contains(g)
            {
                matchedGold.insert(g)
                mapped[e.name] = gold.entities[g].name
            } else if let g = goldIndex(for: e.name, type: e.type, aliases: e.aliases + e.descriptions) {
                mapped[e.name] = gold.entities[g].name  // duplicate of a matched entity: counts against precision
                entityFP.append(e)
            } else {
                entityFP.append(e)
            }
        }
        var entitiesByType: [String: Score] = [:]
        for t in EntityType.allCases {
            let tp = matchedGold.filter { gold.entities[$0].type == t }.count
            let fp = entityFP.filter { $0.type == t }.count
            let fn = gold.entities.indices.filter { gold.entities[$0].type == t && !matchedGold.contains($0) }.count
            entitiesByType[t.rawValue] = Score(truePositives: tp, falsePositives: fp, falseNegatives: fn)
        }
        let entityScore = Score(
            truePositives: matchedGold.count, falsePositives: entityFP.count,
            falseNegatives: gold.entities.count - matchedGold.count)
        var misses: [EvaluationReport.Item] = gold.entities.indices.filter { !matchedGold.contains($0) }.map {
            EvaluationReport.Item(
                category: "entity", description: "\(gold.entities[$0].name) (\(gold.entities[$0].type))", sentence: "")
        }
        var falsePositives: [EvaluationReport.Item] = entityFP.map {
            EvaluationReport.Item(category: "entity", description: "\($0.name) (\($0.type))", sentence: "")
        }

        // Relations.
        struct Triple: Hashable, Comparable {
            var source: String
            var type: RelationType
            var target: String
            static func < (a: Triple, b: Triple) -> Bool { (a.type, a.source, a.target) < (b.type, b.source, b.target) }
        }
        func triple(_ s: String, _ t: RelationType, _ o: String) -> Triple {
            if t.isSymmetric && o < s { return Triple(source: o, type: t, target: s) }
            return Triple(source: s, type: t, target: o)
        }
        var goldTriples: [Triple: String] = [:]
        for r in gold.relations {
            let key = triple(r.source, r.type, r.target)
            if goldTriples[key] == nil { goldTriples[key] = r.evidence }
        }
        var found: [Triple: String] = [:]
        var confidence: [Triple: Double] = [:]
        for r in relations {
            let key = triple(mapped[r.source] ?? r.source, r.type, mapped[r.target] ?? r.target)
            if found[key] == nil { found[key] = r.evidence.first?.sentence ?? "" }
            confidence[key] = max(confidence[key] ?? 0, r.confidence)
        }
        var calibration = zip(EvaluationReport.bandEdges, EvaluationReport.bandEdges.dropFirst()).map {
            EvaluationReport.ConfidenceBand(lower: $0, upper: $1, correct: 0, wrong: 0)
        }
        for (key, value) in confidence {
            guard let band = calibration.firstIndex(where: { value >= $0.lower && value < $0.upper }) else { continue }
            if goldTriples[key] != nil { calibration[band].correct += 1 } else { calibration[band].wrong += 1 }
        }
        var relationsByType: [String: Score] = [:]
        for t in RelationType.allCases {
            let g = Set(goldTriples.keys.filter { $0.type == t })
            let f = Set(found.keys.filter { $0.type == t })
            relationsByType[t.rawValue] = Score(
                truePositives: g.intersection(f).count, falsePositives: f.subtracting(g).count,
                falseNegatives: g.subtracting(f).count)
        }
        let g = Set(goldTriples.keys)
        let f = Set(found.keys)
        let relationScore = Score(
            truePositives: g.intersection(f).count, falsePositives: f.subtracting(g).count,
            falseNegatives: g.subtracting(f).count)
        for m in g.subtracting(f).sorted() {
            misses.append(
                .init(
                    category: "relation", description: "\(m.source) \(m.type) \(m.target)",
                    sentence: goldTriples[m] ?? ""))
        }
        for m in f.subtracting(g).sorted() {
            falsePositives.append(
                .init(category: "relation", description: "\(m.source) \(m.type) \(m.target)", sentence: found[m] ?? ""))
        }

        // Untyped edges.
        func pairs(_ triples: some Sequence<Triple>) -> Set<[String]> {
            Set(triples.compactMap { $0.source == $0.target ? nil : [$0.source, $0.target].sorted() })
        }
        let goldPairs = pairs(g)
        let foundPairs = pairs(f)
        let edgeScore = Score(
            truePositives: goldPairs.intersection(foundPairs).count,
            falsePositives: foundPairs.subtracting(goldPairs).count,
            falseNegatives: goldPairs.subtracting(foundPairs).count)
        return EvaluationReport(
            entities: entityScore, entitiesByType: entitiesByType, relations: relationScore,
            relationsByType: relationsByType, edges: edgeScore, calibration: calibration, misses: misses,
            falsePositives: falsePositives)
    }
}
