import ActorGraphCore
import ActorGraphTestSupport
import Foundation
import Testing

/// spaCy's own output on the agreement corpus (`Scripts/language/make_fixtures.py`), with each document's text.
///
/// Texts are read from where they live: the seeds from `seeds/`, the development articles from `../shared/dev`
/// (skipped when that folder is absent, as the fixtures hold no text of theirs), the hard cases from their line
/// in `Fixtures/sentences/`. Each text is checked against the SHA-256 the fixture recorded.
struct SpacyDocument: Sendable {
    /// Where the text comes from: a repository path, `shared:`-prefixed for ../shared, with `:line` for a sentence.
    let name: String
    let text: String
    let start: [Int]
    let end: [Int]
    let space: [Bool]
    let tag: [String]
    let pos: [String]
    let dep: [String]
    let head: [Int]
    /// Lemmas as text (project texts) or nil (shared texts, which give `lemmaKey` instead).
    let lemma: [String]?
    /// First 16 hex digits of SHA-256 of each lemma, for shared texts.
    let lemmaKey: [String]?
    /// Lexical attributes, for project texts only.
    let norm: [String]?
    let prefix: [String]?
    let suffix: [String]?
    let shape: [String]?
    /// Sentence spans in scalar offsets.
    let sentences: [[Int]]
    /// Entity spans as [start, end] with their labels.
    let entities: [(start: Int, end: Int, label: String)]

    /// The token texts, sliced from the document by scalar offsets.
    var tokenTexts: [String] {
        let scalars = Array(text.unicodeScalars)
        return zip(start, end).map { String(String.UnicodeScalarView(scalars[$0..<$1])) }
    }

    /// The key `make_fixtures.py` stores for a lemma of a shared text.
    static func lemmaKey(_ lemma: String) -> String { String(SHA256.hex(of: Array(lemma.utf8)).prefix(16)) }
}

/// Loading of the fixture files.
enum SpacyFixtures {
    /// The corpora `make_fixtures.py` writes.
    enum Corpus: String, CaseIterable, Sendable {
        case seeds, dev, sentences
    }

    /// `../shared`, beside the repository (CI has it).
    static let sharedRoot = RepositoryFiles.root.deletingLastPathComponent().appendingPathComponent("shared")

    /// Whether `corpus` can be read here: the development articles only where `../shared` is beside the clone.
    static func isAvailable(_ corpus: Corpus) -> Bool {
        corpus != .dev || FileManager.default.fileExists(atPath: sharedRoot.appendingPathComponent("dev").path)
    }

    /// The documents of `corpus` whose text is available, in fixture order.
    static func documents(_ corpus: Corpus) throws -> [SpacyDocument] {
        let url = try #require(Bundle.module.resourceURL)
            .appendingPathComponent("Fixtures/spacy/\(corpus.rawValue).json")
        let file = try JSONDecoder().decode(FixtureFile.self, from: Data(contentsOf: url))
        var lineCache: [String: [Substring]] = [:]
        return try file.documents.compactMap { raw in
            let text: String
            let name: String
            if raw.path.hasPrefix("shared:") {
                let url = sharedRoot.appendingPathComponent(String(raw.path.dropFirst("shared:".count)))
                guard let contents = try? String(contentsOf: url, encoding: .utf8) else { return nil }
                text = contents
                name = raw.path
            } else if let line = raw.line {
                let url = RepositoryFiles.root.appendingPathComponent(raw.path)
                if lineCache[raw.path] == nil {
                    lineCache[raw.path] = try String(contentsOf: url, encoding: .utf8)
                        .split(separator: "\n", omittingEmptySubsequences: false)
                }
                text = String(try #require(lineCache[raw.path])[line - 1])
                name = "\(raw.path):\(line)"
            } else {
                text = try String(contentsOf: RepositoryFiles.root.appendingPathComponent(raw.path), encoding: .utf8)
                name = raw.path
            }
            guard SHA256.hex(of: Array(text.utf8)) == raw.sha256 else {
                throw FixtureError.stale(name)
            }
            return SpacyDocument(
                name: name, text: text, start: raw.start, end: raw.end, space: raw.space, tag: raw.tag, pos: raw.pos,
                dep: raw.dep, head: raw.head, lemma: raw.lemma, lemmaKey: raw.lemmaKey, norm: raw.norm,
                prefix: raw.prefix, suffix: raw.suffix, shape: raw.shape, sentences: raw.sentences,
                entities: try raw.entities.map { entity in
                    guard entity.count == 3, case .int(let start) = entity[0], case .int(let end) = entity[1],
                        case .string(let label) = entity[2]
                    else { throw FixtureError.malformed(name) }
                    return (start, end, label)
                })
        }
    }

    /// Every available document of every corpus.
    static func allDocuments() throws -> [SpacyDocument] {
        try Corpus.allCases.flatMap { try documents($0) }
    }

    enum FixtureError: Error, CustomStringConvertible {
        case stale(String)
        case malformed(String)

        var description: String {
            switch self {
            case .stale(let name):
                "\(name): text differs from the one spaCy annotated; run python3 Scripts/language/make_fixtures.py"
            case .malformed(let name): "\(name): malformed entity entry in the fixture"
            }
        }
    }

    private struct FixtureFile: Decodable {
        let documents: [RawDocument]
    }

    private struct RawDocument: Decodable {
        let path: String
        let line: Int?
        let sha256: String
        let start: [Int]
        let end: [Int]
        let space: [Bool]
        let tag: [String]
        let pos: [String]
        let dep: [String]
        let head: [Int]
        let lemma: [String]?
        let lemmaKey: [String]?
        let norm: [String]?
        let prefix: [String]?
        let suffix: [String]?
        let shape: [String]?
        let sentences: [[Int]]
        let entities: [[IntOrString]]
    }

    private enum IntOrString: Decodable {
        case int(Int)
        case string(String)

        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let value = try? container.decode(Int.self) {
                self = .int(value)
            } else {
                self = .string(try container.decode(String.self))
            }
        }
    }
}
