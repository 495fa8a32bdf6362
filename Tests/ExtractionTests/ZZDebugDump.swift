import ActorGraphCore
import Extraction
import Foundation
import Testing

@Suite struct ZZDebugDump {
    @Test func dump() throws {
        guard let text = ProcessInfo.processInfo.environment["XDEBUG"] else { return }
        let doc = try Extractor().extract(SourceDocument(id: "d", text: text))
        var out = ""
        for e in doc.entities { out += "E \(e.name) [\(e.type)] \(e.aliases)\n" }
        for r in doc.relations { out += "R \(r.source) \(r.type) \(r.target) \(r.confidence)\n" }
        try out.write(toFile: "/tmp/xdebug.txt", atomically: true, encoding: .utf8)
    }
}
