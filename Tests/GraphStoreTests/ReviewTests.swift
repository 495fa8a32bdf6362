import ActorGraphCore
import GraphStore
import Testing

/// The review queue: order, contradictions (same actors, opposite polarity, overlapping period), single-sentence
/// edges, and what accepting, rejecting and adding by hand take off it.
@Suite("Review: relations to check, lowest confidence first")
struct ReviewTests {
    static func documents() -> [ExtractedDocument] {
        [
            Fixture.document(
                "d1.txt", date: "2024-01-10",
                entities: [
                    Fixture.entity("Alpha", .state), Fixture.entity("Beta", .state), Fixture.entity("Carol", .person),
                    Fixture.entity("Delta", .state), Fixture.entity("Echo", .group), Fixture.entity("Fox", .group),
                ],
                relations: [
                    Fixture.relation("Alpha", .supports, "Beta", in: "d1.txt", at: [0], confidence: 0.6),
                    Fixture.relation("Alpha", .opposes, "Beta", in: "d1.txt", at: [20], confidence: 0.9),
                    Fixture.relation("Carol", .leads, "Delta", in: "d1.txt", at: [40, 60], confidence: 0.5),
                    Fixture.relation("Echo", .cooperatesWith, "Fox", in: "d1.txt", at: [80, 100], confidence: 0.6),
                    // Against the symmetric relation above, the other way round: still a contradiction.
                    Fixture.relation("Fox", .opposes, "Echo", in: "d1.txt", at: [120, 140], confidence: 0.8),
                ]),
            // Golf supports Hotel in 2020 and opposes it in 2024: two periods, no contradiction.
            Fixture.document(
                "d2.txt", date: "2020-05-01",
                entities: [Fixture.entity("Golf", .state), Fixture.entity("Hotel", .state)],
                relations: [Fixture.relation("Golf", .supports, "Hotel", in: "d2.txt", at: [0], confidence: 0.7)]),
            Fixture.document(
                "d3.txt", date: "2024-06-01",
                entities: [Fixture.entity("Golf", .state), Fixture.entity("Hotel", .state)],
                relations: [Fixture.relation("Golf", .opposes, "Hotel", in: "d3.txt", at: [0], confidence: 0.7)]),
        ]
    }

    static func lines(_ store: GraphStore, only: ReviewReason? = nil) throws -> [String] {
        try store.review(only: only).items.map { item in
            let r = item.relation
            return
                "\(r.source) \(r.type) \(r.target) \(r.confidence) [\(item.reasons.map(\.rawValue).joined(separator: ","))]"
                + (item.contradicts.isEmpty ? "" : " vs \(item.contradicts.joined(separator: "; "))")
        }
    }

    @Test("Lowest confidence first; ties: contradictions, then single-sentence edges, then by name")
    func order() throws {
        let store = try GraphStore.inMemory()
        _ = try store.ingest(Self.documents())
        #expect(
            try Self.lines(store) == [
                "Carol leads Delta 0.5 []",
                "Alpha supports Beta 0.6 [contradiction,single_sentence] vs Alpha opposes Beta",
                "Echo cooperates_with Fox 0.6 [contradiction] vs Fox opposes Echo",
                "Golf opposes Hotel 0.7 [single_sentence]",
                "Golf supports Hotel 0.7 [single_sentence]",
                "Fox opposes Echo 0.8 [contradiction] vs Echo cooperates_with Fox",
                "Alpha opposes Beta 0.9 [contradiction,single_sentence] vs Alpha supports Beta",
            ])
        #expect(
            try Self.lines(store, only: .contradiction).map { String($0.prefix(while: { $0 != "0" })) } == [
                "Alpha supports Beta ", "Echo cooperates_with Fox ", "Fox opposes Echo ", "Alpha opposes Beta ",
            ])
        let limited = try store.review(limit: 2)
        #expect(limited.items.count == 2)
        #expect(limited.total == 7)
        // Each item comes with its sentence.
        #expect(limited.items[1].sentence?.sentence == "Alpha supports Beta @0")
    }

    @Test("Accepting or rejecting takes a relation off the list; the contradiction stays flagged on the other")
    func acceptAndReject() throws {
        let store = try GraphStore.inMemory()
        _ = try store.ingest(Self.documents())
        try store.acceptRelation(source: "Alpha", type: .opposes, target: "Beta")
        try store.rejectRelation(source: "Carol", type: .leads, target: "Delta")
        let listed = try Self.lines(store)
        #expect(listed.count == 5)
        #expect(!listed.contains { $0.hasPrefix("Alpha opposes Beta") || $0.hasPrefix("Carol leads Delta") })
        #expect(listed.contains("Alpha supports Beta 0.6 [contradiction,single_sentence] vs Alpha opposes Beta"))
        // Rejected, a relation contradicts nothing any more.
        try store.rejectRelation(source: "Alpha", type: .opposes, target: "Beta")
        #expect(try Self.lines(store).contains("Alpha supports Beta 0.6 [single_sentence]"))
        // Accept is a curation: listed, replayed after an ingest, undoable.
        #expect(
            try store.curations().map(\.action).first
                == .acceptRelation(source: "Alpha", type: .opposes, target: "Beta"))
        _ = try store.ingest(
            Self.documents().map {
                var d = $0; d.contentHash += "2"; return d
            })
        #expect(!(try Self.lines(store)).contains { $0.hasPrefix("Carol leads Delta") })
    }

    @Test("An undated relation overlaps every period")
    func undatedOverlaps() throws {
        let store = try GraphStore.inMemory()
        _ = try store.ingest(
            [
                Fixture.document(
                    "u.txt", entities: [Fixture.entity("Golf", .state), Fixture.entity("Hotel", .state)],
                    relations: [Fixture.relation("Golf", .cooperatesWith, "Hotel", in: "u.txt", at: [0])])
            ] + Self.documents().suffix(2))
        let flagged = try store.review(only: .contradiction).items.map { "\($0.relation.type)" }
        #expect(flagged == ["opposes", "cooperates_with"])  // 0.7, then 0.9; the 2020 "supports" is not flagged
    }
}
