@testable import Language

/// The bundled tokenizer, loaded once for all tokenizer suites.
enum SharedTokenizer {
    static let result = Result { () throws(LanguageError) -> Tokenizer in try Tokenizer(folder: BundledModel.folder()) }

    static func get() throws -> Tokenizer { try result.get() }
}
