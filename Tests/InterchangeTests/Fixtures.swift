import ActorGraphCore
import Interchange

/// Small graphs every exporter test reads.
enum Fixtures {
    /// Four actors and four relations, one symmetric, one with two evidence sentences out of order.
    ///
    ///     Assimi Goïta ──leads──▶ Mali ──member_of──▶ Alliance of Sahel States
    ///     Russia ──supports──▶ Mali      Mali ◀─cooperates_with─▶ Russia
    static let entities: [Entity] = [
        Entity(id: EntityID(1), name: "Mali", type: .state, mentions: 7),
        Entity(
            id: EntityID(2), name: "Alliance of Sahel States", type: .group, subtype: .bloc, aliases: ["AES"],
            mentions: 3),
        Entity(id: EntityID(3), name: "Assimi Goïta", type: .person, aliases: ["Goïta"], mentions: 4),
        Entity(id: EntityID(4), name: "Russia", type: .state, aliases: ["Moscow"], mentions: 5),
    ]

    static let relations: [Relation] = [
        Relation(
            source: "Russia", type: .supports, target: "Mali", confidence: 0.8,
            evidence: [
                Evidence(document: "b.txt", sentence: "Moscow sent instructors to Mali.", start: 40, end: 72),
                Evidence(document: "a.txt", sentence: "Russia backs Mali, officials said.", start: 0, end: 34),
            ]),
        Relation(
            source: "Assimi Goïta", type: .leads, target: "Mali", confidence: 0.9,
            evidence: [Evidence(document: "a.txt", sentence: "Goïta leads Mali.", start: 35, end: 52)]),
        Relation(
            source: "Mali", type: .cooperatesWith, target: "Russia", confidence: 0.7,
            evidence: [Evidence(document: "b.txt", sentence: "Mali and Russia signed a deal.", start: 0, end: 30)]),
        Relation(source: "Mali", type: .memberOf, target: "Alliance of Sahel States", confidence: 1),
    ]

    /// The hostile name Render is tested with, plus an evidence sentence with comma, newline and quotes.
    static let hostileName = "<script>alert(1)</script> & \"q\" 'a' \\N {b}"
    static let hostileSentence = "He said, \"go\"\r\nthen 'left' & <b>{x}</b> \\ done."

    static let hostileEntities: [Entity] = [
        Entity(id: EntityID(10), name: hostileName, type: .group, aliases: ["=SUM(A1)", "a;b"], mentions: 1),
        Entity(id: EntityID(11), name: "-2+3", type: .person, mentions: 2),
    ]

    static let hostileRelations: [Relation] = [
        Relation(
            source: "-2+3", type: .opposes, target: hostileName, confidence: 0.25,
            evidence: [Evidence(document: "@evil.txt", sentence: hostileSentence, start: 3, end: 51)])
    ]

    /// The one file an exporter returns, as text.
    static func text(_ format: ExportFormat, entities: [Entity] = entities, relations: [Relation] = relations)
        throws -> String
    {
        let files = try Exporter.export(entities: entities, relations: relations, format: format)
        return String(decoding: files[0].bytes, as: UTF8.self)
    }
}
