import Extraction
import Foundation

/// How `Workspace.parse` prints a parse.
public enum ParseFormat: String, Sendable, CaseIterable {
    /// A CoNLL-like table, one token per line, a blank line between sentences.
    case table
    /// `{"tokens": […], "sentences": […], "entities": […]}` (docs/language.md).
    case json
}

extension Workspace {
    /// The English parser's reading of the file at `path` (`actorgraph parse`).
    ///
    /// The whole file is one document, parsed as spaCy's `nlp(text)` would; it must be UTF-8 text.
    public static func parse(path: String, format: ParseFormat) throws -> String {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw ActorGraphKitError.missingPath(path)
        }
        guard !isDirectory.boolValue else {
            throw ActorGraphKitError.unreadable(path: path, reason: "it is a folder; parse one text file at a time")
        }
        let dump = try ParseDump(text: try DocumentLoader.read(path).text)
        switch format {
        case .table: return dump.table
        case .json: return dump.json
        }
    }
}
