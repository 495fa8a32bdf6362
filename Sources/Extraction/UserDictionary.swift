public import ActorGraphCore
import Foundation

/// Entities the user declares (`--dictionary FILE`): canonical name, type, optional subtype, aliases.
///
/// Format: `{"entities": [{"name": "Wagner Group", "type": "group", "subtype": "military", "aliases": ["Wagner"]}]}`.
public struct UserDictionary: Codable, Sendable, Equatable {
    /// One declared entity.
    public struct Entry: Codable, Sendable, Equatable {
        public var name: String
        public var type: EntityType
        public var subtype: GroupSubtype?
        public var aliases: [String]

        public init(name: String, type: EntityType, subtype: GroupSubtype? = nil, aliases: [String] = []) {
            self.name = name
            self.type = type
            self.subtype = subtype
            self.aliases = aliases
        }
    }

    /// The entries, in file order.
    public var entities: [Entry]

    /// No entries.
    public static let empty = UserDictionary(entities: [])

    public init(entities: [Entry]) {
        self.entities = entities
    }

    /// Reads and validates a dictionary file.
    ///
    /// - Throws: ``ExtractionError/unreadableFile(path:problem:)`` or a parse error naming the file.
    public static func load(path: String) throws(ExtractionError) -> UserDictionary {
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw .unreadableFile(path: path, problem: error.localizedDescription)
        }
        return try UserDictionary(jsonText: text, source: path)
    }

    /// Parses dictionary JSON; `source` names it in errors.
    public init(jsonText: String, source: String) throws(ExtractionError) {
        let raw: RawFile
        do {
            raw = try JSONDecoder().decode(RawFile.self, from: Data(jsonText.utf8))
        } catch {
            throw .malformedData(file: source, problem: Self.describe(error))
        }
        var entries: [Entry] = []
        for item in raw.entities {
            let name = item.name.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !name.isEmpty else { throw .invalidEntry(file: source, entry: item.name, problem: "empty name") }
            guard let type = EntityType(userInput: item.type) else {
                throw .invalidEntry(
                    file: source, entry: name,
                    problem: "unknown type '\(item.type)', use person, state, group or agreement")
            }
            var subtype: GroupSubtype?
            if let s = item.subtype {
                guard let parsed = GroupSubtype(rawValue: s) else {
                    throw .invalidEntry(
                        file: source, entry: name,
                        problem: "unknown subtype '\(s)', use "
                            + GroupSubtype.allCases.map(\.rawValue).joined(separator: ", "))
                }
                subtype = parsed
            }
            entries.append(Entry(name: name, type: type, subtype: subtype, aliases: item.aliases ?? []))
        }
        self.entities = entries
    }

    /// Canonical JSON text of the dictionary (sorted keys), for storing and reloading.
    public var jsonText: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(self) else { return "{\"entities\":[]}" }
        return String(decoding: data, as: UTF8.self)
    }

    private struct RawFile: Decodable {
        var entities: [RawEntry]
    }

    private struct RawEntry: Decodable {
        var name: String
        var type: String
        var subtype: String?
        var aliases: [String]?
    }

    private static func describe(_ error: any Error) -> String {
        switch error {
        case DecodingError.keyNotFound(let key, let context):
            "missing key '\(key.stringValue)' at \(path(context))"
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
            "\(context.debugDescription) at \(path(context))"
        case DecodingError.dataCorrupted(let context):
            "not valid JSON (\(context.debugDescription))"
        default:
            "not valid JSON"
        }
    }

    private static func path(_ context: DecodingError.Context) -> String {
        let p = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
        return p.isEmpty ? "top level" : p
    }
}
