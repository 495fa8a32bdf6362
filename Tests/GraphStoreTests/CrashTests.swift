import ActorGraphCore
import Foundation
import Glibc
import GraphStore
import Testing

/// kill -9 during ingest, with a real second process.
///
/// The parent test re-runs this very test executable (`/proc/self/exe`, the `.xctest` binary that
/// `swift test` built) with `--testing-library swift-testing --filter crashChild` and the environment
/// variable `ACTORGRAPH_STORE_CRASH_CHILD` naming a temporary database. Only in that child is the
/// `crashChild` test enabled: it ingests batch after batch and records each commit in a progress file.
/// The parent SIGKILLs it, then checks the file. No extra target in Package.swift is needed.
@Suite("Durability: kill -9 during ingest", .serialized)
struct CrashTests {
    static let databaseVariable = "ACTORGRAPH_STORE_CRASH_CHILD"
    static let modeVariable = "ACTORGRAPH_STORE_CRASH_MODE"
    static var childDatabase: String? { ProcessInfo.processInfo.environment[databaseVariable] }

    @Test(
        "crash child: ingests batches until killed (runs only inside the kill -9 tests' child process)",
        .enabled(if: childDatabase != nil))
    func crashChild() throws {
        let path = try #require(Self.childDatabase)
        let hang = ProcessInfo.processInfo.environment[Self.modeVariable] == "hang"
        let store = try GraphStore(path: path)
        let progress = URL(fileURLWithPath: path + ".progress")
        // Bounded so an orphaned child stops on its own.
        for batch in 0..<2000 {
            if hang && batch == 3 {
                // A big last batch that never commits: the parent kills us inside the open transaction.
                _ = try store.ingest(CrashFixture.batch(batch, size: 200)) {
                    try Data("in-transaction".utf8).write(to: URL(fileURLWithPath: path + ".hanging"))
                    Thread.sleep(forTimeInterval: 120)
                }
            }
            _ = try store.ingest(CrashFixture.batch(batch))
            try Data("\(batch + 1)".utf8).write(to: progress, options: .atomic)
        }
    }

    @Test(
        "kill -9 inside an open write transaction: integrity ok, exactly the committed batches",
        .enabled(if: childDatabase == nil))
    func killInsideTransaction() throws {
        try withTemporaryDirectory { directory in
            let path = directory.appendingPathComponent("crash.sqlite").path
            let child = try Self.startChild(database: path, mode: "hang")
            try Self.waitFor(child) { FileManager.default.fileExists(atPath: path + ".hanging") }
            Self.kill(child)
            try Self.checkWholeBatches(path: path, atLeast: 3, exactly: 3)
        }
    }

    @Test(
        "kill -9 at an arbitrary moment of a stream of batches: integrity ok, only whole batches",
        .enabled(if: childDatabase == nil))
    func killDuringStream() throws {
        try withTemporaryDirectory { directory in
            let path = directory.appendingPathComponent("crash.sqlite").path
            let child = try Self.startChild(database: path, mode: "loop")
            try Self.waitFor(child) { Self.committedBatches(path: path) >= 5 }
            Self.kill(child)
            try Self.checkWholeBatches(path: path, atLeast: Self.committedBatches(path: path), exactly: nil)
        }
    }

    // MARK: - Parent side

    private static func startChild(database: String, mode: String) throws -> Process {
        let process = Process()
        process.executableURL = URL(
            fileURLWithPath: try FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
        process.arguments = ["--testing-library", "swift-testing", "--filter", "crashChild"]
        var environment = ProcessInfo.processInfo.environment
        environment[databaseVariable] = database
        environment[modeVariable] = mode
        process.environment = environment
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    private struct ChildEnded: Error, CustomStringConvertible {
        var status: Int32
        var description: String { "the crash child exited (status \(status)) before it was killed" }
    }

    private struct ChildTimedOut: Error {}

    /// Polls `condition` until true; fails if the child ends first or nothing happens for two minutes.
    private static func waitFor(_ child: Process, _ condition: () -> Bool) throws {
        let deadline = Date().addingTimeInterval(120)
        while !condition() {
            if !child.isRunning { throw ChildEnded(status: child.terminationStatus) }
            if Date() > deadline {
                Self.kill(child)
                throw ChildTimedOut()
            }
            Thread.sleep(forTimeInterval: 0.01)
        }
    }

    private static func kill(_ child: Process) {
        _ = Glibc.kill(child.processIdentifier, SIGKILL)
        child.waitUntilExit()
    }

    private static func committedBatches(path: String) -> Int {
        (try? String(contentsOfFile: path + ".progress", encoding: .utf8)).flatMap { Int($0) } ?? 0
    }

    /// The store must open cleanly, pass `integrity_check`, and hold whole batches only, each document
    /// with all its evidence.
    private static func checkWholeBatches(path: String, atLeast committed: Int, exactly: Int?) throws {
        let store = try GraphStore(path: path)
        #expect(try store.integrityCheck() == "ok")
        let documents = try store.documents()
        #expect(documents.count % CrashFixture.batchSize == 0)
        let batches = documents.count / CrashFixture.batchSize
        #expect(batches >= committed)
        if let exactly { #expect(batches == exactly) }
        #expect(Set(documents.map(\.batch)) == Set(1...max(batches, 1)).filter { _ in batches > 0 })
        for document in documents {
            #expect(document.evidenceCount == CrashFixture.expectedEvidence(documentID: document.id), "\(document.id)")
        }
        let stats = try store.stats()
        #expect(stats.evidence == documents.map(\.evidenceCount).reduce(0, +))
        #expect(stats.entitiesByType[.group] == (batches > 0 ? 1 : 0))
        // The store still takes writes after the crash.
        let next = try store.ingest(CrashFixture.batch(batches))
        #expect(next.documentsAdded == CrashFixture.batchSize)
    }
}
