import ActorGraphCore
import Foundation
import Interchange
import Testing

@Suite struct CypherWriterTests {
    @Test("Cypher: a constraint, then MERGE batches per actor type and relation type, nothing CREATEd twice")
    func smallGraph() throws {
        let text = try Fixtures.text(.cypher)
        let statements = text.split(separator: ";\n").map(String.init)
        // One constraint, three actor types, four relation types.
        #expect(statements.count == 8)
        #expect(
            statements[0].hasSuffix(
                "CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (a:Actor) REQUIRE a.actor_id IS UNIQUE"))
        #expect(!text.contains("CREATE (") && !text.contains("CREATE (a)"))
        #expect(
            statements[2] == """
                UNWIND [
                  {actor_id: 'n1', props: {name: 'Mali', type: 'state', aliases: [], mentions: 7}},
                  {actor_id: 'n4', props: {name: 'Russia', type: 'state', aliases: ['Moscow'], mentions: 5}}
                ] AS row
                MERGE (a:Actor {actor_id: row.actor_id}) REMOVE a:Person:Group:Agreement SET a:State, a += row.props
                """)
        #expect(
            statements.last == """
                UNWIND [
                  {relation_id: 'e1', source: 'n1', target: 'n4', props: {polarity: 'cooperation', symmetric: true, \
                weight: 1, confidence: 0.7, provenance: 'extracted', evidence: 'Mali and Russia signed a deal.', \
                document: 'b.txt'}}
                ] AS row
                MATCH (a:Actor {actor_id: row.source}) MATCH (b:Actor {actor_id: row.target})
                MERGE (a)-[r:COOPERATES_WITH {relation_id: row.relation_id}]->(b) SET r += row.props
                """)
    }

    @Test("Cypher: 1,201 actors go in batches of at most 500 rows")
    func batches() throws {
        let entities = (0..<1201).map { Entity(id: EntityID(Int64($0 + 1)), name: "Actor \($0)", type: .group) }
        let text = try Fixtures.text(.cypher, entities: entities, relations: [])
        #expect(text.components(separatedBy: "UNWIND [").count - 1 == 3)
        #expect(text.components(separatedBy: "{actor_id: '").count - 1 == 1201)
    }

    @Test("Cypher: quotes, backslashes and line breaks are backslash-escaped")
    func hostileText() throws {
        let text = try Fixtures.text(
            .cypher, entities: Fixtures.hostileEntities, relations: Fixtures.hostileRelations)
        let name = #"'<script>alert(1)</script> & "q" \'a\' \\N {b}'"#
        #expect(text.contains("{name: \(name), type: 'group', aliases: ['=SUM(A1)', 'a;b']"))
        #expect(text.contains(#"evidence: 'He said, "go"\r\nthen \'left\' & <b>{x}</b> \\ done.'"#))
        // No raw line break escaped from a literal: every row stays on its line.
        #expect(!text.contains("go\"\r"))
    }
}
