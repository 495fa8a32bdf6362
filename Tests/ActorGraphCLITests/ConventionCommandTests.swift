import ActorGraphTestSupport
import Foundation
import Testing

/// The command line's conventions: --version, closed sets as usage errors, - for standard streams,
/// --quiet, one meaning of --directed, and a pointer from ingest to import for graph files.
@Suite(.serialized) struct ConventionCommandTests {
    private func seededDatabase(in dir: URL) throws -> String {
        let db = dir.appendingPathComponent("g.sqlite").path
        #expect(
            try CommandRunner.run(["ingest", RepositoryFiles.seedsDirectory.path, "--db", db, "--quiet"]).stdout == "")
        return db
    }

    @Test("--version prints the release and the database schema")
    func version() throws {
        let result = try CommandRunner.run(["--version"])
        #expect(result.status == 0)
        #expect(result.stdout == "0.5.0 (database schema 6)\n")
    }

    @Test(
        "A value outside a closed set exits 64 and lists the values",
        arguments: [
            ["centrality", "--measure", "fame"], ["centrality", "--polarity", "friendly"],
            ["render", "--out", "x.svg", "--engine", "gvpr"], ["entities", "--type", "country"],
            ["import", "x.graphml", "--relation", "likes"], ["render", "--out", "x.svg", "--format", "gif"],
        ])
    func closedSets(arguments: [String]) throws {
        let result = try CommandRunner.run(arguments)
        #expect(result.status == 64)
        #expect(result.stderr.contains("Please provide one of"))
    }

    @Test("Completions offer the closed sets' values")
    func completions() throws {
        let result = try CommandRunner.run(["--generate-completion-script", "bash"])
        #expect(result.status == 0)
        let values = { (words: [String]) in words.map { "'\($0)'" }.joined(separator: "$'\\n'") }
        #expect(
            result.stdout.contains(values(["graphml", "gexf", "gexf-1.2", "json", "csv", "cypher", "neo4j", "kuzu"])))
        #expect(result.stdout.contains(values(["cooperation", "conflict", "structural", "neutral", "any"])))
    }

    @Test("export --out - writes the file to standard output; --quiet prints nothing")
    func standardOutput() throws {
        try withTemporaryDirectory { dir in
            let db = try seededDatabase(in: dir)
            let result = try CommandRunner.run(["export", "--db", db, "--format", "graphml", "--out", "-"])
            #expect(result.status == 0)
            #expect(result.stdout.hasPrefix("<?xml") && result.stdout.hasSuffix("</graphml>\n"))
            let several = try CommandRunner.run(["export", "--db", db, "--format", "csv", "--out", "-"])
            #expect(several.status == 64)
            let quiet = try CommandRunner.run([
                "export", "--db", db, "--format", "json", "--out", dir.appendingPathComponent("g.json").path, "--quiet",
            ])
            #expect(quiet.status == 0 && quiet.stdout.isEmpty && quiet.stderr.isEmpty)
        }
    }

    @Test("--directed means the same everywhere; commands defined on the undirected view refuse it")
    func direction() throws {
        try withTemporaryDirectory { dir in
            let db = try seededDatabase(in: dir)
            let undirected = try CommandRunner.run(["path", "Mali", "Russia", "--db", db])
            #expect(undirected.status == 0)
            let directed = try CommandRunner.run(["centrality", "--db", db, "--directed", "--top", "1"])
            #expect(directed.status == 0)
            let refused = try CommandRunner.run(["communities", "--db", db, "--directed"])
            #expect(refused.status == 64)
            #expect(refused.stderr.contains("communities are computed on the undirected view; leave out --directed"))
        }
    }

    @Test("ingest refuses a graph file with a pointer to import; import reads it; a bad one names its line")
    func graphFiles() throws {
        try withTemporaryDirectory { dir in
            let db = try seededDatabase(in: dir)
            let graphml = dir.appendingPathComponent("graph.graphml")
            #expect(
                try CommandRunner.run(["export", "--db", db, "--format", "graphml", "--out", graphml.path]).status == 0)
            let fresh = dir.appendingPathComponent("fresh.sqlite").path
            let refused = try CommandRunner.run(["ingest", graphml.path, "--db", fresh])
            #expect(refused.status == 1)
            #expect(
                refused.stderr
                    == "Error: \(graphml.path): a graphml graph file, not an article; import it as a graph "
                    + "(actorgraph import \(graphml.path))\n")
            let imported = try CommandRunner.run(["import", graphml.path, "--db", fresh])
            #expect(imported.status == 0)
            #expect(
                imported.stdout
                    == "imported graph.graphml (graphml): 56 actors, 53 relations; the store holds 56 entities, 53 relations\n"
            )
            let bad = dir.appendingPathComponent("bad.json")
            try Data("{\"nodes\": [\n  {\"id\": \"a\", \"type\": \"state\"},\n  {\"id\": \"a\"}\n]}".utf8).write(
                to: bad)
            let failed = try CommandRunner.run(["import", bad.path, "--db", fresh])
            #expect(failed.status == 1)
            #expect(failed.stderr == "Error: bad.json:3: node 'a': a second node with id 'a'\n")
        }
    }
}
