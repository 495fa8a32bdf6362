import Extraction
import Foundation
import GraphStore

/// The scores of an evaluation run, as text and as JSON.
public struct EvaluationOutput: Sendable {
    /// The aligned human report: P/R/F1 per type and overall, then every miss and false positive.
    public var table: String
    /// The same report as JSON.
    public var json: String
    public var entityF1: Double
    public var relationF1: Double
    public var untypedEdgeF1: Double
}

extension Workspace {
    /// Ingests `documentsPath` into a temporary in-memory database and scores the result against a gold file.
    ///
    /// The user's database is never touched.
    public static func evaluate(goldPath: String, documentsPath: String, dictionaryPath: String? = nil) throws
        -> EvaluationOutput
    {
        try DocumentFile.requireRegularFile(goldPath)
        let gold = try GoldStandard.load(path: goldPath)
        let scratch = try Workspace.inMemory()
        _ = try scratch.ingest(paths: [documentsPath], dictionaryPath: dictionaryPath)
        let report = Evaluator.evaluate(
            entities: try scratch.store.entities(), relations: try scratch.store.relations(), gold: gold)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let json = String(decoding: try encoder.encode(report), as: UTF8.self)
        return EvaluationOutput(
            table: report.table(), json: json, entityF1: report.entityF1, relationF1: report.relationF1,
            untypedEdgeF1: report.edgeF1)
    }
}
