import ActorGraphTestSupport
import Foundation
import Testing

/// Every command's `--json` against docs/json.md: snake_case keys, and the documented keys of each object
/// (actor and relation ids, confidence and polarity wherever a relation appears).
@Suite(.serialized) struct JSONSchemaTests {
    /// The keys each kind of object must have (docs/json.md); keys documented as optional are left out.
    static let required: [String: Set<String>] = [
        "actor": ["actor_id", "name", "type", "aliases", "descriptions", "mentions"],
        "relation": [
            "relation_id", "source_id", "source", "type", "target_id", "target", "polarity", "symmetric", "weight",
            "confidence", "evidence",
        ],
        "evidence": ["document", "sentence", "start", "end", "provenance"],
        "score": ["actor_id", "name", "score"],
        "edge_score": ["source_id", "source", "target_id", "target", "score"],
        "hop": [
            "from_id", "from", "to_id", "to", "relation_id", "type", "polarity", "confidence", "forward", "weight",
        ],
        "direct": [
            "relation_id", "source_id", "source", "type", "target_id", "target", "polarity", "weight", "confidence",
            "evidence",
        ],
        "shared": ["role", "actor_id", "name", "type", "with_first", "with_second"],
        "member": ["actor_id", "name"],
    ]

    private func json(_ arguments: [String]) throws -> Any {
        let result = try CommandRunner.run(arguments + ["--json"])
        #expect(result.status == 0, "\(arguments): \(result.stderr)")
        return try JSONSerialization.jsonObject(with: Data(result.stdout.utf8), options: [.fragmentsAllowed])
    }

    private func snakeCaseKeys(_ value: Any, path: String = "$") -> [String] {
        var bad: [String] = []
        if let object = value as? [String: Any] {
            for (key, child) in object {
                if key.contains(where: { $0.isUppercase || $0 == "-" || $0 == " " }) { bad.append("\(path).\(key)") }
                // Counts by type are keyed by type names, which are data, not schema keys.
                if key != "entity_types" && key != "relation_types" {
                    bad += snakeCaseKeys(child, path: "\(path).\(key)")
                }
            }
        } else if let array = value as? [Any] {
            for item in array { bad += snakeCaseKeys(item, path: path + "[]") }
        }
        return bad
    }

    private func check(_ value: Any?, is kind: String, _ context: String) {
        guard let object = value as? [String: Any], let keys = Self.required[kind] else {
            Issue.record("\(context): not a \(kind) object")
            return
        }
        let missing = keys.subtracting(object.keys)
        #expect(missing.isEmpty, "\(context): \(kind) lacks \(missing.sorted())")
        if kind == "relation" || kind == "direct" {
            for item in object["evidence"] as? [Any] ?? [] { check(item, is: "evidence", context + ".evidence") }
        }
    }

    @Test("Every command's --json is snake_case and has the documented keys")
    func everyCommand() throws {
        try withTemporaryDirectory { dir in
            let db = dir.appendingPathComponent("g.sqlite").path
            let seeds = RepositoryFiles.seedsDirectory.path
            var outputs: [String: Any] = [:]
            outputs["ingest"] = try json(["ingest", seeds, "--db", db])
            outputs["stats"] = try json(["stats", "--db", db])
            outputs["entities"] = try json(["entities", "--db", db])
            outputs["relations"] = try json(["relations", "--db", db])
            outputs["centrality"] = try json(["centrality", "--db", db, "--measure", "pagerank"])
            outputs["edge-betweenness"] = try json(["centrality", "--db", db, "--measure", "edge-betweenness"])
            outputs["path"] = try json(["path", "Russia", "Mali", "--db", db])
            outputs["relate"] = try json(["relate", "Russia", "Niger", "--db", db])
            outputs["components"] = try json(["components", "--db", db])
            outputs["communities"] = try json(["communities", "--db", db])
            outputs["kcore"] = try json(["kcore", "--db", db])
            outputs["clustering"] = try json(["clustering", "--db", db])
            outputs["ego"] = try json(["ego", "Russia", "--db", db])
            outputs["render"] = try json([
                "render", "--db", db, "--format", "dot", "--out", dir.appendingPathComponent("m.dot").path,
            ])
            outputs["export"] = try json([
                "export", "--db", db, "--format", "graphml", "--out", dir.appendingPathComponent("g.graphml").path,
            ])
            outputs["import"] = try json([
                "import", dir.appendingPathComponent("g.graphml").path, "--db",
                dir.appendingPathComponent("h.sqlite").path,
            ])
            outputs["rename"] = try json(["rename", "Wagner Group", "Wagner", "--db", db])
            outputs["retype"] = try json(["retype", "Wagner", "group", "--db", db])
            outputs["merge"] = try json(["merge", "Wagner", "Africa Corps", "--db", db])
            outputs["reject-relation"] = try json(["reject-relation", "Russia", "supports", "Mali", "--db", db])
            outputs["remove"] = try json(["remove", "003_a33a895daf8ffad1.txt", "--db", db])
            for (command, value) in outputs.sorted(by: { $0.key < $1.key }) {
                #expect(snakeCaseKeys(value).isEmpty, "\(command): \(snakeCaseKeys(value))")
            }
            for row in outputs["entities"] as? [Any] ?? [] { check(row, is: "actor", "entities") }
            for row in outputs["relations"] as? [Any] ?? [] { check(row, is: "relation", "relations") }
            for name in ["centrality", "kcore", "clustering"] {
                for row in outputs[name] as? [Any] ?? [] { check(row, is: "score", name) }
            }
            for row in outputs["edge-betweenness"] as? [Any] ?? [] { check(row, is: "edge_score", "edge-betweenness") }
            let path = outputs["path"] as? [String: Any]
            for row in path?["paths"] as? [[String: Any]] ?? [] {
                for hop in row["hops"] as? [Any] ?? [] { check(hop, is: "hop", "path") }
            }
            let relate = outputs["relate"] as? [String: Any]
            #expect(relate?["first_id"] is Int && relate?["second_id"] is Int)
            for row in relate?["direct"] as? [Any] ?? [] { check(row, is: "direct", "relate.direct") }
            for row in relate?["shared"] as? [Any] ?? [] { check(row, is: "shared", "relate.shared") }
            for row in outputs["components"] as? [[String: Any]] ?? [] {
                for member in row["members"] as? [Any] ?? [] { check(member, is: "member", "components") }
            }
            let ego = outputs["ego"] as? [String: Any]
            #expect(ego?["center_id"] is Int)
            for member in ego?["members"] as? [Any] ?? [] { check(member, is: "member", "ego") }
        }
    }
}
