public import ActorGraphCore
import Foundation

/// One article read from disk and checked, with its text as the extractor reads it.
public struct LoadedDocument: Sendable, Hashable {
    /// The document id: the path relative to the folder given (the file name for a file given alone), or the
    /// id given for it.
    public var id: String
    /// The path it was read from, as given.
    public var path: String
    /// The text the extractor reads: the file's text (front matter blanked, Markdown markup blanked) or the
    /// text extracted from a web page or a PDF.
    public var text: String
    /// `YYYY-MM-DD` from `--date`, a `Date:` first line, or the metadata's publication date.
    public var date: String?
    /// What kind of file it was.
    public var format: DocumentFormat
    /// Title, outlet, author, publication date and address, from its sidecar, front matter or page head.
    public var metadata: DocumentMetadata
    /// Problems that did not stop the read, such as a metadata URL left out.
    public var warnings: [String] = []
    /// True when it was read from standard input: then `path` only names it in messages.
    public var fromStandardInput = false

    /// The absolute path, symbolic links resolved: how the store recognises the same file under another id;
    /// nil for a document read from standard input, which has no file.
    public var absolutePath: String? {
        if fromStandardInput { return nil }
        guard let resolved = realpath(path, nil) else {
            return URL(fileURLWithPath: path).standardizedFileURL.path
        }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}

/// Turns command-line paths into checked documents.
///
/// A bad file named directly is an error (the user asked for it); a bad file met inside a folder is a
/// warning and is skipped, so one stray file does not stop a large ingest. Every file of a folder that is
/// not read is named with the reason.
enum DocumentLoader {
    struct Loaded {
        var documents: [LoadedDocument]
        var warnings: [String]
    }

    /// The path that means standard input.
    static let standardInput = "-"

