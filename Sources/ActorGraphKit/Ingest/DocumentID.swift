import ActorGraphCore

/// What a document id given by hand may be: the id every citation of the document names.
enum DocumentID {
    /// The longest id, in characters.
    static let limit = 1000

    /// Refuses an empty id, one with control characters, one over ``limit`` characters, and one that starts
    /// like an imported graph file's (`import:`).
    static func validate(_ id: String) throws {
        if id.isEmpty { throw ActorGraphKitError.invalidDocumentID(id: id, problem: "it is empty") }
        if let scalar = id.unicodeScalars.first(where: DictionaryCheck.isControl) {
            throw ActorGraphKitError.invalidDocumentID(
                id: id, problem: "it holds the control character \(DictionaryCheck.codePoint(scalar))")
        }
        if id.count > limit {
            throw ActorGraphKitError.invalidDocumentID(id: id, problem: "it is longer than \(limit) characters")
        }
        if id.hasPrefix("import:") {
            throw ActorGraphKitError.invalidDocumentID(
                id: id, problem: "ids starting 'import:' name imported graph files")
        }
    }
}
