import ActorGraphCore

@testable import Extraction

/// Shared extractor for tests (loading the gazetteers once).
enum Shared {
    static let extractor: Extractor? = try? Extractor()

    static func extract(_ text: String, id: String = "t.txt") throws -> ExtractedDocument {
        guard let extractor else { throw ExtractionError.missingResource(name: "states.json") }
        return extractor.extract(SourceDocument(id: id, text: text))
    }
}

extension ExtractedDocument {
    func entity(_ name: String) -> Entity? { entities.first { $0.name == name } }

    func has(_ source: String, _ type: RelationType, _ target: String) -> Bool {
        let probe = Relation(source: source, type: type, target: target).normalised()
        return relations.contains { $0.source == probe.source && $0.type == type && $0.target == probe.target }
    }
}