    /// Reads `paths` (files and folders); `id` names the one file given alone.
    ///
    /// The path `-` is the document `input` (what was read from standard input), stored under `id`.
    ///
    /// - Throws: ``ActorGraphKitError/idNeedsOneFile`` when `id` is given with a folder or several paths;
    ///   ``ActorGraphKitError/standardInputNeeds(_:)`` for `-` without an id or beside other paths; the file's
    ///   error for a bad file named directly.
    static func load(
        paths: [String], date: String?, maxBytes: Int = DocumentFile.defaultLimit, id: String? = nil,
        input: [UInt8]? = nil
    ) throws -> Loaded {
        if let date { try DateLine.validate(date) }
        if let id { try DocumentID.validate(id) }
        if paths.contains(standardInput) {
            var document = try readStandardInput(input ?? [], id: id, alone: paths.count == 1, maxBytes: maxBytes)
            if let date { document.date = date }
            return Loaded(documents: [document], warnings: document.warnings)
        }
        var documents: [LoadedDocument] = []
        var warnings: [String] = []
        var seenIDs: [String: String] = [:]
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw ActorGraphKitError.missingPath(path)
            }
            if id != nil && (isDirectory.boolValue || paths.count != 1) { throw ActorGraphKitError.idNeedsOneFile }
            let files: [FolderWalk.Article]
            if isDirectory.boolValue {
                let listing = try FolderWalk.articles(in: path)
                warnings += listing.warnings
                files = listing.articles
                if files.isEmpty { throw ActorGraphKitError.noDocuments(path) }
            } else {
                files = [FolderWalk.Article(path: path, relative: id ?? (path as NSString).lastPathComponent)]
            }
            for file in files {
                if let earlier = seenIDs[file.relative], earlier != file.path {
                    warnings.append(
                        "\(file.path): the same document id '\(file.relative)' as \(earlier); skipped (ids are paths"
                            + " relative to the folder given: ingest the folders' common parent instead)")
                    continue
                }
                do {
                    var document = try read(file.path, id: file.relative, maxBytes: maxBytes)
                    if let date { document.date = date }
                    seenIDs[document.id] = file.path
                    warnings += document.warnings
                    documents.append(document)
                } catch let error as ActorGraphKitError where isDirectory.boolValue {
                    warnings.append(error.description)
                }
            }
        }
        return Loaded(documents: documents, warnings: warnings)
    }

    /// Reads one article under `id` (its file name when nil): its kind and size are checked before it is
    /// opened (see ``DocumentFile``), and a graph file is sent to `import`.
    ///
    /// `given` is the article's bytes when they do not come from a file (standard input): `path` then only
    /// names it in messages, `id`'s extension tells its format, and no sidecar is looked for.
    static func read(
        _ path: String, id: String? = nil, maxBytes: Int = DocumentFile.defaultLimit, given: [UInt8]? = nil
    ) throws -> LoadedDocument {
        let named = given == nil ? path : id ?? path
        if let format = GraphFileFormat(importing: named) {
            throw ActorGraphKitError.graphFileNotArticle(path: path, format: format)
        }
        let id = id ?? (path as NSString).lastPathComponent
        let format = DocumentFormat(fileName: named) ?? .text
        // Bytes given were already held to the limit by their reader (``readStandardInput``).
        let fileBytes: () throws -> [UInt8] = { try given ?? DocumentFile.bytes(at: path, limit: maxBytes) }
        var text: String
        var dateLine: String?
        var own: (title: String?, outlet: String?, author: String?, published: String?, url: String?) = (
            nil, nil, nil, nil, nil
        )
        var origin: String
        var strict = true
        switch format {
        case .text, .markdown:
            let bytes = try fileBytes()
            if let graph = graphFormat(path: path, bytes: bytes) {
                throw ActorGraphKitError.graphFileNotArticle(path: path, format: graph)
            }
            text = try decode(bytes, path: path)
            dateLine = try DateLine.date(in: text, path: path)
            origin = "front matter"
            if let block = FrontMatter.read(text) {
                text = block.text
                own = (
                    block.values["title"], block.values["outlet"], block.values["author"], block.values["published"],
                    block.values["url"]
                )
            }
            if format == .markdown { text = MarkdownText.prose(text) }
        case .html:
            let bytes = try fileBytes()
            if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
                throw ActorGraphKitError.emptyFile(path)
            }
            if bytes.contains(where: DocumentFile.isBinaryByte) { throw ActorGraphKitError.binaryFile(path) }
            let page = try HTMLText.read(bytes, path: path)
            text = page.text
            own = (page.title, page.outlet, page.author, page.published, page.url)
            origin = "page"
            strict = false
        case .pdf:
            try DocumentFile.checkSize(at: path, limit: maxBytes)
            let pdf = try PDFText.read(path: path)
            text = pdf.text
            own = (pdf.title, nil, pdf.author, nil, nil)
            origin = "PDF"
            strict = false
        }
        if text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) {
            throw format == .text || format == .markdown
                ? ActorGraphKitError.emptyFile(path) : ActorGraphKitError.noText(path: path, format: format)
        }
        if text.utf8.count > maxBytes {
            throw ActorGraphKitError.tooLarge(path: path, bytes: text.utf8.count, limit: maxBytes)
        }
        var (metadata, warnings) = try MetadataValues.checked(
            title: own.title, outlet: own.outlet, author: own.author, published: own.published, url: own.url,
            path: path, origin: origin, strict: strict)
        if given == nil, let sidecar = try Sidecar.read(for: path) {
            let checked = try MetadataValues.checked(
                title: sidecar.values["title"], outlet: sidecar.values["outlet"], author: sidecar.values["author"],
                published: sidecar.values["published"], url: sidecar.values["url"], path: sidecar.path,
                origin: "sidecar", strict: true)
            metadata = checked.metadata.filling(from: metadata)
            warnings += checked.warnings
        }
        return LoadedDocument(
            id: id, path: path, text: text, date: dateLine ?? metadata.published, format: format, metadata: metadata,
            warnings: warnings)
    }

    /// The document read from standard input: it needs an id (its name in the store and in citations, whose
    /// extension tells its format), must be the only path, and cannot be a PDF (pdftotext reads files).
    static func readStandardInput(_ bytes: [UInt8], id: String?, alone: Bool, maxBytes: Int) throws
        -> LoadedDocument
    {
        guard alone else {
            throw ActorGraphKitError.standardInputNeeds("read it on its own, not beside other files or folders")
        }
        guard let id else {
            throw ActorGraphKitError.standardInputNeeds(
                "give the document id to store and cite it under (its extension, such as .html, tells the format)")
        }
        if DocumentFormat(fileName: id) == .pdf {
            throw ActorGraphKitError.standardInputNeeds("a PDF cannot be read from it; save it to a file first")
        }
        // The reader stopped one byte past the limit, so the input's real size is unknown here.
        if bytes.count > maxBytes {
            throw ActorGraphKitError.standardInputNeeds(
                "more than the \(ByteCount.describe(maxBytes)) document size limit; split the article, or raise the"
                    + " maximum document size")
        }
        var document = try read("standard input", id: id, maxBytes: maxBytes, given: bytes)
        document.fromStandardInput = true
        return document
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
