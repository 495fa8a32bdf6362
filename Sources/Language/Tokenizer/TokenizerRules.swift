import Foundation

/// The tokenizer's settings as `export_tokenizer.py` wrote them to `tokenizer.json` (see its header).
struct TokenizerRules: Decodable, Sendable {
    /// One token of a special case.
    struct Piece: Decodable, Sendable, Equatable {
        /// The token's text.
        let orth: String
        /// The NORM the exception sets, if any.
        let norm: String?
    }

    /// A tokenizer exception: a chunk of text and the tokens it becomes.
    struct SpecialCase: Decodable, Sendable {
        let text: String
        let pieces: [Piece]
    }

    let prefixSearch: String?
    let suffixSearch: String?
    let infixFinditer: String?
    let urlMatch: String?
    let tokenMatch: String?
    let fasterHeuristics: Bool
    let specialCases: [SpecialCase]

    /// The resource's file name.
    static let fileName = "tokenizer.json"

    /// Reads `tokenizer.json` from the model folder and checks that each special case's pieces spell it.
    static func load(folder: URL) throws(LanguageError) -> TokenizerRules {
        let name = "\(BundledModel.name)/\(fileName)"
        let rules: TokenizerRules
        do {
            rules = try JSONDecoder().decode(
                TokenizerRules.self, from: Data(contentsOf: folder.appendingPathComponent(fileName)))
        } catch let error as DecodingError {
            throw .malformedResource(name: name, problem: "unreadable JSON (\(error))")
        } catch {
            throw .missingResource(name: name)
        }
        for special in rules.specialCases where special.pieces.map(\.orth).joined() != special.text {
            throw .malformedResource(
                name: name, problem: "special case \(special.text.debugDescription): pieces differ")
        }
        return rules
    }
}
