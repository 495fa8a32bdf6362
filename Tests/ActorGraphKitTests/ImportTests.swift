import ActorGraphCore
import ActorGraphKit
import ActorGraphTestSupport
import Foundation
import Testing

@Suite(.serialized) struct ImportTests {
    /// The seed graph, exported in `format`, imported into a fresh store, exported again.
    private func roundTrip(_ format: GraphFileFormat) throws -> (before: [RelationRow], after: [RelationRow]) {
        let original = try seedWorkspace.get()
        let files = try original.export(format: format)
        return try withTemporaryDirectory { dir in
            for file in files { try Data(file.bytes).write(to: dir.appendingPathComponent(file.name)) }
            let path = format == .csv ? dir.path : dir.appendingPathComponent(files[0].name).path
            let copy = try Workspace.inMemory()
            let report = try copy.importGraph(try ImportSource.file(path: path))
            #expect(!report.unchanged)
            #expect(try copy.importGraph(try ImportSource.file(path: path)).unchanged)
            return (try original.relations(), try copy.relations())
        }
    }

    @Test(
        "Export, import, export: the same actors and relations, weights and sentences",
        arguments: [
            GraphFileFormat.graphml, .gexf, .json, .csv,
        ])
    func roundTripKeepsTheGraph(format: GraphFileFormat) throws {
        let (before, after) = try roundTrip(format)
        func key(_ row: RelationRow) -> String { "\(row.source)|\(row.type)|\(row.target)" }
        #expect(after.map(key).sorted() == before.map(key).sorted())
        let weights = Dictionary(uniqueKeysWithValues: before.map { (key($0), $0.weight) })
        let confidences = Dictionary(uniqueKeysWithValues: before.map { (key($0), $0.confidence) })
        for row in after {
            #expect(row.weight == weights[key(row)])
            #expect(row.confidence == confidences[key(row)])
            // Provenance is marked: every sentence is imported, from the import's document.
            #expect(
                row.evidence.allSatisfy { $0.provenance == .imported && $0.importedFrom?.hasPrefix("import:") == true })
        }
        let russiaMali = try #require(
            after.first { $0.source == "Russia" && $0.type == .supports && $0.target == "Mali" })
        let original = try #require(before.first { key($0) == key(russiaMali) })
        // The best sentence the single-valued formats carry keeps its text and the document it cites.
        #expect(
            russiaMali.evidence.contains {
                $0.sentence == original.evidence[0].sentence && $0.document == original.evidence[0].document
            })
    }

    @Test("A later export marks imported relations with provenance imported")
    func exportShowsProvenance() throws {
        let workspace = try Workspace.inMemory()
        let graphml = """
            <?xml version="1.0"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
              <key id="t" for="all" attr.name="type" attr.type="string"/>
              <key id="w" for="edge" attr.name="weight" attr.type="double"/>
              <graph edgedefault="directed">
                <node id="a"><data key="t">state</data></node>
                <node id="b"><data key="t">group</data></node>
                <edge source="a" target="b"><data key="t">member_of</data><data key="w">3.0</data></edge>
              </graph>
            </graphml>
            """
        _ = try workspace.importGraph(ImportSource(name: "tiny.graphml", bytes: Array(graphml.utf8), format: .graphml))
        let relation = try #require(try workspace.relations().first)
        #expect(relation.source == "a" && relation.target == "b" && relation.weight == 3)
        let csv = try workspace.export(format: .csv)
        let edges = String(decoding: try #require(csv.last).bytes, as: UTF8.self)
        // An imported sentence has no source metadata: its four citation columns are empty.
        #expect(edges.contains(",member_of,3,structural,false,1.0,imported,,import:tiny.graphml,,,,\r\n"))
    }

    @Test(
        "Bad files stop with the line and element, and store nothing",
        arguments: [
            (
                "bad.graphml", "<graphml><graph><node id=\"a\"/>\n<edge source=\"a\" target=\"zz\"/></graph></graphml>",
                "bad.graphml:2: edge: target 'zz' is not a node of the file"
            ),
            (
                "bad.graphml", "<graphml>\n<graph><node id=\"a\">\n</graph></graphml>",
                "bad.graphml:3: </graph> closes <node> (opened on line 2); fix the file and import it again"
            ),
            (
                "bad.json", "{\"nodes\": [{\"id\": 1, \"type\": \"state\"},\n {\"id\": 2, \"type\": \"country\"}]}",
                "bad.json:2: node '2': type 'country' is not an actor type (person, state, group, agreement); fix the attribute"
            ),
            (
                "bad.csv", "Source,Target,Kind\r\na,b,supports\r\na,c\r\n",
                "bad.csv:3: row 3: 2 fields, but the header has 3"
            ),
            (
                "bad.gexf",
                "<gexf><graph><nodes><node id=\"1\" label=\"A\"/></nodes><edges>\n<edge source=\"1\" target=\"1\" label=\"likes\"/></edges></graph></gexf>",
                "bad.gexf:2: edge: label 'likes' is not a relation type (leads, official_of, member_of, party_to, succeeded_by, supports, cooperates_with, deployed_in, opposes, withdrew_from)"
            ),
        ])
    func badFiles(name: String, text: String, message: String) throws {
        let workspace = try Workspace.inMemory()
        let format = try #require(GraphFileFormat(importing: name))
        let error = #expect(throws: (any Error).self) {
            try workspace.importGraph(
                ImportSource(name: name, bytes: Array(text.utf8), format: format), entityType: .group)
        }
        #expect(error.map { String(describing: $0) } == message)
        #expect(try workspace.stats().entities == 0)
    }

    @Test("Without a type attribute, --type's default types the actors; without either, it is an error")
    func defaultTypes() throws {
        let csv = "source,target\r\nKremlin,Bamako\r\n"
        let source = ImportSource(name: "edges.csv", bytes: Array(csv.utf8), format: .csv)
        let bare = try Workspace.inMemory()
        #expect(throws: (any Error).self) { try bare.importGraph(source) }
        let typed = try Workspace.inMemory()
        _ = try typed.importGraph(source, entityType: .state, relationType: .cooperatesWith)
        #expect(try typed.entities().map(\.type) == [.state, .state])
        #expect(try typed.relations().map(\.type) == [.cooperatesWith])
    }
}
