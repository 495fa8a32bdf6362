import ActorGraphCore
import Foundation

/// The deterministic batches the crash child ingests, and what each of their documents must hold.
enum CrashFixture {
    /// Documents per batch: a store holding only whole batches has a multiple of this many documents.
    static let batchSize = 8

    /// The documents of batch `batch` (0-based), `size` of them.
    static func batch(_ batch: Int, size: Int = batchSize) -> [ExtractedDocument] {
        (0..<size).map { document(number: batch * batchSize + $0, batch: batch) }
    }

    /// Evidence rows a stored document `id` must have: two sentences for each of its relations.
    static func expectedEvidence(documentID id: String) -> Int? {
        guard let number = Int(id.split(separator: "-").last?.split(separator: ".").first ?? "") else { return nil }
        return 2 * relationCount(number)
    }

    private static func relationCount(_ number: Int) -> Int { number % 3 + 1 }

    private static func document(number: Int, batch: Int) -> ExtractedDocument {
        let id = "batch\(batch)-doc-\(number).txt"
        let actor = "Actor \(number)"
        let partner = "Partner \(number % 7)"
        let all = [
            Relation(source: actor, type: .supports, target: "Hub"),
            Relation(source: actor, type: .memberOf, target: "Hub"),
            Relation(source: partner, type: .cooperatesWith, target: actor),
        ]
        let relations = all.prefix(relationCount(number)).map { relation in
            var relation = relation
            relation.evidence = [0, 20].map {
                Evidence(
                    document: id, sentence: "\(relation.source) and \(relation.target), part \($0)", start: $0,
                    end: $0 + 15)
            }
            return relation
        }
        return ExtractedDocument(
            id: id, contentHash: SHA256.hex(of: Array(id.utf8)), length: 100, date: "2024-01-01",
            entities: [
                Entity(name: actor, type: .person, mentions: 1),
                Entity(name: "Hub", type: .group, aliases: ["The Hub"], mentions: 2),
                Entity(name: partner, type: .state, mentions: 1),
            ],
            relations: relations)
    }
}
