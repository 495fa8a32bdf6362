import ActorGraphCore
import Foundation

/// Every file the command line writes or reads goes through here, so `-` means standard output or input
/// everywhere, and every file is written by `AtomicFile` (temporary file, fsync, rename: a failure leaves
/// the old file intact).
enum Files {
    /// True for the path that means standard output or input.
    static func isStandardStream(_ path: String) -> Bool { path == "-" }

    /// Writes `bytes` to `path`, or to standard output for `-`.
    static func write(_ bytes: [UInt8], to path: String) throws {
        if isStandardStream(path) {
            FileHandle.standardOutput.write(Data(bytes))
            return
        }
        try AtomicFile.write(bytes, to: path)
    }

    /// Creates a folder (and its parents) to write several files into.
    static func makeFolder(_ path: String) throws {
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    /// The whole of standard input.
    static func readStandardInput() -> [UInt8] {
        Array(FileHandle.standardInput.readDataToEndOfFile())
    }

    /// Standard input up to `limit` bytes and one more, so an over-long input is refused as too large without
    /// being held in memory whole.
    static func readStandardInput(limit: Int) -> [UInt8] {
        var bytes: [UInt8] = []
        while bytes.count <= limit {
            let chunk = FileHandle.standardInput.readData(ofLength: min(1 << 20, limit + 1 - bytes.count))
            if chunk.isEmpty { break }
            bytes += chunk
        }
        return bytes
    }
}
