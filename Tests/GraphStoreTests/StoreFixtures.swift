import ActorGraphCore
import Foundation
import GraphStore

/// Builders for small extracted documents, so each test states only what matters to it.
enum Fixture {
    static func entity(_ name: String, _ type: EntityType, aliases: [String] = [], mentions: Int = 1) -> Entity {
        Entity(name: name, type: type, aliases: aliases, mentions: mentions)
    }

    /// A relation whose evidence sentences start at `starts` (each 10 scalars long) in `document`.
    static func relation(
        _ source: String, _ type: RelationType, _ target: String, in document: String, at starts: [Int],
        confidence: Double = 0.9
    ) -> Relation {
        Relation(
            source: source, type: type, target: target, confidence: confidence,
            evidence: starts.map {
                Evidence(document: document, sentence: "\(source) \(type) \(target) @\($0)", start: $0, end: $0 + 10)
            })
    }

    /// A document whose hash derives from `id` and `version`, so a new version is a changed document.
    static func document(
        _ id: String, version: String = "v1", date: String? = nil, entities: [Entity], relations: [Relation]
    ) -> ExtractedDocument {
        ExtractedDocument(
            id: id, contentHash: SHA256.hex(of: Array("\(id)#\(version)".utf8)), length: 1000, date: date,
            entities: entities, relations: relations)
    }

    /// Two documents about a handful of actors, used by most tests.
    static var twoDocuments: [ExtractedDocument] {
        [
            document(
                "a.txt", date: "2024-01-10",
                entities: [
                    entity("Russia", .state, aliases: ["Moscow", "Russian"], mentions: 3),
                    entity("Mali", .state, aliases: ["Bamako"], mentions: 2),
                    entity("Assimi Goïta", .person, aliases: ["Goïta"], mentions: 1),
                ],
                relations: [
                    relation("Russia", .supports, "Mali", in: "a.txt", at: [0, 50]),
                    relation("Russia", .cooperatesWith, "Mali", in: "a.txt", at: [50]),
                    relation("Assimi Goïta", .leads, "Mali", in: "a.txt", at: [100], confidence: 0.8),
                ]),
            document(
                "b.txt", date: "2024-03-05",
                entities: [
                    entity("Moscow", .state, mentions: 1),
                    entity("Niger", .state, mentions: 2),
                    entity("Mali", .state, mentions: 1),
                ],
                relations: [
                    relation("Moscow", .supports, "Niger", in: "b.txt", at: [0]),
                    relation("Mali", .cooperatesWith, "Moscow", in: "b.txt", at: [200]),
                ]),
        ]
    }
}

/// A fresh file-backed store in its own temporary folder, removed afterwards.
@discardableResult
func withTemporaryStore<T>(_ body: (GraphStore, String) throws -> T) throws -> T {
    try withTemporaryDirectory { directory in
        let path = directory.appendingPathComponent("store.sqlite").path
        return try body(try GraphStore(path: path), path)
    }
}

/// A fresh temporary folder, removed afterwards.
@discardableResult
func withTemporaryDirectory<T>(_ body: (URL) throws -> T) throws -> T {
    let directory = FileManager.default.temporaryDirectory
        .appendingPathComponent("actorgraph-store-tests-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    return try body(directory)
}

/// The bytes of a file, to prove a refused file was not modified.
func fileBytes(_ path: String) throws -> Data {
    try Data(contentsOf: URL(fileURLWithPath: path))
}

extension GraphStore {
    /// Every relation as "source type target ×weight", sorted: a compact picture of the graph.
    func relationLines() throws -> [String] {
        try relations().map { "\($0.source) \($0.type) \($0.target) ×\($0.weight)" }
    }
}
