import ActorGraphCore
import Foundation

/// Listing the articles below a folder (`.txt`, `.md`, `.html`, `.pdf`, …), following symbolic links, and
/// saying why every other file is left out.
///
/// `FileManager`'s enumerator skips an unreadable folder or a symbolic link loop without a word; this walk
/// reports each as a warning and goes on, and visits every folder once (by device and inode), so a link
/// back to an ancestor is reported, not followed forever. Every file that is not read is named with its
/// reason: a graph file (to bring in with import), a hidden file, another kind of file. A `NAME.json` beside
/// an article `NAME.EXT` is its sidecar (source metadata), read with it.
enum FolderWalk {
    /// One article found: its path and its path relative to the folder walked (its document id).
    struct Article: Hashable {
        var path: String
        var relative: String
    }

    struct Listing {
        /// Sorted by relative path, so ingest order is reproducible.
        var articles: [Article] = []
        var warnings: [String] = []

        /// The articles' full paths.
        var files: [String] { articles.map(\.path) }
    }

    static func articles(in folder: String) throws -> Listing {
        var listing = Listing()
        var visited = Set<FileIdentity>()
        var root = stat()
        guard stat(folder, &root) == 0 else {
            throw ActorGraphKitError.unreadable(path: folder, reason: FileKind.message(errno))
        }
        visited.insert(FileIdentity(root))
        try walk(folder, relative: "", visited: &visited, into: &listing, isRoot: true)
        listing.articles.sort { $0.relative < $1.relative }
        return listing
    }

    private static func walk(
        _ folder: String, relative: String, visited: inout Set<FileIdentity>, into listing: inout Listing,
        isRoot: Bool
    ) throws {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder)
        } catch {
            let reason = FileKind.reason(error)
            if isRoot { throw ActorGraphKitError.unreadable(path: folder, reason: reason) }
            listing.warnings.append("\(folder): cannot list this folder (\(reason)); skipped")
            return
        }
        let sorted = names.sorted()
        let articleBases = Set(
            sorted.filter { DocumentFormat(fileName: $0) != nil }.flatMap { name in
                [name, (name as NSString).deletingPathExtension]
            })
        for name in sorted {
            let path = (folder as NSString).appendingPathComponent(name)
            let relativePath = relative.isEmpty ? name : relative + "/" + name
            var status = stat()
            guard stat(path, &status) == 0 else {
                let code = errno
                if code == ELOOP {
                    listing.warnings.append("\(path): symbolic link loop; skipped")
                } else {
                    listing.warnings.append("\(path): cannot read (\(FileKind.message(code))); skipped")
                }
                continue
            }
            switch status.st_mode & S_IFMT {
            case S_IFDIR:
                if name.hasPrefix(".") {
                    listing.warnings.append("\(path): hidden folder; skipped")
                    continue
                }
                guard visited.insert(FileIdentity(status)).inserted else {
                    listing.warnings.append(
                        "\(path): folder already visited through another path (symbolic link loop); skipped")
                    continue
                }
                try walk(path, relative: relativePath, visited: &visited, into: &listing, isRoot: false)
            case S_IFREG:
                if let reason = reasonToSkip(name, besideArticles: articleBases) {
                    if let reason = reason.text { listing.warnings.append("\(path): \(reason)") }
                } else {
                    listing.articles.append(Article(path: path, relative: relativePath))
                }
            default:
                listing.warnings.append(
                    "\(path): \(FileKind.describe(mode: UInt32(status.st_mode))), not a file; skipped")
            }
        }
    }

    /// Why a regular file is not read as an article; a sidecar is left out silently (it is read with its
    /// article).
    private enum Skip {
        case silently
        case because(String)

        var text: String? {
            if case .because(let reason) = self { return reason }
            return nil
        }
    }

    /// How a regular file is left out, nil when it is an article.
    private static func reasonToSkip(_ name: String, besideArticles bases: Set<String>) -> Skip? {
        if name.hasPrefix(".") { return .because("hidden file; skipped") }
        if DocumentFormat(fileName: name) != nil { return nil }
        if name.lowercased().hasSuffix(".json"), bases.contains(String(name.dropLast(5))) { return .silently }
        if let format = GraphFileFormat(importing: name) {
            return .because(
                "a \(format.rawValue) graph file, not an article; skipped (import it as a graph: actorgraph import)")
        }
        let extensionName = (name as NSString).pathExtension
        let kind = extensionName.isEmpty ? "a file without an extension" : "a .\(extensionName) file"
        return .because("\(kind), not an article; skipped (articles are .txt, .md, .html or .pdf files)")
    }

    /// A folder's identity, so the same folder reached through two paths is visited once.
    private struct FileIdentity: Hashable {
        var device: UInt64
        var inode: UInt64
        init(_ status: stat) {
            device = UInt64(status.st_dev)
            inode = UInt64(status.st_ino)
        }
    }
}
