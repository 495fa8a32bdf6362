import ActorGraphTestSupport
import Foundation
import FoundationXML
import Testing

@Suite(.serialized) struct ExportCommandTests {
    @Test("export writes GraphML with every actor, and CSV tables into a folder")
    func export() throws {
        try withTemporaryDirectory { dir in
            let db = dir.appendingPathComponent("g.sqlite").path
            #expect(try CommandRunner.run(["ingest", RepositoryFiles.seedsDirectory.path, "--db", db]).status == 0)
            let stats = try #require(
                try JSONSerialization.jsonObject(
                    with: Data(try CommandRunner.run(["stats", "--db", db, "--json"]).stdout.utf8)) as? [String: Any])

            let graphml = dir.appendingPathComponent("graph.graphml")
            let result = try CommandRunner.run(["export", "--db", db, "--format", "graphml", "--out", graphml.path])
            #expect(result.status == 0, "\(result.stderr)")
            let document = try XMLDocument(contentsOf: graphml)
            let nodes = try document.nodes(forXPath: "//*[local-name()='node']")
            let edges = try document.nodes(forXPath: "//*[local-name()='edge']")
            #expect(nodes.count == stats["entities"] as? Int)
            #expect(edges.count == stats["relations"] as? Int)

            let tables = dir.appendingPathComponent("tables")
            let csv = try CommandRunner.run(["export", "--db", db, "--format", "csv", "--out", tables.path])
            #expect(csv.status == 0, "\(csv.stderr)")
            let nodesCSV = try String(contentsOf: tables.appendingPathComponent("nodes.csv"), encoding: .utf8)
            #expect(nodesCSV.hasPrefix("Id,Label,type,subtype,aliases,mentions,pagerank,betweenness,degree\r\n"))
            let edgesCSV = try String(contentsOf: tables.appendingPathComponent("edges.csv"), encoding: .utf8)
            #expect(
                edgesCSV.hasPrefix(
                    "Source,Target,Type,Kind,Id,Label,Weight,polarity,symmetric,confidence,provenance,evidence,document,"
                        + "document_title,document_outlet,document_published,document_url\r\n"
                ))

            let bad = try CommandRunner.run(["export", "--db", db, "--format", "xlsx", "--out", dir.path])
            // A value outside the closed set is a usage error (64) that lists the values.
            #expect(bad.status == 64)
            #expect(bad.stderr.hasPrefix("Error: The value 'xlsx' is invalid for '--format <format>'"))
            #expect(bad.stderr.contains("- kuzu"))
        }
    }
}
