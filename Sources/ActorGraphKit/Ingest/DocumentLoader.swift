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

    static func load(paths: [String], date: String?, maxBytes: Int = DocumentFile.defaultLimit) throws -> Loaded {
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
                let listing = try FolderWalk.textFiles(in: path)
                warnings += listing.warnings
                files = listing.files
                if files.isEmpty { throw ActorGraphKitError.noDocuments(path) }
            } else {
                files = [path]
            }
            for file in files {
                do {
                    var document = try read(file, maxBytes: maxBytes)
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

    /// Reads one article: its kind and size are checked before it is opened (see ``DocumentFile``), and a
    /// graph file is sent to `import`.
    static func read(_ path: String, maxBytes: Int = DocumentFile.defaultLimit) throws -> LoadedDocument {
        if let format = GraphFileFormat(importing: path) {
            throw ActorGraphKitError.graphFileNotArticle(path: path, format: format)
        }
        let bytes = try DocumentFile.bytes(at: path, limit: maxBytes)
        if let format = graphFormat(path: path, bytes: bytes) {
            throw ActorGraphKitError.graphFileNotArticle(path: path, format: format)
        }
        let text = try decode(bytes, path: path)
        let id = (path as NSString).lastPathComponent
        return LoadedDocument(id: id, path: path, text: text, date: try DateLine.date(in: text, path: path))
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
        if bytes.contains(where: DocumentFile.isBinaryByte) {
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
    /// The date of a `Date:` first line (ended by LF or CRLF), nil when the first line is not one.
    ///
    /// - Throws: ``ActorGraphKitError/invalidDateLine(path:value:)`` naming the file when the value is not a
    ///   real `YYYY-MM-DD` date.
    static func date(in text: String, path: String = "") throws -> String? {
        // By scalars: in Swift "\r\n" is one Character, so splitting on "\n" would not end a CRLF line.
        let scalars = text.unicodeScalars
        let end = scalars.firstIndex(of: "\n") ?? scalars.endIndex
        var firstLine = String(scalars[scalars.startIndex..<end])
        if firstLine.hasSuffix("\r") { firstLine.unicodeScalars.removeLast() }
        let line = firstLine.trimmingCharacters(in: .whitespaces)
        guard line.lowercased().hasPrefix("date:") else { return nil }
        let value = line.dropFirst(5).trimmingCharacters(in: .whitespaces)
        do {
            try validate(value)
        } catch {
            throw ActorGraphKitError.invalidDateLine(path: path, value: value)
        }
        return value
    }

    /// Accepts a real calendar date written `YYYY-MM-DD` (2024-02-29 yes, 2024-02-30 and 2023-02-29 no).
    static func validate(_ value: String) throws {
        let parts = value.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            parts.allSatisfy({ $0.utf8.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") } }),
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
            year > 0, (1...12).contains(month), (1...daysIn(month: month, year: year)).contains(day)
        else { throw ActorGraphKitError.invalidDate(value) }
    }

    /// Days in a month of the proleptic Gregorian calendar.
    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}
