import ActorGraphCore
import Foundation

/// Reading one article file safely: checked for kind and size before it is opened, sniffed for binary
/// content before it is read whole.
enum DocumentFile {
    /// The largest document read when no limit is given: 10 MB (10,000,000 bytes).
    static let defaultLimit = 10_000_000

    /// Bytes sniffed for NUL and control bytes before the rest of the file is read.
    static let sniffLength = 8192

    /// The bytes of `path`, refusing what is not a regular file, is larger than `limit` bytes, or starts
    /// like a binary file, before reading it whole.
    ///
    /// - Throws: ``ActorGraphKitError/notAFile(path:kind:)``, ``ActorGraphKitError/tooLarge(path:bytes:limit:)``,
    ///   ``ActorGraphKitError/binaryFile(_:)``, ``ActorGraphKitError/unreadable(path:reason:)``.
    static func bytes(at path: String, limit: Int) throws -> [UInt8] {
        var status = stat()
        guard stat(path, &status) == 0 else {
            throw ActorGraphKitError.unreadable(path: path, reason: FileKind.message(errno))
        }
        // A FIFO would block the read forever and /dev/zero never ends: neither is opened.
        guard status.st_mode & S_IFMT == S_IFREG else {
            throw ActorGraphKitError.notAFile(path: path, kind: FileKind.describe(mode: UInt32(status.st_mode)))
        }
        let size = Int(status.st_size)
        if size > limit { throw ActorGraphKitError.tooLarge(path: path, bytes: size, limit: limit) }
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw ActorGraphKitError.unreadable(path: path, reason: FileKind.message(errno))
        }
        defer { close(descriptor) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(min(size, limit) + 1)
        var chunk = [UInt8](repeating: 0, count: 65536)
        var sniffed = false
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw ActorGraphKitError.unreadable(path: path, reason: FileKind.message(errno))
            }
            if count == 0 { break }
            bytes.append(contentsOf: chunk[0..<count])
            // The file may have grown since stat: the limit holds for what is read.
            if bytes.count > limit { throw ActorGraphKitError.tooLarge(path: path, bytes: bytes.count, limit: limit) }
            if !sniffed && bytes.count >= sniffLength {
                sniffed = true
                if bytes.prefix(sniffLength).contains(where: isBinaryByte) { throw ActorGraphKitError.binaryFile(path) }
            }
        }
        return bytes
    }

    /// NUL or a C0 control byte other than tab, newline, carriage return and form feed.
    static func isBinaryByte(_ byte: UInt8) -> Bool {
        byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D && byte != 0x0C
    }
}

extension DocumentFile {
    /// Refuses what is not a regular file, or is larger than `limit` bytes, without opening it (for files a
    /// tool reads, such as a PDF).
    static func checkSize(at path: String, limit: Int) throws {
        var status = stat()
        guard stat(path, &status) == 0 else {
            throw ActorGraphKitError.unreadable(path: path, reason: FileKind.message(errno))
        }
        guard status.st_mode & S_IFMT == S_IFREG else {
            throw ActorGraphKitError.notAFile(path: path, kind: FileKind.describe(mode: UInt32(status.st_mode)))
        }
        if Int(status.st_size) > limit {
            throw ActorGraphKitError.tooLarge(path: path, bytes: Int(status.st_size), limit: limit)
        }
        guard access(path, R_OK) == 0 else {
            throw ActorGraphKitError.unreadable(path: path, reason: FileKind.message(errno))
        }
    }

    /// Refuses a path that names a FIFO, a device or a socket before a reader opens it (a FIFO blocks the
    /// reader for ever, /dev/zero never ends); a missing file is left to the reader's own error.
    static func requireRegularFile(_ path: String) throws {
        if let kind = FileKind.irregular(path) { throw ActorGraphKitError.notAFile(path: path, kind: kind) }
    }
}
