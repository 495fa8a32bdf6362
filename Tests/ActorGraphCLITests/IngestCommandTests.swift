import ActorGraphTestSupport
import Foundation
import Testing

/// Runs the real binary: exact messages, exit codes, and what the database holds afterwards.
@Suite(.serialized) struct IngestCommandTests {
    private func write(_ bytes: [UInt8], to url: URL) throws { try Data(bytes).write(to: url) }

    @Test("Ingesting the seeds reports a one-line summary and is idempotent")
    func ingestSeedsTwice() throws {
        try withTemporaryDirectory { dir in
            let db = dir.appendingPathComponent("g.sqlite").path
            let seeds = RepositoryFiles.seedsDirectory.path
            let first = try CommandRunner.run(["ingest", seeds, "--db", db])
            #expect(first.status == 0, "\(first.stderr)")
            #expect(first.stdout.hasPrefix("ingested 5 documents: "))
            let statsBefore = try CommandRunner.run(["stats", "--db", db, "--json"])
            let second = try CommandRunner.run(["ingest", seeds, "--db", db])
            #expect(second.status == 0)
            #expect(second.stdout.hasPrefix("ingested 0 documents (5 unchanged): "))
            let statsAfter = try CommandRunner.run(["stats", "--db", db, "--json"])
            #expect(statsBefore.stdout == statsAfter.stdout)
        }
    }

    @Test("A missing path is a one-line error naming it, exit 1")
    func missingPath() throws {
        try withTemporaryDirectory { dir in
            let db = dir.appendingPathComponent("g.sqlite").path
            let missing = dir.appendingPathComponent("nope.txt").path
            let result = try CommandRunner.run(["ingest", missing, "--db", db])
            #expect(result.status == 1)
            #expect(result.stderr == "Error: \(missing): no such file or folder; check the path\n")
            #expect(result.stdout.isEmpty)
        }
    }

    @Test(
        "Bad files named directly fail with the file named; the database keeps what it had",
        arguments: [
            ("empty.txt", [UInt8](), "file is empty; nothing to ingest"),
            ("spaces.txt", Array(" \n\t\n".utf8), "file is empty; nothing to ingest"),
            (
                "latin1.txt", Array("Mali's president G".utf8) + [0xEF, 0x74, 0x61],
                "not UTF-8 text (invalid byte at offset 18); convert it with iconv -t UTF-8"
            ),
            (
                "blob.txt", [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x00, 0x00],
                "binary file, not an article; ingest text, Markdown, HTML or PDF files"
            ),
        ])
    func badFileNamedDirectly(name: String, bytes: [UInt8], message: String) throws {
        try withTemporaryDirectory { dir in
            let db = dir.appendingPathComponent("g.sqlite").path
            let seed = RepositoryFiles.seedsDirectory.appendingPathComponent("002_e6b5395012050f71.txt").path
            #expect(try CommandRunner.run(["ingest", seed, "--db", db]).status == 0)
            let before = try CommandRunner.run(["stats", "--db", db, "--json"]).stdout
            let bad = dir.appendingPathComponent(name)
            try write(bytes, to: bad)
            let result = try CommandRunner.run(["ingest", bad.path, "--db", db])
            #expect(result.status == 1)
            #expect(result.stderr == "Error: \(bad.path): \(message)\n")
            #expect(try CommandRunner.run(["stats", "--db", db, "--json"]).stdout == before)
        }
    }

    @Test("A bad file inside a folder is a warning and is skipped; the good ones are ingested")
    func badFileInFolder() throws {
        try withTemporaryDirectory { dir in
            let db = dir.appendingPathComponent("g.sqlite").path
            let folder = dir.appendingPathComponent("articles")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let seed = RepositoryFiles.seedsDirectory.appendingPathComponent("002_e6b5395012050f71.txt")
            try FileManager.default.copyItem(at: seed, to: folder.appendingPathComponent("good.txt"))
            try write([0x00, 0x01, 0x02], to: folder.appendingPathComponent("zbinary.txt"))
            let result = try CommandRunner.run(["ingest", folder.path, "--db", db])
            #expect(result.status == 0)
            let bad = folder.appendingPathComponent("zbinary.txt").path
            #expect(
                result.stderr
                    == "warning: \(bad): binary file, not an article; ingest text, Markdown, HTML or PDF files\n")
            #expect(result.stdout.hasPrefix("ingested 1 document: "))
            #expect(result.stdout.contains(", 1 warning in "))
        }
    }
}
