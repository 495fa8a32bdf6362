import Foundation

/// Source metadata in a JSON file beside an article.
///
/// `NAME.json` or `NAME.EXT.json` for `NAME.EXT`, holding `{"title": …, "url": …, "outlet": …, "author": …,
/// "published": "YYYY-MM-DD"}` (every key optional, other keys ignored). Its values win over the article's own
/// front matter or page head.
enum Sidecar {
    /// The largest sidecar read, in bytes.
    static let limit = 1_000_000

    /// The sidecar paths of an article, most specific first.
    static func candidates(for article: String) -> [String] {
        let base = (article as NSString).deletingPathExtension
        return [article + ".json", base + ".json"]
    }

    /// The sidecar of `article` when one exists: its path and its values by metadata key.
    static func read(for article: String) throws -> (path: String, values: [String: String])? {
        guard let path = candidates(for: article).first(where: { FileManager.default.fileExists(atPath: $0) }) else {
            return nil
        }
        let bytes = try DocumentFile.bytes(at: path, limit: limit)
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(bytes))
        } catch {
            throw ActorGraphKitError.invalidMetadata(
                path: path, origin: "sidecar", key: nil, problem: "not valid JSON; write one object of strings")
        }
        guard let fields = object as? [String: Any] else {
            throw ActorGraphKitError.invalidMetadata(
                path: path, origin: "sidecar", key: nil, problem: "not a JSON object; write one object of strings")
        }
        var values: [String: String] = [:]
        for (key, value) in fields.sorted(by: { $0.key < $1.key }) {
            guard let canonical = FrontMatter.canonicalKey(key.lowercased()) else { continue }
            guard let text = value as? String else {
                throw ActorGraphKitError.invalidMetadata(
                    path: path, origin: "sidecar", key: key, problem: "is not a string")
            }
            values[canonical] = text
        }
        return (path, values)
    }
}
