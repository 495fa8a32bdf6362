import ActorGraphTestSupport
import Foundation
import Testing

/// Refusals end to end: one line on stderr, exit 1, nothing written where nothing should be.
@Suite(.serialized) struct HostileInputCommandTests {
    @Test("--max-document-size refuses a larger file by its size, and a bad size names the option")
    func maxDocumentSize() throws {
        try withTemporaryDirectory { dir in
            let db = dir.appendingPathComponent("g.sqlite").path
            let article = dir.appendingPathComponent("long.txt")
            try String(repeating: "Russia and Mali signed a pact. ", count: 100).write(
                to: article, atomically: true, encoding: .utf8)
            let refused = try CommandRunner.run(["ingest", article.path, "--db", db, "--max-document-size", "1KB"])
            #expect(refused.status == 1)
            #expect(
                refused.stderr
                    == "Error: \(article.path): 3.1 KB is over the 1 KB document size limit; split the file, or raise"
                    + " the maximum document size\n")
            let accepted = try CommandRunner.run(["ingest", article.path, "--db", db, "--max-document-size", "4KB"])
            #expect(accepted.status == 0, "\(accepted.stderr)")
            let bad = try CommandRunner.run(["ingest", article.path, "--db", db, "--max-document-size", "ten"])
            // A usage error (exit 64), as every typed option gives.
            #expect(bad.status == 64)
            #expect(bad.stderr.hasPrefix("Error: The value 'ten' is invalid for '--max-document-size <size>'"))
        }
    }

    @Test("render refuses an encoded javascript: link template and writes no file")
    func encodedLinkTemplate() throws {
        try withTemporaryDirectory { dir in
            let db = dir.appendingPathComponent("g.sqlite").path
            #expect(try CommandRunner.run(["ingest", RepositoryFiles.seedsDirectory.path, "--db", db]).status == 0)
            let out = dir.appendingPathComponent("map.svg").path
            for template in ["javascript&#58;alert(1)", "&#106;avascript:alert(1)", "javascript&colon;alert(1)"] {
                let result = try CommandRunner.run([
                    "render", "--format", "svg", "--out", out, "--db", db, "--link-template", template,
                ])
                #expect(result.status == 1)
                #expect(
                    result.stderr.hasPrefix("Error: link template '\(template)': scheme 'javascript:' is not allowed"))
                #expect(!FileManager.default.fileExists(atPath: out))
            }
        }
    }

    @Test("An export onto a directory fails in one line and leaves no temporary file")
    func exportOntoDirectory() throws {
        try withTemporaryDirectory { dir in
            let db = dir.appendingPathComponent("g.sqlite").path
            #expect(try CommandRunner.run(["ingest", RepositoryFiles.seedsDirectory.path, "--db", db]).status == 0)
            let out = dir.appendingPathComponent("map.svg")
            try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
            let result = try CommandRunner.run(["render", "--format", "svg", "--out", out.path, "--db", db])
            #expect(result.status == 1)
            #expect(
                result.stderr
                    == "Error: \(out.path): cannot write (it is a directory); the file was not changed, free space or"
                    + " choose another path\n")
            let left = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.contains(".tmp-") }
            #expect(left.isEmpty)
        }
    }
}
