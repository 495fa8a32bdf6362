import ActorGraphTestSupport
import Foundation
import Glibc
import Testing

@testable import ActorGraphKit

/// Files an ingest must refuse or report before they cost memory, hang it, or vanish without a word.
@Suite struct HostileFileTests {
    @Test("A file over the size limit is refused from its size, before a byte is read")
    func tooLargeRefusedBeforeReading() throws {
        try withTemporaryDirectory { directory in
            // Binary from its first byte: reading it would give "binary file", not the size error.
            let path = directory.appendingPathComponent("big.txt").path
            try Data([0x00] + Array(repeating: 0x41, count: 2048)).write(to: URL(fileURLWithPath: path))
            #expect(throws: ActorGraphKitError.tooLarge(path: path, bytes: 2049, limit: 2048)) {
                try DocumentFile.bytes(at: path, limit: 2048)
            }
            // A sparse 1 GiB file is refused at once instead of being loaded (2 GB of memory before).
            let huge = directory.appendingPathComponent("huge.txt").path
            #expect(FileManager.default.createFile(atPath: huge, contents: nil))
            #expect(truncate(huge, 1 << 30) == 0)
            let error = #expect(throws: ActorGraphKitError.self) {
                try DocumentLoader.read(huge)
            }
            #expect(error == .tooLarge(path: huge, bytes: 1 << 30, limit: 10_000_000))
            #expect(
                error?.description
                    == "\(huge): 1.1 GB is over the 10 MB document size limit; split the file, or raise the maximum"
                    + " document size")
        }
    }

    @Test("A FIFO and a device are named as such, not read (a FIFO would block, /dev/zero never ends)")
    func specialFilesRefused() throws {
        try withTemporaryDirectory { directory in
            let fifo = directory.appendingPathComponent("pipe.txt").path
            #expect(mkfifo(fifo, 0o644) == 0)
            #expect(throws: ActorGraphKitError.notAFile(path: fifo, kind: "a named pipe (FIFO)")) {
                try DocumentLoader.read(fifo)
            }
            let error = #expect(throws: ActorGraphKitError.self) { try DocumentLoader.read("/dev/zero") }
            #expect(error == .notAFile(path: "/dev/zero", kind: "a character device"))
            #expect(error?.description.contains("permission") == false)
            // Inside a folder the FIFO is a warning, and the other file is still read.
            try "Mali and Niger.".write(
                to: directory.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
            let loaded = try DocumentLoader.load(paths: [directory.path], date: nil)
            #expect(loaded.documents.map(\.id) == ["a.txt"])
            #expect(loaded.warnings == ["\(fifo): a named pipe (FIFO), not a file; skipped"])
            // A dictionary or gold file that is a FIFO is refused too, instead of blocking the read.
            let workspace = try Workspace.inMemory()
            #expect(throws: ActorGraphKitError.notAFile(path: fifo, kind: "a named pipe (FIFO)")) {
                try workspace.ingest(paths: [directory.appendingPathComponent("a.txt").path], dictionaryPath: fifo)
            }
            #expect(throws: ActorGraphKitError.notAFile(path: fifo, kind: "a named pipe (FIFO)")) {
                try Workspace.evaluate(goldPath: fifo, documentsPath: directory.path)
            }
        }
    }

    @Test("A binary file is refused from its first 8 KB")
    func binarySniffed() throws {
        try withTemporaryDirectory { directory in
            let path = directory.appendingPathComponent("image.txt").path
            var bytes = Array(repeating: UInt8(ascii: "a"), count: 100_000)
            bytes[10] = 0
            try Data(bytes).write(to: URL(fileURLWithPath: path))
            #expect(throws: ActorGraphKitError.binaryFile(path)) { try DocumentFile.bytes(at: path, limit: 1_000_000) }
        }
    }

    @Test("Symbolic link loops are reported and not followed; the real files are still found")
    func symlinkLoopsReported() throws {
        try withTemporaryDirectory { directory in
            let folder = directory.appendingPathComponent("news")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try "Mali and Niger.".write(to: folder.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
            #expect(symlink(folder.path, folder.appendingPathComponent("back").path) == 0)
            #expect(symlink("self.txt", folder.appendingPathComponent("self.txt").path) == 0)
            let listing = try FolderWalk.articles(in: folder.path)
            #expect(listing.files == [folder.appendingPathComponent("a.txt").path])
            #expect(
                listing.warnings == [
                    "\(folder.path)/back: folder already visited through another path (symbolic link loop); skipped",
                    "\(folder.path)/self.txt: symbolic link loop; skipped",
                ])
        }
    }

    /// Root reads any folder, so the permission bits mean nothing to it: the test runs for other users.
    @Test("An unreadable folder is reported, not skipped in silence", .enabled(if: geteuid() != 0))
    func unreadableFolderReported() throws {
        try withTemporaryDirectory { directory in
            let locked = directory.appendingPathComponent("locked")
            try FileManager.default.createDirectory(at: locked, withIntermediateDirectories: true)
            try "Chad.".write(to: locked.appendingPathComponent("b.txt"), atomically: true, encoding: .utf8)
            try "Mali.".write(to: directory.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
            chmod(locked.path, 0)
            defer { chmod(locked.path, 0o755) }
            let listing = try FolderWalk.articles(in: directory.path)
            #expect(listing.files == [directory.appendingPathComponent("a.txt").path])
            #expect(listing.warnings == ["\(locked.path): cannot list this folder (permission denied); skipped"])
        }
    }

    @Test("A dictionary name holding NUL is refused with the file and entry named, instead of cut short")
    func nulInDictionaryName() throws {
        try withTemporaryDirectory { directory in
            let dictionary = directory.appendingPathComponent("dictionary.json").path
            try #"{"entities":[{"name":"Wag\u0000ner Corp","type":"group","aliases":["WNC"]}]}"#
                .write(toFile: dictionary, atomically: true, encoding: .utf8)
            let documents = directory.appendingPathComponent("a.txt").path
            try "Wagner Corp signed a deal with Mali.".write(toFile: documents, atomically: true, encoding: .utf8)
            let workspace = try Workspace.inMemory()
            let error = #expect(throws: ActorGraphKitError.self) {
                try workspace.ingest(paths: [documents], dictionaryPath: dictionary)
            }
            #expect(
                error?.description
                    == "\(dictionary): dictionary entry 'Wag\u{0}ner Corp': the name holds the control character U+0000;"
                    + " remove it")
            #expect(try workspace.stats().entities == 0)
        }
    }

    @Test("Sizes parse with decimal and binary units and print in decimal ones")
    func byteCounts() throws {
        #expect(ByteCount.parse("10MB") == 10_000_000)
        #expect(ByteCount.parse("1.5 mb") == 1_500_000)
        #expect(ByteCount.parse("1GiB") == 1_073_741_824)
        #expect(ByteCount.parse("2048") == 2048)
        #expect(ByteCount.parse("ten") == nil)
        #expect(ByteCount.parse("-1MB") == nil)
        #expect(ByteCount.parse("0") == nil)
        #expect(ByteCount.describe(10_000_000) == "10 MB")
        #expect(ByteCount.describe(12_345_678) == "12.3 MB")
        #expect(ByteCount.describe(999) == "999 bytes")
    }
}
