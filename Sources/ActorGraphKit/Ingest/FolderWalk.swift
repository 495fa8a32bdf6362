import ActorGraphCore
import Foundation

/// Listing the `.txt` files below a folder, following symbolic links, and saying what could not be listed.
///
/// `FileManager`'s enumerator skips an unreadable folder or a symbolic link loop without a word; this walk
/// reports each as a warning and goes on, and visits every folder once (by device and inode), so a link
/// back to an ancestor is reported, not followed forever.
enum FolderWalk {
    struct Listing {
        /// Full paths, sorted, so ingest order is reproducible.
        var files: [String] = []
        var warnings: [String] = []
    }

    static func textFiles(in folder: String) throws -> Listing {
        var listing = Listing()
        var visited = Set<FileIdentity>()
        var root = stat()
        guard stat(folder, &root) == 0 else {
            throw ActorGraphKitError.unreadable(path: folder, reason: FileKind.message(errno))
        }
        visited.insert(FileIdentity(root))
        try walk(folder, visited: &visited, into: &listing, isRoot: true)
        listing.files.sort()
        return listing
    }

    private static func walk(
        _ folder: String, visited: inout Set<FileIdentity>, into listing: inout Listing, isRoot: Bool
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
        for name in names.sorted() {
            let path = (folder as NSString).appendingPathComponent(name)
            var status = stat()
            guard stat(path, &status) == 0 else {
                let code = errno
                // Only a name that should have been read is worth a warning.
                if code == ELOOP {
                    listing.warnings.append("\(path): symbolic link loop; skipped")
                } else if name.lowercased().hasSuffix(".txt") || isSymbolicLink(path) {
                    listing.warnings.append("\(path): cannot read (\(FileKind.message(code))); skipped")
                }
                continue
            }
            switch status.st_mode & S_IFMT {
            case S_IFDIR:
                guard visited.insert(FileIdentity(status)).inserted else {
                    listing.warnings.append(
                        "\(path): folder already visited through another path (symbolic link loop); skipped")
                    continue
                }
                try walk(path, visited: &visited, into: &listing, isRoot: false)
            case S_IFREG where name.lowercased().hasSuffix(".txt"):
                listing.files.append(path)
            default:
                if name.lowercased().hasSuffix(".txt") {
                    listing.warnings.append(
                        "\(path): \(FileKind.describe(mode: UInt32(status.st_mode))), not a file; skipped")
                }
            }
        }
    }

    private static func isSymbolicLink(_ path: String) -> Bool {
        var status = stat()
        return lstat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFLNK
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
