import Foundation

/// The lexical attributes spaCy's English vocabulary computes for a word: NORM, LOWER, SHAPE, PREFIX, SUFFIX,
/// IS_SPACE.
///
/// Source: spaCy 3.8 `spacy/lang/lex_attrs.py` (`lower`, `word_shape`, `prefix`, `suffix`, `is_space`) and
/// `spacy/vocab.pyx` (`create_vocab`, `Vocab.from_disk`: NORM = the model's `lexeme_norm` table, else
/// `BASE_NORMS`, else `lower`), as `lexeme_norm.json` records that chain.
struct LexicalAttributes: Sendable {
    let characters: PythonCharacters
    /// The `lexeme_norm` lookups table, by StringStore key.
    private let normsByKey: [UInt64: String]
    /// spaCy's `BASE_NORMS`, by text.
    private let baseNorms: ScalarKeyTable<String>
    /// The reserved symbol names with their ids (their StringStore keys).
    private let symbols: ScalarKeyTable<UInt64>

    /// The resource's file name.
    static let fileName = "lexeme_norm.json"

    /// Reads `lexeme_norm.json` from the model folder.
    init(folder: URL, characters: PythonCharacters) throws(LanguageError) {
        self.characters = characters
        let name = "\(BundledModel.name)/\(Self.fileName)"
        let file: File
        do {
            file = try JSONDecoder().decode(
                File.self, from: Data(contentsOf: folder.appendingPathComponent(Self.fileName)))
        } catch let error as DecodingError {
            throw .malformedResource(name: name, problem: "unreadable JSON (\(error))")
        } catch {
            throw .missingResource(name: name)
        }
        guard file.tables.map(\.name) == ["lexeme_norm", "BASE_NORMS"],
            file.tables.map(\.keyedBy) == ["key", "text"]
        else {
            throw .malformedResource(
                name: name, problem: "expected the tables lexeme_norm (by key), then BASE_NORMS (by text)")
        }
        var byKey: [UInt64: String] = [:]
        for (key, norm) in file.tables[0].entries {
            guard let value = UInt64(key) else {
                throw .malformedResource(name: name, problem: "lexeme_norm key \(key) is not a 64-bit integer")
            }
            byKey[value] = norm
        }
        normsByKey = byKey
        baseNorms = ScalarKeyTable(
            file.tables[1].entries.sorted { $0.key < $1.key }.map { ($0.key.unicodeScalars.map(\.value), $0.value) })
        symbols = ScalarKeyTable(
            SpacySymbols.names.enumerated().map { ($0.element.unicodeScalars.map(\.value), UInt64($0.offset)) })
    }

    /// NORM of the word `text[range]` (spelled `string`) when no special case gave it a norm: the first lookup
    /// table holding it, else `lower`.
    func norm(_ text: [UInt32], _ range: Range<Int>, string: String, lower: String) -> String {
        let key = symbols.value(text, range) ?? StringHash.hash(string)
        if let norm = normsByKey[key] { return norm }
        if let norm = baseNorms.value(text, range) { return norm }
        return lower
    }

    /// Python's `str.lower()` of the word spelled `text`, which is `text` itself when it holds neither an ASCII
    /// capital nor any non-ASCII character (most words).
    func lower(_ scalars: ArraySlice<UInt32>, text: String, _ builder: inout UTF8Builder) -> String {
        guard scalars.contains(where: { $0 >= 0x41 && ($0 <= 0x5A || $0 >= 0x80) }) else { return text }
        builder.reset()
        characters.appendLowercased(scalars, to: &builder)
        return builder.string
    }

    /// `word_shape`: letters as `X`/`x`, digits as `d`, other characters kept, runs cut after four; "LONG" from
    /// 100 characters on.
    func shape(_ scalars: ArraySlice<UInt32>, _ builder: inout UTF8Builder) -> String {
        if scalars.count >= 100 { return "LONG" }
        builder.reset()
        var last: UInt32 = .max
        var run = 0
        for scalar in scalars {
            let shapeScalar: UInt32
            if characters.alpha.contains(scalar) {
                shapeScalar = characters.upper.contains(scalar) ? 0x58 : 0x78
            } else if characters.digit.contains(scalar) {
                shapeScalar = 0x64
            } else {
                shapeScalar = scalar
            }
            if shapeScalar == last {
                run += 1
            } else {
                run = 0
                last = shapeScalar
            }
            if run < 4 { builder.append(shapeScalar) }
        }
        return builder.string
    }

    /// `str.isspace()`: non-empty and whitespace only.
    func isSpace(_ scalars: ArraySlice<UInt32>) -> Bool {
        !scalars.isEmpty && scalars.allSatisfy { characters.space.contains($0) }
    }

    private struct File: Decodable {
        struct Table: Decodable {
            let name: String
            let keyedBy: String
            let entries: [String: String]
        }

        let tables: [Table]
    }
}
