import Foundation

/// Says what kind of file a path is and why it could not be used, in words rather than error domains.
public enum FileKind {
    /// "a named pipe (FIFO)", "a character device", …: what a `stat` mode that is not a regular file is.
    public static func describe(mode: UInt32) -> String {
        switch mode_t(mode) & S_IFMT {
        case S_IFREG: "a regular file"
        case S_IFIFO: "a named pipe (FIFO)"
        case S_IFCHR: "a character device"
        case S_IFBLK: "a block device"
        case S_IFSOCK: "a socket"
        case S_IFLNK: "a symbolic link"
        case S_IFDIR: "a directory"
        default: "not a regular file"
        }
    }

    /// What is at `path` when it is not a regular file ("a named pipe (FIFO)"), nil for a regular file or when
    /// nothing is there; symbolic links are followed.
    public static func irregular(_ path: String) -> String? {
        var status = stat()
        guard stat(path, &status) == 0, status.st_mode & S_IFMT != S_IFREG else { return nil }
        return describe(mode: UInt32(status.st_mode))
    }

    /// The C library's message for an `errno` value ("No space left on device").
    public static func message(_ code: Int32) -> String {
        String(cString: strerror(code))
    }

    /// A short reason for a Foundation file error: the POSIX message when there is one, never the Cocoa
    /// domain and code (`NSCocoaErrorDomain Code=640` is "no space left on the device").
    public static func reason(_ error: any Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain
        {
            return message(Int32(underlying.code))
        }
        if nsError.domain == NSPOSIXErrorDomain { return message(Int32(nsError.code)) }
        switch nsError.code {
        case NSFileNoSuchFileError, NSFileReadNoSuchFileError: return "no such file"
        case NSFileReadNoPermissionError, NSFileWriteNoPermissionError: return "permission denied"
        case NSFileWriteOutOfSpaceError: return "no space left on the device"
        case NSFileWriteVolumeReadOnlyError: return "the volume is read-only"
        case NSFileReadTooLargeError: return "the file is too large to read"
        default: return nsError.localizedDescription
        }
    }
}
