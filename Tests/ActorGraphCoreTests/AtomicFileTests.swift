import ActorGraphTestSupport
import Foundation
import Glibc
import Testing

@testable import ActorGraphCore

/// An output file is the old one or the whole new one, whatever fails on the way.
@Suite struct AtomicFileTests {
    static func leftovers(in directory: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.contains(".tmp-") }
    }

    @Test("A new file gets exactly the bytes; a replaced one keeps its permissions; no temporary file stays")
    func writesAndReplaces() throws {
        try withTemporaryDirectory { directory in
            let path = directory.appendingPathComponent("graph.graphml").path
            try AtomicFile.write(Array("first".utf8), to: path)
            #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == Data("first".utf8))
            chmod(path, 0o600)
            try AtomicFile.write(Array("second, longer".utf8), to: path)
            #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == Data("second, longer".utf8))
            let mode = try #require(try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int)
            #expect(mode == 0o600)
            #expect(try Self.leftovers(in: directory).isEmpty)
        }
    }

    @Test(
        "A disk that fills up mid-write, or a failing fsync, leaves the old file intact", arguments: ["write", "fsync"])
    func failureKeepsOldFile(failing call: String) throws {
        try withTemporaryDirectory { directory in
            let path = directory.appendingPathComponent("map.svg").path
            let old = Array("<svg>the old, valid map</svg>".utf8)
            try AtomicFile.write(old, to: path)
            var calls = AtomicFile.Calls.system
            if call == "write" {
                // The first 100 bytes go through, then the disk is full, as on a real device.
                let budget = Budget(bytes: 100)
                calls.write = { descriptor, buffer in
                    let allowed = budget.take(buffer.count)
                    guard allowed > 0 else {
                        errno = ENOSPC
                        return -1
                    }
                    return Glibc.write(descriptor, buffer.baseAddress, allowed)
                }
            } else {
                calls.fsync = { _ in
                    errno = EIO
                    return -1
                }
            }
            let error = #expect(throws: AtomicFileError.self) {
                try AtomicFile.write(Array(repeating: UInt8(ascii: "x"), count: 10_000), to: path, calls: calls)
            }
            let reason = call == "write" ? "no space left on device" : "input/output error"
            #expect(error == AtomicFileError(path: path, reason: reason))
            #expect(
                error?.description
                    == "\(path): cannot write (\(reason)); the file was not changed, free space or choose another path")
            #expect(try Array(Data(contentsOf: URL(fileURLWithPath: path))) == old)
            #expect(try Self.leftovers(in: directory).isEmpty)
        }
    }

    @Test("A directory in the way and a missing folder are one-line errors")
    func unwritablePaths() throws {
        try withTemporaryDirectory { directory in
            #expect(throws: AtomicFileError(path: directory.path, reason: "it is a directory")) {
                try AtomicFile.write([1, 2, 3], to: directory.path)
            }
            let missing = directory.appendingPathComponent("no/such/folder/out.svg").path
            #expect(throws: AtomicFileError(path: missing, reason: "no such file or directory")) {
                try AtomicFile.write([1, 2, 3], to: missing)
            }
        }
    }

    /// Root writes into any folder, so the permission bits mean nothing to it: the test runs for other users.
    @Test("A read-only folder refuses the write and keeps the old file", .enabled(if: geteuid() != 0))
    func readOnlyFolder() throws {
        try withTemporaryDirectory { directory in
            let path = directory.appendingPathComponent("edges.csv").path
            try AtomicFile.write(Array("old".utf8), to: path)
            chmod(directory.path, 0o555)
            defer { chmod(directory.path, 0o755) }
            #expect(throws: AtomicFileError(path: path, reason: "permission denied")) {
                try AtomicFile.write(Array("new".utf8), to: path)
            }
            #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == Data("old".utf8))
        }
    }
}

/// A byte allowance shared with the write hook.
private final class Budget: @unchecked Sendable {
    private let lock = NSLock()
    private var left: Int
    init(bytes: Int) { left = bytes }
    func take(_ wanted: Int) -> Int {
        lock.withLock {
            let granted = min(wanted, left)
            left -= granted
            return granted
        }
    }
}
