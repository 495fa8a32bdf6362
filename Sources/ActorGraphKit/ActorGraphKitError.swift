public import ActorGraphCore

/// Errors raised by the use cases: bad input files and flag combinations the modules below cannot judge.
public enum ActorGraphKitError: Error, CustomStringConvertible, Equatable, Sendable {
    /// A path given on the command line does not exist.
    case missingPath(String)
    /// A file holds no text (zero bytes or only white space).
    case emptyFile(String)
    /// A file is not valid UTF-8; `offset` is the first bad byte.
    case notUTF8(path: String, offset: Int)
    /// A file holds NUL or other control bytes that no article has.
    case binaryFile(String)
    /// A path names a FIFO, a device or a socket, not a file.
    case notAFile(path: String, kind: String)
    /// A file is larger than the document size limit.
    case tooLarge(path: String, bytes: Int, limit: Int)
    /// A document's `Date:` first line does not hold a real `YYYY-MM-DD` date.
    case invalidDateLine(path: String, value: String)
    /// A user dictionary entry that cannot be stored as given.
    case invalidDictionaryEntry(path: String, entry: String, problem: String)
    /// A file could not be read.
    case unreadable(path: String, reason: String)
    /// A folder held no `.txt` file.
    case noDocuments(String)
    /// A `Date:` line or `--date` value that is not `YYYY-MM-DD`.
    case invalidDate(String)
    /// A graph file (GraphML, GEXF, JSON, CSV) given to the article reader.
    case graphFileNotArticle(path: String, format: GraphFileFormat)
    /// A file or folder whose graph format cannot be told from its name.
    case unknownGraphFormat(path: String)
    /// A folder given to import that holds no `edges.csv`.
    case noEdgeTable(path: String)
    /// A web page or PDF that could not be read.
    case unreadableFormat(path: String, format: String, reason: String)
    /// A PDF, when poppler's `pdftotext` is not installed.
    case pdfReaderMissing(path: String)
    /// A web page or PDF with no text in it.
    case noText(path: String, format: DocumentFormat)
    /// Source metadata (front matter or sidecar) with a value that cannot be used; `key` nil for the whole file.
    case invalidMetadata(path: String, origin: String, key: String?, problem: String)
    /// A document id given for a folder, or for several files.
    case idNeedsOneFile
    /// A document id given by hand that cannot be one.
    case invalidDocumentID(id: String, problem: String)
    /// Two actors resolved to the same entity where two distinct ones are needed.
    case sameActor(String, String)
    /// No path joins the two actors in the chosen view.
    case noPath(String, String)

    public var description: String {
        switch self {
        case .missingPath(let path):
            "\(path): no such file or folder; check the path"
        case .emptyFile(let path):
            "\(path): file is empty; nothing to ingest"
        case .notUTF8(let path, let offset):
            "\(path): not UTF-8 text (invalid byte at offset \(offset)); convert it with iconv -t UTF-8"
        case .binaryFile(let path):
            "\(path): binary file, not an article; ingest text, Markdown, HTML or PDF files"
        case .notAFile(let path, let kind):
            "\(path): \(kind), not a file; give the path of an article or a folder"
        case .tooLarge(let path, let bytes, let limit):
            "\(path): \(ByteCount.describe(bytes)) is over the \(ByteCount.describe(limit)) document size limit;"
                + " split the file, or raise the maximum document size"
        case .invalidDateLine(let path, let value):
            "\(path): the Date: line holds '\(ByteCount.shortened(value))', not a real date; write it as YYYY-MM-DD"
        case .invalidDictionaryEntry(let path, let entry, let problem):
            "\(path): dictionary entry '\(ByteCount.shortened(entry))': \(problem)"
        case .unreadable(let path, let reason):
            "\(path): cannot read (\(reason)); check its permissions"
        case .noDocuments(let path):
            "\(path): no articles in this folder; put articles in .txt, .md, .html or .pdf files"
        case .invalidDate(let value):
            "invalid date '\(ByteCount.shortened(value))'; write it as YYYY-MM-DD"
        case .graphFileNotArticle(let path, let format):
            "\(path): a \(format.rawValue) graph file, not an article; import it as a graph (actorgraph import \(path))"
        case .unknownGraphFormat(let path):
            "\(path): cannot tell the graph format from the name; name the format (graphml, gexf, json or csv)"
        case .noEdgeTable(let path):
            "\(path): no edges.csv in this folder; import a folder written by the CSV export, or the edge file itself"
        case .unreadableFormat(let path, let format, let reason):
            "\(path): cannot read this \(format) file: \(reason)"
        case .pdfReaderMissing(let path):
            "\(path): reading a PDF needs poppler's pdftotext, which is not installed;"
                + " install poppler-utils (apt-get install poppler-utils), or save the article as text"
        case .noText(let path, let format):
            "\(path): no text in this \(format == .pdf ? "PDF (a scan needs OCR first)" : "page"); nothing to ingest"
        case .invalidMetadata(let path, let origin, let key, let problem):
            "\(path): \(origin)\(key.map { " '\($0)'" } ?? ""): \(problem)"
        case .idNeedsOneFile:
            "a document id names one file; give exactly one file (not a folder) with it"
        case .invalidDocumentID(let id, let problem):
            "document id '\(ByteCount.shortened(id))' cannot be used: \(problem); choose another"
        case .sameActor(let a, let b):
            "'\(a)' and '\(b)' are the same actor; name two different actors"
        case .noPath(let a, let b):
            "no path between \(a) and \(b) in this view; follow relations both ways, or keep every polarity "
                + "and confidence"
        }
    }
}
