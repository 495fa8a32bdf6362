import ActorGraphCore
import ActorGraphTestSupport
import Foundation
import Testing

@testable import ActorGraphKit

@Suite struct DictionaryAndDatesTests {
    @Test("A user dictionary is stored with the database and used by later ingests that do not name it")
    func storedDictionary() throws {
        try withTemporaryDirectory { dir in
            let dictionary = dir.appendingPathComponent("dictionary.json")
            try #"{"entities": [{"name": "Kelvaro", "type": "group", "subtype": "armed_group", "aliases": ["KVR"]}]}"#
                .write(to: dictionary, atomically: true, encoding: .utf8)
            let first = dir.appendingPathComponent("first.txt")
            try "Kelvaro fighters attacked Niger on Monday.\n".write(to: first, atomically: true, encoding: .utf8)
            let second = dir.appendingPathComponent("second.txt")
            try "Witnesses said KVR attacked Mali again.\n".write(to: second, atomically: true, encoding: .utf8)

            let workspace = try Workspace(
                databasePath: dir.appendingPathComponent("g.sqlite").path, opening: .createIfMissing)
            _ = try workspace.ingest(paths: [first.path], dictionaryPath: dictionary.path)
            _ = try workspace.ingest(paths: [second.path])

            let kelvaro = try #require(try workspace.entities(type: .group).first { $0.name == "Kelvaro" })
            #expect(kelvaro.aliases.contains("KVR"))
            let relations = try workspace.relations(involving: "kvr").map { "\($0.source) \($0.type) \($0.target)" }
            #expect(relations.contains("Kelvaro opposes Mali"))
            #expect(relations.contains("Kelvaro opposes Niger"))
        }
    }

    @Test("Dated documents give relations first and last sightings, and --since keeps later evidence only")
    func dates() throws {
        try withTemporaryDirectory { dir in
            let early = dir.appendingPathComponent("early.txt")
            try "Russia supplies weapons to Mali.\n".write(to: early, atomically: true, encoding: .utf8)
            let late = dir.appendingPathComponent("late.txt")
            try "Date: 2024-05-02\nRussia supplies drones to Mali.\n".write(to: late, atomically: true, encoding: .utf8)
            let workspace = try Workspace(
                databasePath: dir.appendingPathComponent("g.sqlite").path, opening: .createIfMissing)
            _ = try workspace.ingest(paths: [early.path], date: "2023-01-10")
            _ = try workspace.ingest(paths: [late.path])

            let all = try workspace.relate("Russia", "Mali")
            let supports = try #require(all.direct.first { $0.type == .supports && $0.source == "Russia" })
            #expect(supports.weight == 2)
            #expect(supports.firstSeen == "2023-01-10" && supports.lastSeen == "2024-05-02")

            let recent = try workspace.relate("Russia", "Mali", query: GraphQuery(since: "2024-01-01"))
            let recentSupports = try #require(recent.direct.first { $0.type == .supports && $0.source == "Russia" })
            #expect(recentSupports.weight == 1)
            #expect(recentSupports.evidence.map(\.document) == ["late.txt"])
            #expect(recentSupports.firstSeen == "2024-05-02")
            #expect(try workspace.relations(until: "2023-12-31").flatMap(\.evidence).map(\.document) == ["early.txt"])

            // A path's hop quotes its best sentence from inside the window, not the best overall.
            let anyTime = try workspace.analysisGraph(GraphQuery(undirected: true)).paths(from: "Russia", to: "Mali")
            #expect(anyTime.paths.first?.hops.first?.evidence?.document == "early.txt")
            let windowed = try workspace.analysisGraph(GraphQuery(undirected: true, since: "2024-01-01"))
                .paths(from: "Russia", to: "Mali")
            #expect(windowed.paths.first?.hops.first?.evidence?.document == "late.txt")
        }
    }
}
