import ActorGraphCore
import Foundation
import GraphStore
import Testing

/// The stored graph is a function of the set of documents: arrival order, batching and interruption do not
/// change a single entity, alias, form or relation (compared through `canonicalDump`).
@Suite("Order independence: any order, batching or resumption gives the same graph")
struct OrderIndependenceTests {
    static let corpus = TangledCorpus.documents(count: 60, seed: 7)

    /// The graph of one sequential run, in file order, in one batch.
    static func reference() throws -> [String] {
        let store = try GraphStore.inMemory()
        _ = try store.ingest(corpus)
        return try store.canonicalDump()
    }

    static func ingest(_ documents: [ExtractedDocument], batchSize: Int) throws -> [String] {
        let store = try GraphStore.inMemory()
        for start in stride(from: 0, to: documents.count, by: batchSize) {
            _ = try store.ingest(Array(documents[start..<min(start + batchSize, documents.count)]))
        }
        return try store.canonicalDump()
    }

    @Test("The tangled corpus really tangles: chained aliases merge, a shared form keeps two actors apart")
    func corpusExercisesTheRules() throws {
        let dump = try Self.reference()
        // Actor 1's four spellings, given in chains across documents, end as one state.
        let stateForms = ["name1", "n1", "alias 1"].map { key in
            dump.first { $0.hasPrefix("form state \(key) ") }.map { String($0[$0.range(of: " → ")!.upperBound...]) }
        }
        #expect(stateForms.allSatisfy { $0 != nil && $0 == stateForms[0] })
        // The wrong types make extra entities, but far fewer than one per document entity.
        let entities = dump.filter { $0.hasPrefix("entity ") }
        #expect(entities.count > TangledCorpus.actorCount)
        #expect(entities.count < 60)
        // "Shared form" is held by the person (actor 0) and the state (actor 1), and owned by one of them.
        #expect(dump.contains { $0.hasPrefix("form person shared form 'Shared form' → person") })
        #expect(dump.contains { $0.hasPrefix("form state shared form 'Shared form' → state") })
        #expect(dump.filter { $0.hasPrefix("alias shared form ") }.count == 1)
        // Spellings that fold alike show the one with lower-case letters; a full name beats a surname.
        #expect(dump.contains { $0.hasPrefix("alias name1 'Name1' → state") })
        #expect(dump.contains { $0.hasPrefix("entity person Ann Lee0 ") })
        #expect(!dump.contains { $0.hasPrefix("entity person Lee0 ") })
    }

    @Test("Reversed, shuffled and one-by-one arrival give the graph of one sequential run", arguments: [1, 2, 3])
    func permutationsAgree(seed: UInt64) throws {
        let reference = try Self.reference()
        var random = SplitMix64(seed: seed)
        var shuffled = Self.corpus
        for i in stride(from: shuffled.count - 1, to: 0, by: -1) { shuffled.swapAt(i, random.next(below: i + 1)) }
        #expect(try Self.ingest(Self.corpus.reversed(), batchSize: 60) == reference)
        #expect(try Self.ingest(shuffled, batchSize: 60) == reference)
        #expect(try Self.ingest(shuffled, batchSize: 1 + Int(seed) * 4) == reference)
        #expect(try Self.ingest(shuffled, batchSize: 1) == reference)
    }

    @Test("An interrupted ingest resumed with the whole set gives the uninterrupted graph")
    func resumptionAgrees() throws {
        let reference = try Self.reference()
        for committed in [1, 17, 40] {
            let store = try GraphStore.inMemory()
            // What a killed run left: some batches committed, in its own order.
            _ = try store.ingest(Array(Self.corpus.suffix(committed)))
            // The rerun sees those as unchanged and stores the rest.
            let summary = try store.ingest(Self.corpus)
            #expect(summary.documentsUnchanged == committed)
            #expect(try store.canonicalDump() == reference)
        }
    }

    @Test("Two writers interleaving their batches on one file give the sequential graph")
    func interleavedWritersAgree() throws {
        let reference = try Self.reference()
        try withTemporaryStore { first, path in
            let second = try GraphStore(path: path)
            let odd = Self.corpus.enumerated().filter { $0.offset % 2 == 1 }.map(\.element)
            let even = Self.corpus.enumerated().filter { $0.offset % 2 == 0 }.map(\.element)
            for start in stride(from: 0, to: 30, by: 5) {
                _ = try first.ingest(Array(odd[start..<start + 5]))
                _ = try second.ingest(Array(even.reversed()[start..<start + 5]))
            }
            #expect(try first.canonicalDump() == reference)
        }
    }

    @Test("The per-name sums always equal the per-document rows: after ingest, change, removal and merges")
    func nameTotalsStayExact() throws {
        let store = try GraphStore.inMemory()
        _ = try store.ingest(Self.corpus)
        var changed = Self.corpus[3]
        changed.contentHash = "changed"
        changed.entities = changed.entities.map {
            var e = $0; e.mentions += 5; return e
        }
        _ = try store.ingest([changed])
        _ = try store.removeDocument(Self.corpus[10].id)
        let names = try store.entities().map(\.name)
        try store.merge(names[0], absorbing: names[1])
        let mismatches = """
            SELECT COUNT(*) FROM (
                SELECT entity_id, name, subtype, SUM(mentions) AS m, COUNT(*) AS c FROM entity_names GROUP BY 1, 2, 3
            ) g LEFT JOIN entity_name_totals t USING (entity_id, name, subtype)
            WHERE t.mentions IS NOT g.m OR t.records IS NOT g.c
            """
        let orphans = """
            SELECT COUNT(*) FROM entity_name_totals t WHERE NOT EXISTS (
                SELECT 1 FROM entity_names n WHERE n.entity_id = t.entity_id AND n.name = t.name AND n.subtype = t.subtype)
            """
        #expect(try store.count("SELECT COUNT(*) FROM entity_name_totals") > 0)
        #expect(try store.count(mismatches) == 0)
        #expect(try store.count(orphans) == 0)
    }
}
