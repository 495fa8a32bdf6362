import Foundation

/// The rule lemmatizer's lookups for one part of speech: suffix rules, exceptions and known base forms.
///
/// Source: spaCy 3.8 spacy/pipeline/lemmatizer.py (`lemma_rules`, `lemma_exc`, `lemma_index` tables), exported by
/// `Scripts/language/export_rules.py` as `lemmatizer.json`.
struct LemmaTables: Sendable {
    /// `(old suffix, new suffix)` pairs as UTF-8 bytes, in the table's order.
    let rules: [(old: [UInt8], new: [UInt8])]
    /// Lemmas listed for an exceptional (lower-cased) form, in the table's order.
    let exceptions: [ExactString: [String]]
    /// Base forms the language knows.
    let index: Set<ExactString>

    /// The tables of every part of speech that has any, with the file's `mode` and `overwrite` settings.
    struct File: Sendable {
        let tables: [PartOfSpeech: LemmaTables]
        let overwrite: Bool
    }

    private static let resourceName = "en_core_web_sm/lemmatizer.json"

    /// Reads `lemmatizer.json` from the model folder.
    static func load(folder: URL) throws(LanguageError) -> File {
        let url = folder.appendingPathComponent("lemmatizer.json")
        guard FileManager.default.fileExists(atPath: url.path) else { throw .missingResource(name: resourceName) }
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw .malformedResource(name: resourceName, problem: "unreadable (\(error.localizedDescription))")
        }
        return try load(json: data)
    }

    /// Reads the tables from the JSON of `lemmatizer.json`.
    static func load(json data: Data) throws(LanguageError) -> File {
        let raw: RawFile
        do {
            raw = try JSONDecoder().decode(RawFile.self, from: data)
        } catch {
            throw .malformedResource(name: resourceName, problem: "not a lemmatizer file (\(error))")
        }
        guard raw.mode == "rule" else {
            throw .malformedResource(name: resourceName, problem: "mode \(raw.mode) where only \"rule\" is implemented")
        }
        let names = Set(raw.rules.keys).union(raw.exceptions.keys).union(raw.index.keys)
        var tables: [PartOfSpeech: LemmaTables] = [:]
        for name in names {
            guard let pos = PartOfSpeech(rawValue: name.uppercased()), name == name.lowercased() else {
                throw .malformedResource(name: resourceName, problem: "table key \(name) is no lower-cased POS")
            }
            var rules: [(old: [UInt8], new: [UInt8])] = []
            for pair in raw.rules[name] ?? [] {
                guard pair.count == 2 else {
                    throw .malformedResource(name: resourceName, problem: "a \(name) rule is not [old, new]")
                }
                rules.append((Array(pair[0].utf8), Array(pair[1].utf8)))
            }
            var exceptions: [ExactString: [String]] = [:]
            for (form, lemmas) in raw.exceptions[name] ?? [:] { exceptions[ExactString(form)] = lemmas }
            let table = LemmaTables(
                rules: rules, exceptions: exceptions, index: Set((raw.index[name] ?? []).map(ExactString.init)))
            // spaCy treats a POS whose three tables are all empty like one without tables.
            if !(table.rules.isEmpty && table.exceptions.isEmpty && table.index.isEmpty) { tables[pos] = table }
        }
        return File(tables: tables, overwrite: raw.overwrite)
    }

    private struct RawFile: Decodable {
        let mode: String
        let overwrite: Bool
        let rules: [String: [[String]]]
        let exceptions: [String: [String: [String]]]
        let index: [String: [String]]
    }
}
