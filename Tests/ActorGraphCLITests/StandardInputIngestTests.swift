import ActorGraphTestSupport
import Foundation
import Testing

/// `ingest -`: one article read from standard input, stored under the id given, as if it were a file.
@Suite("Ingest from standard input")
struct StandardInputIngestTests {
    static let seed = RepositoryFiles.root.appendingPathComponent("seeds/000_2232b512bc44f881.txt")

    @Test("An article piped in is stored under its id with the relations the same file gives, once")
    func pipedArticleMatchesFile() throws {
        try withTemporaryDirectory { folder in
            let piped = folder.appendingPathComponent("piped.sqlite").path
            let filed = folder.appendingPathComponent("filed.sqlite").path
            let bytes = Array(try Data(contentsOf: Self.seed))
            let first = try CommandRunner.run(["ingest", "-", "--id", "wire/russia.txt", "--db", piped], input: bytes)
            #expect(first.status == 0, "\(first.stderr)")
            #expect(first.stdout.hasPrefix("ingested 1 document:"))
            let again = try CommandRunner.run(["ingest", "-", "--id", "wire/russia.txt", "--db", piped], input: bytes)
            #expect(again.stdout.hasPrefix("ingested 0 documents (1 unchanged):"))
            let file = try CommandRunner.run(["ingest", Self.seed.path, "--id", "wire/russia.txt", "--db", filed])
            #expect(file.status == 0, "\(file.stderr)")
            let fromPipe = try CommandRunner.run(["relations", "--json", "--db", piped])
            let fromFile = try CommandRunner.run(["relations", "--json", "--db", filed])
            #expect(fromPipe.stdout == fromFile.stdout)
            #expect(fromPipe.stdout.contains("\"wire/russia.txt\""))
        }
    }

    @Test("A web page piped in is read as HTML by its id's extension, title from its head")
    func pipedPageIsHTML() throws {
        try withTemporaryDirectory { folder in
            let db = folder.appendingPathComponent("store.sqlite").path
            let page =
                "<html><head><title>Sahel &amp; Russia</title></head><body><p>Russia supports Mali.</p></body></html>"
            let result = try CommandRunner.run(
                ["ingest", "-", "--id", "page.html", "--db", db], input: Array(page.utf8))
            #expect(result.status == 0, "\(result.stderr)")
            let listed = try CommandRunner.run(["documents", "--db", db])
            #expect(listed.stdout.contains("page.html"))
            #expect(listed.stdout.contains("Sahel & Russia"))
        }
    }

    @Test(
        "Standard input without an id, beside a folder, as a PDF or over the size limit is refused, store untouched",
        arguments: [
            (["ingest", "-"], "standard input: give the document id"),
            (["ingest", "-", "seeds", "--id", "a.txt"], "standard input: read it on its own"),
            (["ingest", "-", "--id", "a.pdf"], "standard input: a PDF cannot be read from it"),
            (["ingest", "-", "--id", "a.txt", "--max-document-size", "1KB"], "standard input: more than the 1 KB"),
        ])
    func refused(arguments: [String], message: String) throws {
        try withTemporaryDirectory { folder in
            let db = folder.appendingPathComponent("store.sqlite").path
            let bytes = Array(try Data(contentsOf: Self.seed))
            let seeded = try CommandRunner.run(["ingest", Self.seed.path, "--db", db])
            #expect(seeded.status == 0, "\(seeded.stderr)")
            let before = try CommandRunner.run(["stats", "--json", "--db", db]).stdout
            let result = try CommandRunner.run(
                arguments + ["--db", db], input: bytes, in: RepositoryFiles.root)
            #expect(result.status == 1)
            #expect(result.stderr.hasPrefix("Error: \(message)"), "\(result.stderr)")
            #expect(result.stderr.split(separator: "\n").count == 1)
            #expect(try CommandRunner.run(["stats", "--json", "--db", db]).stdout == before)
        }
    }
}
