import ActorGraphTestSupport
import Foundation
import Testing

/// One database of the seeds for the report tests, and a folder their reports go to.
private let reportFixture: Result<(db: String, folder: URL), any Error> = Result {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("actorgraph-report-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let db = folder.appendingPathComponent("seeds.sqlite").path
    let result = try CommandRunner.run(["ingest", RepositoryFiles.seedsDirectory.path, "--db", db])
    guard result.status == 0 else { throw ReportFixtureError.ingestFailed(result.stderr) }
    return (db, folder)
}

private enum ReportFixtureError: Error { case ingestFailed(String) }

@Suite(.serialized) struct ReportCommandTests {
    private func run(_ arguments: [String]) throws -> CommandResult {
        try CommandRunner.run(["report", "--db", try reportFixture.get().db] + arguments)
    }

    private func folder() throws -> URL { try reportFixture.get().folder }

    @Test("report writes an HTML page and says what it holds")
    func html() throws {
        let out = try folder().appendingPathComponent("dossier.html")
        let result = try run(["--out", out.path])
        #expect(result.status == 0, "\(result.stderr)")
        let line = try #require(result.stdout.split(separator: "\n").first)
        #expect(line.hasPrefix("wrote \(out.path): 1 figure, ") && line.contains(" quotes from "))
        let page = try String(contentsOf: out, encoding: .utf8)
        #expect(page.hasPrefix("<!DOCTYPE html>") && page.contains("<svg role=\"img\""))
    }

    @Test("A Markdown report writes its figures beside it, and --json lists every file")
    func markdown() throws {
        let out = try folder().appendingPathComponent("russia.md")
        let result = try run(["--out", out.path, "--focus", "Russia", "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let files = try #require(json["files"] as? [String])
        let base = try folder().path
        #expect(files == ["russia.md", "russia-map.svg", "russia-ego.svg"].map { "\(base)/\($0)" })
        // docs/json.md, "report".
        #expect(Set(json.keys) == ["format", "files", "figures", "quotes", "sources", "notes"])
        #expect(json["format"] as? String == "markdown" && json["figures"] as? Int == 2)
        for file in files { #expect(FileManager.default.fileExists(atPath: file)) }
        let text = try String(contentsOfFile: files[0], encoding: .utf8)
        #expect(text.contains("](russia-map.svg)") && text.contains("## Profile: Russia"))
    }

    @Test("An unknown extension is a one-line error that says which to use")
    func unknownExtension() throws {
        let out = try folder().appendingPathComponent("dossier.docx").path
        let result = try run(["--out", out])
        #expect(result.status == 1)
        #expect(
            result.stderr
                == "Error: \(out): cannot tell the report format from the extension; name the file .html, .md or .pdf\n"
        )
        #expect(!FileManager.default.fileExists(atPath: out))
    }

    @Test("Usage errors: --between needs two actors, --top at least 1")
    func usage() throws {
        #expect(try run(["--out", "x.html", "--between", "Russia"]).status == 64)
        #expect(try run(["--out", "x.html", "--top", "0"]).status == 64)
        let unknown = try run(["--out", try folder().appendingPathComponent("x.html").path, "--focus", "Rusia"])
        #expect(unknown.status == 1 && unknown.stderr.hasPrefix("Error: no actor named 'Rusia'"))
    }

    @Test("render's SVG ids carry a prefix from the map's content; --id-prefix sets it")
    func renderPrefix() throws {
        let db = try reportFixture.get().db
        let out = try folder().appendingPathComponent("map.svg").path
        #expect(try CommandRunner.run(["render", "--db", db, "--out", out]).status == 0)
        let svg = try String(contentsOfFile: out, encoding: .utf8)
        let ids = svg.matches(of: /\sid="([^"]*)"/).map { String($0.1) }
        let prefix = try #require(ids.first?.prefix(11))
        #expect(prefix.hasPrefix("ag") && ids.allSatisfy { $0.hasPrefix(prefix) || $0.hasPrefix("a_" + prefix) })
        #expect(try CommandRunner.run(["render", "--db", db, "--out", out, "--id-prefix", "fig2"]).status == 0)
        let named = try String(contentsOfFile: out, encoding: .utf8)
        #expect(named.contains("<g id=\"fig2graph\" class=\"graph\""))
        let bad = try CommandRunner.run(["render", "--db", db, "--out", out, "--id-prefix", "2fig"])
        #expect(bad.status == 1 && bad.stderr.contains("id prefix '2fig'"))
    }
}
