public import ActorGraphCore
public import Foundation

/// A hand-annotated gold file (`extraction-schema.md`, "Gold file format").
public struct GoldStandard: Sendable {
    /// One gold entity.
    public struct GoldEntity: Codable, Sendable, Hashable {
        public var name: String
        public var type: EntityType
        public var subtype: GroupSubtype?
        public var aliases: [String]
    }

    /// One gold relation tuple with its evidence.
    public struct GoldRelation: Codable, Sendable, Hashable {
        public var source: String
        public var type: RelationType
        public var target: String
        public var document: String
        public var evidence: String
    }

    /// Document ids the gold covers.
    public var documents: [String]
    public var entities: [GoldEntity]
    public var relations: [GoldRelation]

    /// Reads and checks a gold file: every relation end must be a gold entity.
    public static func load(path: String) throws(ExtractionError) -> GoldStandard {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw .unreadableFile(path: path, problem: error.localizedDescription)
        }
        return try parse(data, source: path)
    }

    /// Parses gold JSON; `source` names it in errors.
    public static func parse(_ data: Data, source: String) throws(ExtractionError) -> GoldStandard {
        struct File: Decodable {
            var documents: [String]
            var entities: [GoldEntity]
            var relations: [GoldRelation]
        }
        let file: File
        do {
            file = try JSONDecoder().decode(File.self, from: data)
        } catch {
            throw .malformedData(file: source, problem: "not a gold file (\(error))")
        }
        let names = Set(file.entities.map(\.name))
        for r in file.relations where !names.contains(r.source) || !names.contains(r.target) {
            throw .invalidEntry(
                file: source, entry: "\(r.source) \(r.type) \(r.target)", problem: "relation end is not a gold entity")
        }
        return GoldStandard(documents: file.documents, entities: file.entities, relations: file.relations)
    }
}
