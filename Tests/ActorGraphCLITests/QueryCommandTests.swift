import ActorGraphTestSupport
import Foundation
import Testing

/// One database of the seeds shared by the read-only command tests.
private let seededDatabase: Result<String, any Error> = Result {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("actorgraph-cli-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    let db = dir.appendingPathComponent("seeds.sqlite").path
    let result = try CommandRunner.run(["ingest", RepositoryFiles.seedsDirectory.path, "--db", db])
    guard result.status == 0 else { throw CLITestError.ingestFailed(result.stderr) }
    return db
}

private enum CLITestError: Error { case ingestFailed(String) }

@Suite(.serialized) struct QueryCommandTests {
    private func database() throws -> String { try seededDatabase.get() }

    private func seedTexts() throws -> [String: [Unicode.Scalar]] {
        Dictionary(
            uniqueKeysWithValues: try RepositoryFiles.seedArticles().map { ($0.name, Array($0.text.unicodeScalars)) })
    }

    @Test(
        "path finds a route whose every evidence sentence is verbatim in its seed at its offsets",
        arguments: [("Russia", "Mali"), ("Moscow", "Bamako")])
    func pathEvidenceIsVerbatim(from: String, to: String) throws {
        let result = try CommandRunner.run(["path", from, to, "--db", try database(), "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        let report = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        #expect(report?["source"] as? String == "Russia")
        #expect(report?["target"] as? String == "Mali")
        let paths = try #require(report?["paths"] as? [[String: Any]])
        let hops = try #require(paths.first?["hops"] as? [[String: Any]])
        #expect(!hops.isEmpty)
        let texts = try seedTexts()
        for hop in hops {
            let evidence = try #require(hop["evidence"] as? [String: Any])
            let document = try #require(evidence["document"] as? String)
            let start = try #require(evidence["start"] as? Int)
            let end = try #require(evidence["end"] as? Int)
            let sentence = try #require(evidence["sentence"] as? String)
            let text = try #require(texts[document])
            var slice = String.UnicodeScalarView()
            slice.append(contentsOf: text[start..<end])
            #expect(String(slice) == sentence)
        }
        let human = try CommandRunner.run(["path", from, to, "--db", try database()])
        #expect(human.status == 0)
        #expect(human.stdout.hasPrefix("Russia → Mali ("))
    }

    @Test("An unknown actor suggests the closest known names")
    func unknownActor() throws {
        let result = try CommandRunner.run(["path", "Rusia", "Mali", "--db", try database()])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("Error: no actor named 'Rusia'; closest known: Russia"))
        #expect(result.stderr.split(separator: "\n").count == 1)
    }

    @Test("entities --json has the documented shape")
    func entitiesJSON() throws {
        let result = try CommandRunner.run(["entities", "--db", try database(), "--json", "--type", "state"])
        #expect(result.status == 0)
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(!rows.isEmpty)
        for row in rows {
            // `subtype` is left out when unknown (only groups have one).
            #expect(
                Set(row.keys).subtracting(["subtype"]) == [
                    "actor_id", "name", "type", "aliases", "descriptions", "mentions",
                ])
            #expect(row["actor_id"] is Int)
            #expect(row["type"] as? String == "state")
        }
        let russia = try #require(rows.first { $0["name"] as? String == "Russia" })
        #expect((russia["aliases"] as? [String])?.contains("Moscow") == true)
    }

    @Test("relations --json has the documented shape and evidence slices back to the document")
    func relationsJSON() throws {
        let result = try CommandRunner.run(["relations", "--db", try database(), "--json", "--entity", "moscow"])
        #expect(result.status == 0)
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(!rows.isEmpty)
        let texts = try seedTexts()
        for row in rows {
            #expect(
                Set(row.keys) == [
                    "relation_id", "source_id", "source", "type", "target_id", "target", "polarity", "symmetric",
                    "weight", "confidence", "evidence",
                ])
            #expect(row["confidence"] is Double && row["polarity"] is String)
            #expect(row["source"] as? String == "Russia" || row["target"] as? String == "Russia")
            let evidence = try #require(row["evidence"] as? [[String: Any]])
            #expect(evidence.count >= (row["weight"] as? Int ?? 0))
            for item in evidence {
                #expect(
                    Set(item.keys) == ["document", "sentence", "start", "end", "provenance", "imported_from", "source"])
                // The seeds carry no metadata: the citation names the document alone.
                let source = try #require(item["source"] as? [String: Any])
                #expect(source["document"] as? String == item["document"] as? String)
                #expect(Set(source.keys) == ["document", "provenance"])
                #expect(item["provenance"] as? String == "extracted")
                let text = try #require(texts[item["document"] as? String ?? ""])
                var slice = String.UnicodeScalarView()
                slice.append(contentsOf: text[(item["start"] as? Int ?? 0)..<(item["end"] as? Int ?? 0)])
                #expect(String(slice) == item["sentence"] as? String)
            }
        }
    }

    @Test("centrality --json is sorted by score and --top limits it")
    func centralityJSON() throws {
        let result = try CommandRunner.run([
            "centrality", "--db", try database(), "--measure", "pagerank", "--json", "--top", "5",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(rows.count == 5)
        let scores = rows.compactMap { $0["score"] as? Double }
        #expect(scores == scores.sorted(by: >))
        let all = try CommandRunner.run([
            "centrality", "--db", try database(), "--measure", "pagerank", "--json", "--top", "0",
        ])
        let everything = try #require(try JSONSerialization.jsonObject(with: Data(all.stdout.utf8)) as? [[String: Any]])
        let total = everything.compactMap { $0["score"] as? Double }.reduce(0, +)
        #expect(abs(total - 1) < 1e-9)
    }

    @Test("render writes the same SVG bytes twice", arguments: ["svg", "dot"])
    func renderDeterministic(format: String) throws {
        try withTemporaryDirectory { dir in
            let a = dir.appendingPathComponent("a.\(format)")
            let b = dir.appendingPathComponent("b.\(format)")
            for out in [a, b] {
                let result = try CommandRunner.run([
                    "render", "--db", try database(), "--format", format, "--out", out.path,
                ])
                #expect(result.status == 0, "\(result.stderr)")
            }
            let first = try Data(contentsOf: a)
            #expect(first == (try Data(contentsOf: b)))
            #expect(!first.isEmpty)
        }
    }

    @Test("Every command's --help says what it does and gives an example")
    func helpHasExamples() throws {
        for command in [
            "ingest", "stats", "entities", "relations", "centrality", "path", "relate", "components", "communities",
            "kcore", "clustering", "ego", "render", "export", "eval", "remove", "merge", "rename", "retype",
            "reject-relation",
        ] {
            let result = try CommandRunner.run([command, "--help"])
            #expect(result.status == 0)
            #expect(result.stdout.hasPrefix("OVERVIEW: "), "\(command)")
            #expect(result.stdout.contains("actorgraph \(command)"), "\(command) --help has no example")
        }
    }
}
