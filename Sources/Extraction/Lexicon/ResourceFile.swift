internal import Foundation

/// Reading of the bundled language resources (`Resources/en/…`).
enum ResourceFile {
    /// The language folder this build reads; a second language would be a second folder.
    static let language = "en"

    /// The bundle's copy of `Sources/Extraction/Resources`.
    static var root: URL { Bundle.module.bundleURL.appendingPathComponent("Resources") }

    /// Decodes `Resources/<language>/<path>`.
    static func decode<T: Decodable>(_ type: T.Type, _ path: String) throws(ExtractionError) -> T {
        let name = "\(language)/\(path)"
        let url = root.appendingPathComponent(name)
        guard FileManager.default.fileExists(atPath: url.path) else { throw .missingResource(name: name) }
        do {
            return try JSONDecoder().decode(T.self, from: Data(contentsOf: url))
        } catch let error as DecodingError {
            throw .malformedData(file: "Resources/\(name)", problem: Self.describe(error))
        } catch {
            throw .malformedData(file: "Resources/\(name)", problem: "\(error)")
        }
    }

    /// The files of `Resources/<language>/<folder>` with extension `json`, sorted.
    static func files(in folder: String) throws(ExtractionError) -> [String] {
        let name = "\(language)/\(folder)"
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(name).path)
        else { throw .missingResource(name: name) }
        return entries.filter { $0.hasSuffix(".json") }.sorted().map { "\(folder)/\($0)" }
    }

    /// A decoding error as one line: the coding path and what was wrong.
    static func describe(_ error: DecodingError) -> String {
        func path(_ context: DecodingError.Context) -> String {
            context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
        }
        switch error {
        case .keyNotFound(let key, let context): return "missing key '\(key.stringValue)' at \(path(context))"
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            return "\(context.debugDescription) at \(path(context))"
        @unknown default: return "\(error)"
        }
    }
}
