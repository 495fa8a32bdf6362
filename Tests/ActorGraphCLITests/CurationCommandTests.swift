import ActorGraphTestSupport
import Foundation
import Testing

/// `curations`, `undo`, `unalias`, `add-relation`, `review` and `accept-relation` as a user runs them, and read
/// commands on a database that does not exist.
@Suite(.serialized) struct CurationCommandTests {
    static var articles: String { RepositoryFiles.schema3Store.appendingPathComponent("articles").path }

    private func run(_ arguments: [String]) throws -> CommandResult { try CommandRunner.run(arguments) }

    private func succeed(_ arguments: [String]) throws -> String {
        let result = try run(arguments)
        #expect(result.status == 0, "\(arguments): \(result.stderr)")
        return result.stdout
    }

    private func json(_ arguments: [String]) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(try succeed(arguments + ["--json"]).utf8))
    }

    @Test("Read commands on a missing --db: one line naming the path, exit 1, and the file stays missing")
    func missingDatabaseStaysMissing() throws {
        try withTemporaryDirectory { dir in
            let db = dir.appendingPathComponent("tpyo.sqlite").path
            let commands: [[String]] = [
                ["stats"], ["entities"], ["relations"], ["path", "Russia", "Mali"], ["relate", "Russia", "Mali"],
                ["centrality"], ["communities"], ["ego", "Russia"], ["curations"], ["review"],
                ["export", "--format", "csv", "--out", dir.appendingPathComponent("out").path],
                ["render", "--format", "dot", "--out", dir.appendingPathComponent("m.dot").path],
                ["merge", "Russia", "Moscow"], ["undo", "1"], ["remove", "a.txt"],
            ]
            for command in commands {
                let result = try run(command + ["--db", db])
                #expect(result.status == 1, "\(command)")
                #expect(result.stdout.isEmpty, "\(command)")
                #expect(
                    result.stderr
                        == "Error: \(db): no database at this path; ingest documents to create it, or check the path\n",
                    "\(command)")
            }
            #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).isEmpty)
            // ingest is what creates it.
            _ = try succeed(["ingest", Self.articles, "--db", db])
            #expect(FileManager.default.fileExists(atPath: db))
        }
    }

    @Test("curations lists every curation; undo of a merge and of a rename leaves the database as if never made")
    func curationsAndUndo() throws {
        try withTemporaryDirectory { dir in
            let db = dir.appendingPathComponent("g.sqlite").path
            let reference = dir.appendingPathComponent("reference.sqlite").path
            _ = try succeed(["ingest", Self.articles, "--db", db])
            _ = try succeed(["ingest", Self.articles, "--db", reference])
            _ = try succeed(["rename", "Wagner Group", "Wagner", "--db", reference])
            let fresh = try succeed(["relations", "--json", "--db", db])

            #expect(try succeed(["curations", "--db", db]) == "no curations yet\n")
            _ = try succeed(["merge", "Russia", "Sergei Lavrov", "--db", db])
            _ = try succeed(["rename", "Wagner Group", "Wagner", "--db", db])
            let rows = try #require(try json(["curations", "--db", db]) as? [[String: Any]])
            #expect(rows.map { $0["id"] as? Int } == [1, 2])
            #expect(rows.map { $0["kind"] as? String } == ["merge", "rename"])
            #expect(
                rows.map { $0["description"] as? String } == [
                    "merge 'Sergei Lavrov' into 'Russia'", "rename 'Wagner Group' to 'Wagner'",
                ])
            #expect(rows.allSatisfy { Set($0.keys).isSuperset(of: ["id", "kind", "description", "created_at"]) })

            let undone = try succeed(["undo", "1", "--db", db])
            #expect(
                undone
                    == "undid curation 1 (merge 'Sergei Lavrov' into 'Russia'): read 2 documents again; 9 entities, 10 relations\n"
            )
            #expect(
                try succeed(["relations", "--json", "--db", db]) == succeed(["relations", "--json", "--db", reference]))
            #expect(
                try succeed(["entities", "--json", "--db", db]) == succeed(["entities", "--json", "--db", reference]))
            let table = try succeed(["curations", "--db", db]).split(separator: "\n").map(String.init)
            #expect(table[0].hasPrefix("id  made "))
            #expect(table[0].hasSuffix("undone"))
            #expect(table[2].contains("merge 'Sergei Lavrov' into 'Russia'") && table[2].hasSuffix("Z"))
            #expect(table[3].hasSuffix("rename 'Wagner Group' to 'Wagner'"))

            let outcome = try #require(try json(["undo", "2", "--db", db]) as? [String: Any])
            #expect(Set(outcome.keys) == ["curation", "documents_reread", "entities", "relations", "warnings"])
            #expect(try succeed(["relations", "--json", "--db", db]) == fresh)
            let again = try run(["undo", "2", "--db", db])
            #expect(again.status == 1)
            #expect(again.stderr.hasPrefix("Error: curation 2 was already undone at "))
        }
    }

    @Test("add-relation with evidence that is not word for word: one line naming the document; nothing recorded")
    func addRelationNotVerbatim() throws {
        try withTemporaryDirectory { dir in
            let db = dir.appendingPathComponent("g.sqlite").path
            _ = try succeed(["ingest", Self.articles, "--db", db])
            let refused = try run([
                "add-relation", "Russia", "supports", "Niger", "--document", "beta.txt", "--evidence",
                "Niger cooperates with Moscow.", "--db", db,
            ])
            #expect(refused.status == 1)
            #expect(
                refused.stderr
                    == "Error: beta.txt: the evidence “Niger cooperates with Moscow.” is not in the document's text"
                    + " word for word; copy the sentence exactly as the document has it\n")
            #expect(try succeed(["curations", "--db", db]) == "no curations yet\n")

            let added = try succeed([
                "add-relation", "Russia", "supports", "Niger", "--document", "beta.txt", "--evidence",
                "Niger cooperates with Russia.", "--db", db,
            ])
            #expect(added == "added Russia supports Niger (curation 1), citing beta.txt:18-47\n")
            let relate = try succeed(["relate", "Russia", "Niger", "--db", db])
            #expect(relate.contains("“Niger cooperates with Russia.” [beta.txt:18-47, curated]"))
            let listed = try succeed(["relations", "--entity", "Niger", "--db", db])
            #expect(listed.contains("[curated] “Niger cooperates with Russia.”"))
            let out = dir.appendingPathComponent("g.graphml").path
            _ = try succeed(["export", "--format", "graphml", "--out", out, "--db", db])
            #expect(try String(contentsOfFile: out, encoding: .utf8).contains(">curated<"))
        }
    }

    @Test("review: lowest confidence first, contradictions found; accept takes one off, unalias re-reads")
    func reviewAndAccept() throws {
        try withTemporaryDirectory { dir in
            let db = dir.appendingPathComponent("g.sqlite").path
            _ = try succeed(["ingest", Self.articles, "--db", db])
            let items = try #require(try json(["review", "--limit", "0", "--db", db]) as? [[String: Any]])
            let confidences = items.compactMap { $0["confidence"] as? Double }
            #expect(confidences.count == 10)
            #expect(confidences == confidences.sorted())
            #expect(items.allSatisfy { ($0["reasons"] as? [String])?.contains("single_sentence") == true })
            #expect(items.allSatisfy { ($0["evidence"] as? [String: Any])?["sentence"] is String })
            #expect(try succeed(["review", "--only", "contradiction", "--db", db]) == "nothing to review\n")

            _ = try succeed([
                "add-relation", "Russia", "opposes", "Mali", "--document", "alpha.txt", "--evidence",
                "Russia supports Mali.", "--db", db,
            ])
            let text = try succeed(["review", "--only", "contradiction", "--db", db]).split(separator: "\n")
            #expect(text.count == 3)
            #expect(text[0].hasPrefix("1. Russia supports Mali  [confidence "))
            #expect(text[0].hasSuffix("; weight 1; contradicts Russia opposes Mali; single sentence]"))
            #expect(text[1] == "     “Russia supports Mali.” [alpha.txt:18-39]")
            let first = try succeed(["review", "--limit", "1", "--db", db]).split(separator: "\n")
            #expect(first.contains("and 9 more (--limit 0 lists all)"))

            #expect(
                try succeed(["accept-relation", "Russia", "supports", "Mali", "--db", db])
                    == "accepted Russia supports Mali\n")
            #expect(try succeed(["review", "--only", "contradiction", "--db", db]) == "nothing to review\n")

            let unaliased = try succeed(["unalias", "Assimi Goïta", "Goïta", "--db", db])
            #expect(
                unaliased.hasPrefix("took the alias 'Goïta' off 'Assimi Goïta' (curation 3): read 2 documents again"))
            let people = try #require(try json(["entities", "--type", "person", "--db", db]) as? [[String: Any]])
            #expect(people.first { $0["name"] as? String == "Assimi Goïta" }?["aliases"] as? [String] == [])
            // Replayed on the rebuilt graph: still accepted, the hand-added relation still there.
            #expect(try succeed(["review", "--only", "contradiction", "--db", db]) == "nothing to review\n")
        }
    }
}
