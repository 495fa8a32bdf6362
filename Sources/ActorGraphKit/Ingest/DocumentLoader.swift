import Foundation

/// One article read from disk and checked: UTF-8 text, not empty, not binary.
public struct LoadedDocument: Sendable, Hashable {
    /// The document id: the file name.
    public var id: String
    /// The path it was read from.
    public var path: String
    public var text: String
    /// `YYYY-MM-DD` from `--date` or a `Date:` first line.
    public var date: String?
}

/// Turns command-line paths into checked documents.
///
/// A bad file named directly is an error (the user asked for it); a bad file met inside a folder is a
/// warning and is skipped, so one stray file does not stop a large ingest.
enum DocumentLoader {
    struct Loaded {
        var documents: [LoadedDocument]
        var warnings: [String]
    }

    static func load(paths: [String], date: String?) throws -> Loaded {
        if let date { try DateLine.validate(date) }
        var documents: [LoadedDocument] = []
        var warnings: [String] = []
        var seenIDs: [String: String] = [:]
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw ActorGraphKitError.missingPath(path)
            }
            let files: [String]
            if isDirectory.boolValue {
                files = try textFiles(in: path)
                if files.isEmpty { throw ActorGraphKitError.noDocuments(path) }
            } else {
                files = [path]
            }
            for file in files {
                do {
                    var document = try read(file)
                    if let date { document.date = date }
                    if let earlier = seenIDs[document.id], earlier != file {
                        warnings.append("\(file): same file name as \(earlier); skipped (document ids are file names)")
                        continue
                    }
                    seenIDs[document.id] = file
                    documents.append(document)
                } catch let error as ActorGraphKitError where isDirectory.boolValue {
                    warnings.append(error.description)
                }
            }
        }
        return Loaded(documents: documents, warnings: warnings)
    }

    /// Every `.txt` file below `folder`, sorted by path so ingest order is reproducible.
    static func textFiles(in folder: String) throws -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else {
            throw ActorGraphKitError.unreadable(path: folder, reason: "cannot list the folder")
        }
        var files: [String] = []
        while let relative = enumerator.nextObject() as? String {
            guard relative.lowercased().hasSuffix(".txt") else { continue }
            let full = (folder as NSString).appendingPathComponent(relative)
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue {
                files.append(full)
            }
        }
        return files.sorted()
    }

    static func read(_ path: String) throws -> LoadedDocument {
        let bytes: [UInt8]
        do {
            bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
        } catch {
            throw ActorGraphKitError.unreadable(path: path, reason: (error as NSError).localizedDescription)
        }
        if let format = graphFormat(path: path, bytes: bytes) {
            throw ActorGraphKitError.graphFileNotArticle(path: path, format: format)
        }
        let text = try decode(bytes, path: path)
        let id = (path as NSString).lastPathComponent
        return LoadedDocument(id: id, path: path, text: text, date: try DateLine.date(in: text))
    }

    /// The graph format of a file that is a graph rather than an article: by its extension, or, whatever
    /// its name, by a GraphML or GEXF root element at the start.
    static func graphFormat(path: String, bytes: [UInt8]) -> GraphFileFormat? {
        if let format = GraphFileFormat(importing: path) { return format }
        let head = String(decoding: bytes.prefix(512), as: UTF8.self).lowercased()
        if head.contains("<graphml") { return .graphml }
        if head.contains("<gexf") { return .gexf }
        return nil
    }

    /// Decodes strictly: a file that is not UTF-8, or holds control bytes, is refused rather than guessed at.
    static func decode(_ bytes: [UInt8], path: String) throws -> String {
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            throw ActorGraphKitError.emptyFile(path)
        }
        // NUL or C0 control bytes other than tab/newline/CR/form feed mean a binary file.
        if bytes.contains(where: { $0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D && $0 != 0x0C }) {
            throw ActorGraphKitError.binaryFile(path)
        }
        if let offset = firstInvalidUTF8Offset(bytes) {
            throw ActorGraphKitError.notUTF8(path: path, offset: offset)
        }
        var text = String(decoding: bytes, as: UTF8.self)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        return text
    }

    /// The offset of the first byte that breaks UTF-8, or nil when the whole buffer is valid.
    static func firstInvalidUTF8Offset(_ bytes: [UInt8]) -> Int? {
        // The offset of the next scalar to decode: where a bad sequence starts when decoding fails.
        var offset = 0
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): offset += UTF8.width(scalar)
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }
}

/// The optional `Date: YYYY-MM-DD` first line of an article.
enum DateLine {
    static func date(in text: String) throws -> String? {
        guard let firstLine = text.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false).first
        else { return nil }
        let line = firstLine.trimmingCharacters(in: .whitespaces)
        guard line.lowercased().hasPrefix("date:") else { return nil }
        let value = line.dropFirst(5).trimmingCharacters(in: .whitespaces)
        try validate(value)
        return value
    }

    static func validate(_ value: String) throws {
        let parts = value.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
            year > 0, (1...12).contains(month), (1...31).contains(day)
        else { throw ActorGraphKitError.invalidDate(value) }
    }
}
