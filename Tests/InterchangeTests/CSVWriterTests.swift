import ActorGraphCore
import Interchange
import Testing

@Suite struct CSVWriterTests {
    private func files(_ entities: [Entity], _ relations: [Relation]) throws -> [String: String] {
        let files = try Exporter.export(entities: entities, relations: relations, format: .csv)
        return Dictionary(uniqueKeysWithValues: files.map { ($0.name, String(decoding: $0.bytes, as: UTF8.self)) })
    }

    @Test("CSV: exact bytes of nodes.csv and edges.csv in Gephi's shape for the small graph")
    func smallGraph() throws {
        let csv = try files(Fixtures.entities, Fixtures.relations)
        #expect(Array(csv.keys).sorted() == ["edges.csv", "nodes.csv"])
        #expect(
            csv["nodes.csv"] == "Id,Label,type,subtype,aliases,mentions\r\n"
                + "n2,Alliance of Sahel States,group,bloc,AES,3\r\n"
                + "n3,Assimi Goïta,person,,Goïta,4\r\n"
                + "n1,Mali,state,,,7\r\n"
                + "n4,Russia,state,,Moscow,5\r\n")
        #expect(
            csv["edges.csv"]
                == "Source,Target,Type,Kind,Id,Label,Weight,polarity,symmetric,confidence,provenance,evidence,document,"
                + "document_title,document_outlet,document_published,document_url\r\n"
                + "n3,n1,Directed,leads,e0,leads,1,structural,false,0.9,extracted,Goïta leads Mali.,a.txt,,,,\r\n"
                + "n1,n4,Directed,cooperates_with,e1,cooperates_with,1,cooperation,true,0.7,extracted,"
                + "Mali and Russia signed a deal.,b.txt,,,,\r\n"
                + "n1,n2,Directed,member_of,e2,member_of,0,structural,false,1.0,extracted,,,,,,\r\n"
                + "n4,n1,Directed,supports,e3,supports,2,cooperation,false,0.8,extracted,"
                + "\"Russia backs Mali, officials said.\",a.txt,,,,\r\n")
    }

    @Test("CSV: hostile fields round-trip exactly through an RFC 4180 parser")
    func hostileFields() throws {
        let csv = try files(Fixtures.hostileEntities, Fixtures.hostileRelations)
        let nodes = try RFC4180.parse(#require(csv["nodes.csv"]))
        #expect(
            nodes == [
                ["Id", "Label", "type", "subtype", "aliases", "mentions"],
                ["n11", "-2+3", "person", "", "", "2"],
                ["n10", Fixtures.hostileName, "group", "", "=SUM(A1); a;b", "1"],
            ])
        let edges = try RFC4180.parse(#require(csv["edges.csv"]))
        #expect(edges.count == 2)
        #expect(
            edges[1] == [
                "n11", "n10", "Directed", "opposes", "e0", "opposes", "1", "conflict", "false", "0.25", "extracted",
                Fixtures.hostileSentence, "@evil.txt", "", "", "", "",
            ])
    }

    @Test(
        "CSV: formula triggers are kept as they are, and guarded only when asked",
        arguments: ["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"])
    func formulaGuard(name: String) throws {
        let entities = [Entity(id: EntityID(1), name: name, type: .person)]
        let plain = try RFC4180.parse(#require(try files(entities, [])["nodes.csv"]))
        #expect(plain.last?[1] == name)
        let safe = try Exporter.export(
            entities: entities, relations: [], format: .csv, options: ExportOptions(spreadsheetSafe: true))
        let rows = try RFC4180.parse(String(decoding: safe[0].bytes, as: UTF8.self))
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
