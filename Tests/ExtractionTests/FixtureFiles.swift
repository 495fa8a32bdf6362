import ActorGraphCore
import ActorGraphTestSupport
import Extraction
import Foundation
import Testing

/// Test fixtures of this target (gold files, unseen articles), read from the copied `Fixtures` folder.
enum FixtureFiles {
    static func url(_ relative: String) throws -> URL {
        let base = try #require(Bundle.module.resourceURL)
        return base.appendingPathComponent("Fixtures").appendingPathComponent(relative)
    }

    static func gold(_ name: String) throws -> GoldStandard {
        try GoldStandard.load(path: try url("gold/\(name)").path)
    }

    /// The unseen test articles as (file name, text), sorted by name.
    static func unseenArticles() throws -> [(name: String, text: String)] {
        try articles(in: "unseen")
    }

    /// The articles of a fixture folder whose names start with one of `prefixes` (all when empty), sorted by name.
    static func articles(in folderName: String, prefixes: [String] = []) throws -> [(name: String, text: String)] {
        let folder = try url(folderName)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { name in
            name.hasSuffix(".txt") && (prefixes.isEmpty || prefixes.contains { name.hasPrefix($0) })
        }.sorted()
        return try names.map { ($0, try String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8)) }
    }

    /// Extracts, merges and scores a corpus against a gold file.
    static func evaluate(_ articles: [(name: String, text: String)], gold: GoldStandard) throws -> EvaluationReport {
        let extractor = try Extractor()
        let documents = articles.map { SourceDocument(id: $0.name, text: $0.text) }
        let merged = CorpusMerge.merge(extractor.extract(documents))
        let report = Evaluator.evaluate(entities: merged.entities, relations: merged.relations, gold: gold)
        if let path = ProcessInfo.processInfo.environment["EXTRACTION_REPORT"] {
            try? (report.table() + "\n").write(
                toFile: path + "." + (gold.documents.first ?? "x"), atomically: true, encoding: .utf8)
        }
        return report
    }
}
