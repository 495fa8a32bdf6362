import Foundation

/// Writes output files so that a reader sees the old file or the whole new one, never a part.
///
/// The bytes go to a temporary file in the same folder (so the rename cannot cross file systems), which is
/// written in full, `fsync`ed and closed, then renamed over the target, and the folder is `fsync`ed so the
/// rename itself survives a power loss. On any failure (disk full, read-only folder, a directory in the
/// way) the temporary file is removed and the old file is left as it was. Every file the tools write goes
/// through here: exports, maps, reports, parse outputs.
public enum AtomicFile {
    /// Writes `bytes` to `path`, replacing it atomically; a file that existed keeps its permissions.
    ///
    /// - Throws: ``AtomicFileError`` naming the path and the system's reason.
    public static func write(_ bytes: [UInt8], to path: String) throws(AtomicFileError) {
        try write(bytes, to: path, calls: .system)
    }

    /// The system calls the writer makes, replaceable so tests can make one fail as a full disk does.
    struct Calls: Sendable {
        var write: @Sendable (Int32, UnsafeRawBufferPointer) -> Int
        var fsync: @Sendable (Int32) -> Int32
        var rename: @Sendable (String, String) -> Int32

        static let system = Calls(
            write: { descriptor, buffer in Glibc.write(descriptor, buffer.baseAddress, buffer.count) },
            fsync: { Glibc.fsync($0) },
            rename: { Glibc.rename($0, $1) })
    }

    static func write(_ bytes: [UInt8], to path: String, calls: Calls) throws(AtomicFileError) {
        let folder = (path as NSString).deletingLastPathComponent
        let directory = folder.isEmpty ? "." : folder
        let name = (path as NSString).lastPathComponent
        var existing = stat()
        let exists = stat(path, &existing) == 0
        if exists && existing.st_mode & S_IFMT == S_IFDIR {
            throw AtomicFileError(path: path, reason: "it is a directory")
        }
        // A new file gets 0666 less the umask, as any created file; a replaced one keeps its mode.
        let mode: mode_t = exists ? existing.st_mode & 0o7777 : 0o666
        let temporary = (directory as NSString).appendingPathComponent(
            ".\(name).tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
        guard descriptor >= 0 else { throw AtomicFileError(path: path, errno: errno) }
        var closed = false
        func fail(_ code: Int32) -> AtomicFileError {
            if !closed { close(descriptor) }
            unlink(temporary)
            return AtomicFileError(path: path, errno: code)
        }
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeBytes { buffer in
                calls.write(descriptor, UnsafeRawBufferPointer(rebasing: buffer[written...]))
            }
            if count < 0 {
                if errno == EINTR { continue }
                throw fail(errno)
            }
            if count == 0 { throw fail(EIO) }
            written += count
        }
        // The open mode was filtered by the umask; an existing file's exact mode is restored.
        if exists && fchmod(descriptor, mode) != 0 { throw fail(errno) }
        if calls.fsync(descriptor) != 0 { throw fail(errno) }
        closed = true
        if close(descriptor) != 0 { throw fail(errno) }
        if calls.rename(temporary, path) != 0 { throw fail(errno) }
        // The new directory entry is durable only once the folder is synced too.
        let folderDescriptor = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if folderDescriptor >= 0 {
            _ = calls.fsync(folderDescriptor)
            close(folderDescriptor)
        }
    }
}

/// Writing an output file failed; the file at `path` is as it was before.
public struct AtomicFileError: Error, CustomStringConvertible, Equatable, Sendable {
    public var path: String
    public var reason: String

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    init(path: String, errno code: Int32) {
        self.init(path: path, reason: FileKind.message(code).lowercased())
    }

    public var description: String {
        "\(path): cannot write (\(reason)); the file was not changed, free space or choose another path"
    }
}
