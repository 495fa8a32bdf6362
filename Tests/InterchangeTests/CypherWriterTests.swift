import ActorGraphCore
import Interchange
import Testing

@Suite struct CypherWriterTests {
    @Test("Cypher: exact script for the small graph")
    func smallGraph() throws {
        let expected = """
            CREATE CONSTRAINT actor_name IF NOT EXISTS FOR (a:Actor) REQUIRE a.name IS UNIQUE;
            CREATE (:Actor:Group {name: 'Alliance of Sahel States', type: 'group', subtype: 'bloc', \
            aliases: ['AES'], mentions: 3});
            CREATE (:Actor:Person {name: 'Assimi Goïta', type: 'person', aliases: ['Goïta'], mentions: 4});
            CREATE (:Actor:State {name: 'Mali', type: 'state', aliases: [], mentions: 7});
            CREATE (:Actor:State {name: 'Russia', type: 'state', aliases: ['Moscow'], mentions: 5});
            MATCH (a:Actor {name: 'Assimi Goïta'}), (b:Actor {name: 'Mali'}) CREATE (a)-[:LEADS \
            {polarity: 'structural', weight: 1, confidence: 0.9, evidence: 'Goïta leads Mali.', document: 'a.txt'}]->(b);
            MATCH (a:Actor {name: 'Mali'}), (b:Actor {name: 'Russia'}) CREATE (a)-[:COOPERATES_WITH \
            {polarity: 'cooperation', weight: 1, confidence: 0.7, symmetric: true, \
            evidence: 'Mali and Russia signed a deal.', document: 'b.txt'}]->(b);
            MATCH (a:Actor {name: 'Mali'}), (b:Actor {name: 'Alliance of Sahel States'}) CREATE (a)-[:MEMBER_OF \
            {polarity: 'structural', weight: 0, confidence: 1.0}]->(b);
            MATCH (a:Actor {name: 'Russia'}), (b:Actor {name: 'Mali'}) CREATE (a)-[:SUPPORTS \
            {polarity: 'cooperation', weight: 2, confidence: 0.8, \
            evidence: 'Russia backs Mali, officials said.', document: 'a.txt'}]->(b);

            """
        #expect(try Fixtures.text(.cypher) == expected)
    }

    @Test("Cypher: quotes, backslashes and line breaks are backslash-escaped")
    func hostileText() throws {
        let text = try Fixtures.text(
            .cypher, entities: Fixtures.hostileEntities, relations: Fixtures.hostileRelations)
        let name = #"'<script>alert(1)</script> & "q" \'a\' \\N {b}'"#
        #expect(text.contains("CREATE (:Actor:Group {name: \(name), type: 'group', aliases: ['=SUM(A1)', 'a;b']"))
        #expect(text.contains(#"evidence: 'He said, "go"\r\nthen \'left\' & <b>{x}</b> \\ done.'"#))
        #expect(text.contains("MATCH (a:Actor {name: '-2+3'}), (b:Actor {name: \(name)}) CREATE (a)-[:OPPOSES "))
        // Four statements, four lines: no raw line break escaped from a literal.
        #expect(text.split(separator: "\n").count == 4)
    }
}
