import ActorGraphCore
import Language

/// Turns a document's readings into relations between canonical names, one per (source, type, target), each
/// with every distinct sentence that supports it and the highest confidence read.
enum DocumentRelations {
    static func build(_ readings: [RelationReading], document: String, parse: ParseIndex, entities: EntityTable)
        -> [Relation]
    {
        var relations: [RelationKey: Relation] = [:]
        var evidenceOf: [Int: Evidence] = [:]
        for reading in readings {
            let evidence: Evidence
            if let cached = evidenceOf[reading.sentence] {
                evidence = cached
            } else {
                evidence = Self.evidence(reading.sentence, document: document, parse: parse)
                evidenceOf[reading.sentence] = evidence
            }
            let relation = Relation(
                source: entities[reading.source].name, type: reading.type, target: entities[reading.target].name,
                confidence: reading.confidence, evidence: [evidence]
            ).normalised()
            let key = RelationKey(source: relation.source, type: relation.type, target: relation.target)
            if var existing = relations[key] {
                existing.confidence = max(existing.confidence, relation.confidence)
                if !existing.evidence.contains(evidence) { existing.evidence.append(evidence) }
                relations[key] = existing
            } else {
                relations[key] = relation
            }
        }
        return relations.values.map { r in
            var r = r
            r.evidence.sort()
            return r
        }.sorted { ($0.source, $0.type, $0.target) < ($1.source, $1.type, $1.target) }
    }

    /// The sentence as evidence: its text without surrounding whitespace, and its scalar offsets.
    static func evidence(_ sentence: Int, document: String, parse: ParseIndex) -> Evidence {
        let tokens = parse.sentenceTokens[sentence].filter { parse.tokens[$0].pos != .SPACE }
        guard let first = tokens.first, let last = tokens.last else {
            let span = parse.sentenceSpans[sentence]
            return Evidence(document: document, sentence: "", start: span.start, end: span.start)
        }
        let start = parse.tokens[first].start
        let end = parse.tokens[last].end
        return Evidence(document: document, sentence: parse.text(from: start, to: end), start: start, end: end)
    }
}
