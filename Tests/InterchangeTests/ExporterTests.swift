import ActorGraphCore
import Interchange
import Testing

@Suite struct ExporterTests {
    @Test("Each format names its files")
    func fileNames() throws {
        var names: [ExportFormat: [String]] = [:]
        for format in ExportFormat.allCases {
            names[format] = try Exporter.export(
                entities: Fixtures.entities, relations: Fixtures.relations, format: format
            ).map(\.name)
        }
        #expect(
            names == [
                .graphml: ["actorgraph.graphml"], .gexf: ["actorgraph.gexf"], .json: ["actorgraph.json"],
                .csv: ["nodes.csv", "edges.csv"], .cypher: ["actorgraph.cypher"],
                .neo4j: ["actors.csv", "relations.csv", "import.sh"],
                .kuzu: [
                    "schema.cypher", "copy.cypher", "actors.csv", "leads.csv", "member_of.csv", "supports.csv",
                    "cooperates_with.csv",
                ],
                .gexf12: ["actorgraph.gexf"],
            ])
    }

    @Test("Shuffled input gives identical bytes", arguments: ExportFormat.allCases)
    func deterministic(format: ExportFormat) throws {
        let reference = try Exporter.export(entities: Fixtures.entities, relations: Fixtures.relations, format: format)
        var generator = SplitMix64(seed: 42)
        for _ in 0..<5 {
            let relations = Fixtures.relations.shuffled(using: &generator).map { relation in
                var copy = relation
                copy.evidence.shuffle(using: &generator)
                return copy
            }
            let entities = Fixtures.entities.shuffled(using: &generator)
            #expect(try Exporter.export(entities: entities, relations: relations, format: format) == reference)
        }
    }

    @Test("Without store ids, nodes are numbered in sorted order")
    func indexIDs() throws {
        let entities = [Entity(name: "Niger", type: .state), Entity(name: "Burkina Faso", type: .state)]
        let relations = [Relation(source: "Niger", type: .opposes, target: "Burkina Faso")]
        let csv = try Exporter.export(entities: entities, relations: relations, format: .csv)
        #expect(
            String(decoding: csv[0].bytes, as: UTF8.self)
                == "Id,Label,type,subtype,aliases,mentions\r\nn0,Burkina Faso,state,,,0\r\nn1,Niger,state,,,0\r\n")
        #expect(
            String(decoding: csv[1].bytes, as: UTF8.self).hasSuffix(
                "\r\nn1,n0,Directed,opposes,e0,opposes,0,conflict,false,1.0,extracted,,,,,,\r\n"))
    }

    @Test("A relation to an unknown actor throws unknownEndpoint with a one-line message")
    func unknownEndpoint() {
        let relations = Fixtures.relations + [Relation(source: "Russia", type: .supports, target: "Niger")]
        #expect(throws: InterchangeError.unknownEndpoint(relation: "Russia supports Niger", name: "Niger")) {
            try Exporter.export(entities: Fixtures.entities, relations: relations, format: .json)
        }
        #expect(
            InterchangeError.unknownEndpoint(relation: "Russia supports Niger", name: "Niger").description
                == "relation 'Russia supports Niger': no actor named 'Niger' among the exported entities; "
                + "export that actor too or leave the relation out")
    }

    @Test("Two entities with one name, or a NaN confidence, are refused")
    func refusedInput() {
        let twins = Fixtures.entities + [Entity(id: EntityID(9), name: "Mali", type: .group)]
        #expect(throws: InterchangeError.duplicateActor(name: "Mali")) {
            try Exporter.export(entities: twins, relations: [], format: .graphml)
        }
        let nan = [Relation(source: "Russia", type: .supports, target: "Mali", confidence: .nan)]
        #expect(throws: InterchangeError.self) {
            try Exporter.export(entities: Fixtures.entities, relations: nan, format: .json)
        }
        #expect(
            InterchangeError.duplicateActor(name: "Mali").description
                == "actor 'Mali': two entities share this canonical name; merge them before exporting")
    }
}

extension ExporterTests {
    @Test("Parallel relations with the same ends and type keep a fixed order whatever the input order")
    func parallelDuplicates() throws {
        let entities = [
            Entity(id: EntityID(1), name: "A", type: .state), Entity(id: EntityID(2), name: "B", type: .state),
        ]
        let late = Evidence(document: "z.txt", sentence: "Late.", start: 0, end: 5)
        let early = Evidence(document: "a.txt", sentence: "Early.", start: 0, end: 6)
        let relations = [
            Relation(source: "A", type: .supports, target: "B", confidence: 0.5, evidence: [late]),
            Relation(source: "A", type: .supports, target: "B", confidence: 0.5, evidence: [early]),
            Relation(source: "A", type: .supports, target: "B", confidence: 0.4, evidence: [late]),
        ]
        let forward = try Exporter.export(entities: entities, relations: relations, format: .csv)
        let backward = try Exporter.export(entities: entities.reversed(), relations: relations.reversed(), format: .csv)
        #expect(forward == backward)
        let rows = String(decoding: forward[1].bytes, as: UTF8.self).split(separator: "\r\n").dropFirst()
        #expect(
            rows == [
                "n1,n2,Directed,supports,e0,supports,1,cooperation,false,0.4,extracted,Late.,z.txt,,,,",
                "n1,n2,Directed,supports,e1,supports,1,cooperation,false,0.5,extracted,Early.,a.txt,,,,",
                "n1,n2,Directed,supports,e2,supports,1,cooperation,false,0.5,extracted,Late.,z.txt,,,,",
            ])
    }

    @Test("Error messages stay on one line when a name holds a line break")
    func oneLineMessage() {
        let error = InterchangeError.unknownEndpoint(relation: "A\nB supports C", name: "A\nB")
        #expect(
            error.description
                == "relation 'A\\nB supports C': no actor named 'A\\nB' among the exported entities; "
                + "export that actor too or leave the relation out")
    }
}
extension ExporterTests {
    @Test("An empty graph gives valid, minimal files")
    func emptyGraph() throws {
        let texts = try ExportFormat.allCases.flatMap { format in
            try Exporter.export(entities: [], relations: [], format: format).map {
                String(decoding: $0.bytes, as: UTF8.self)
            }
        }
        let graphml = try ParsedXML(texts[0])
        #expect(try graphml.elements("node").isEmpty)
        #expect(try ParsedXML(texts[1]).elements("edge").isEmpty)
        #expect(
            texts[2] == "{\n  \"directed\": true,\n  \"edges\": [],\n  \"graph\": {},\n  \"links\": [],\n"
                + "  \"multigraph\": true,\n  \"nodes\": []\n}\n")
        #expect(texts[3] == "Id,Label,type,subtype,aliases,mentions\r\n")
        #expect(
            texts[4]
                == "Source,Target,Type,Kind,Id,Label,Weight,polarity,symmetric,confidence,provenance,evidence,document,"
                + "document_title,document_outlet,document_published,document_url\r\n"
        )
        #expect(
            texts[5].hasSuffix("CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (a:Actor) REQUIRE a.actor_id IS UNIQUE;\n")
        )
        let gexf12 = try ParsedXML(try #require(texts.last))
        #expect(try gexf12.elements("node").isEmpty && gexf12.elements("edge").isEmpty)
    }
}
