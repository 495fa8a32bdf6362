import ActorGraphTestSupport
import Foundation
import Testing

/// The commands that change the database or explain connections, run as a user would.
@Suite(.serialized) struct StoreCommandTests {
    private func json(_ text: String) throws -> Any { try JSONSerialization.jsonObject(with: Data(text.utf8)) }

    private func ingestSeeds(into db: String) throws {
        let result = try CommandRunner.run(["ingest", RepositoryFiles.seedsDirectory.path, "--db", db])
        #expect(result.status == 0, "\(result.stderr)")
    }

    @Test("relate: summary, direct relations with evidence, indirect paths, shared neighbours, and an SVG")
    func relate() throws {
        try withTemporaryDirectory { dir in
            let db = dir.appendingPathComponent("g.sqlite").path
            try ingestSeeds(into: db)
            let svg = dir.appendingPathComponent("view.svg")
            let result = try CommandRunner.run([
                "relate", "Moscow", "Bamako", "--db", db, "--json", "--k", "2", "--svg", svg.path,
            ])
            #expect(result.status == 0, "\(result.stderr)")
            let report = try #require(try json(result.stdout) as? [String: Any])
            #expect(report["first"] as? String == "Russia")
            #expect(report["second"] as? String == "Mali")
            #expect((report["summary"] as? String)?.hasSuffix(".") == true)
            let direct = try #require(report["direct"] as? [[String: Any]])
            #expect(direct.contains { $0["type"] as? String == "supports" && $0["source"] as? String == "Russia" })
            #expect((report["indirect"] as? [Any])?.count == 2)
            #expect(!((report["shared"] as? [Any]) ?? []).isEmpty)
            let drawn = try String(contentsOf: svg, encoding: .utf8)
            #expect(drawn.contains("<svg"))
            #expect(drawn.contains("How Russia and Mali are connected"))
        }
    }

    @Test("remove retracts a document; removing it again names the problem")
    func remove() throws {
        try withTemporaryDirectory { dir in
            let db = dir.appendingPathComponent("g.sqlite").path
            try ingestSeeds(into: db)
            let document = "004_f6b5611ee6b8a9b7.txt"
            let result = try CommandRunner.run(["remove", document, "--db", db])
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout.hasPrefix("removed \(document): "))
            let relations = try #require(
                try json(try CommandRunner.run(["relations", "--db", db, "--json"]).stdout) as? [[String: Any]])
            for relation in relations {
                let evidence = relation["evidence"] as? [[String: Any]] ?? []
                #expect(!evidence.isEmpty)
                #expect(evidence.allSatisfy { $0["document"] as? String != document })
            }
            let again = try CommandRunner.run(["remove", document, "--db", db])
            #expect(again.status == 1)
            #expect(again.stderr.hasPrefix("Error: "))
            #expect(again.stderr.contains(document))
        }
    }

    @Test("merge, rename and reject-relation survive re-ingesting the corpus")
    func curationSurvivesReingest() throws {
        try withTemporaryDirectory { dir in
            let db = dir.appendingPathComponent("g.sqlite").path
            try ingestSeeds(into: db)
            #expect(try CommandRunner.run(["rename", "Mali", "Republic of Mali", "--db", db]).status == 0)
            let reject = try CommandRunner.run([
                "reject-relation", "Russia", "supports", "Republic of Mali", "--db", db,
            ])
            #expect(reject.status == 0, "\(reject.stderr)")
            // A changed copy of one seed forces a re-extraction that would bring the relation back.
            let corpus = dir.appendingPathComponent("corpus", isDirectory: true)
            try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
            let seed = RepositoryFiles.seedsDirectory.appendingPathComponent("000_2232b512bc44f881.txt")
            let text = try String(contentsOf: seed, encoding: .utf8) + "\nRussia supplies weapons to Mali.\n"
            try text.write(
                to: corpus.appendingPathComponent("000_2232b512bc44f881.txt"), atomically: true, encoding: .utf8)
            #expect(try CommandRunner.run(["ingest", corpus.path, "--db", db]).status == 0)
            let states = try #require(
                try json(try CommandRunner.run(["entities", "--db", db, "--json", "--type", "state"]).stdout)
                    as? [[String: Any]])
            let names = states.compactMap { $0["name"] as? String }
            #expect(names.contains("Republic of Mali") && !names.contains("Mali"))
            let relations = try #require(
                try json(try CommandRunner.run(["relations", "--db", db, "--json", "--entity", "mali"]).stdout)
                    as? [[String: Any]])
            #expect(!relations.isEmpty)
            #expect(
                !relations.contains {
                    $0["source"] as? String == "Russia" && $0["type"] as? String == "supports"
                        && $0["target"] as? String == "Republic of Mali"
                })
        }
    }

    @Test("A database written by another program is refused and left byte-identical")
    func foreignDatabase() throws {
        try withTemporaryDirectory { dir in
            let path = dir.appendingPathComponent("other.sqlite")
            let header = Array("SQLite format 3\u{0}".utf8)
            try Data(header + [UInt8](repeating: 0, count: 84)).write(to: path)
            let before = try Data(contentsOf: path)
            let result = try CommandRunner.run(["stats", "--db", path.path])
            #expect(result.status == 1)
            #expect(result.stderr.hasPrefix("Error: \(path.path): "))
            #expect(result.stderr.split(separator: "\n").count == 1)
            #expect(try Data(contentsOf: path) == before)
        }
    }
}
