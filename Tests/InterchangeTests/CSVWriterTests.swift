import ActorGraphCore
import Interchange
import Testing

@Suite struct CSVWriterTests {
    private func files(_ entities: [Entity], _ relations: [Relation]) throws -> [String: String] {
        let files = try Exporter.export(entities: entities, relations: relations, format: .csv)
        return Dictionary(uniqueKeysWithValues: files.map { ($0.name, String(decoding: $0.bytes, as: UTF8.self)) })
    }

    @Test("CSV: exact bytes of nodes.csv and edges.csv for the small graph")
    func smallGraph() throws {
        let csv = try files(Fixtures.entities, Fixtures.relations)
        #expect(Array(csv.keys).sorted() == ["edges.csv", "nodes.csv"])
        #expect(
            csv["nodes.csv"] == "id,name,type,subtype,aliases,mentions\r\n"
                + "n2,Alliance of Sahel States,group,bloc,AES,3\r\n"
                + "n3,Assimi Goïta,person,,Goïta,4\r\n"
                + "n1,Mali,state,,,7\r\n"
                + "n4,Russia,state,,Moscow,5\r\n")
        #expect(
            csv["edges.csv"] == "source,target,type,polarity,weight,confidence,evidence,document\r\n"
                + "n3,n1,leads,structural,1,0.9,Goïta leads Mali.,a.txt\r\n"
                + "n1,n4,cooperates_with,cooperation,1,0.7,Mali and Russia signed a deal.,b.txt\r\n"
                + "n1,n2,member_of,structural,0,1.0,,\r\n"
                + "n4,n1,supports,cooperation,2,0.8,\"Russia backs Mali, officials said.\",a.txt\r\n")
    }

    @Test("CSV: hostile fields round-trip through an RFC 4180 parser; formulas get a leading apostrophe")
    func hostileFields() throws {
        let csv = try files(Fixtures.hostileEntities, Fixtures.hostileRelations)
        let nodes = try RFC4180.parse(#require(csv["nodes.csv"]))
        #expect(
            nodes == [
                ["id", "name", "type", "subtype", "aliases", "mentions"],
                ["n11", "'-2+3", "person", "", "", "2"],
                ["n10", Fixtures.hostileName, "group", "", "'=SUM(A1); a;b", "1"],
            ])
        let edges = try RFC4180.parse(#require(csv["edges.csv"]))
        #expect(edges.count == 2)
        #expect(edges[1] == ["n11", "n10", "opposes", "conflict", "1", "0.25", Fixtures.hostileSentence, "'@evil.txt"])
    }

    @Test("CSV: every formula trigger is guarded", arguments: ["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"])
    func formulaGuard(name: String) throws {
        let csv = try files([Entity(id: EntityID(1), name: name, type: .person)], [])
        let rows = try RFC4180.parse(#require(csv["nodes.csv"]))
        #expect(rows.last?[1] == "'" + name)
    }
}

/// A strict RFC 4180 reader (CRLF records, quoted fields with doubled quotes), to read the files back.
enum RFC4180 {
    struct Malformed: Error {}

    static func parse(_ text: String) throws -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var scalars = text.unicodeScalars.makeIterator()
        var quoted = false
        var pending: Unicode.Scalar? = nil
        while let scalar = pending ?? scalars.next() {
            pending = nil
            if quoted {
                if scalar == "\"" {
                    let next = scalars.next()
                    if next == "\"" { field += "\"" } else { quoted = false; pending = next }
                } else {
                    field.unicodeScalars.append(scalar)
                }
                continue
            }
            switch scalar {
            case "\"" where field.isEmpty: quoted = true
            case "\"": throw Malformed()
            case ",": row.append(field); field = ""
            case "\r":
                guard scalars.next() == "\n" else { throw Malformed() }
                row.append(field)
                rows.append(row)
                row = []
                field = ""
            case "\n": throw Malformed()
            default: field.unicodeScalars.append(scalar)
            }
        }
        guard !quoted, row.isEmpty, field.isEmpty else { throw Malformed() }
        return rows
    }
}
