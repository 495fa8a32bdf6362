import ActorGraphCore
import Foundation
import Glibc
import GraphStore
import Testing

/// Several real processes creating, migrating and filling one new store at the same moment.
///
/// As in `CrashTests`, the parent re-runs this test executable (`/proc/self/exe`) with a filter that selects
/// `concurrentChild`, enabled only when `ACTORGRAPH_STORE_CONCURRENT_CHILD` names the database. Every child
/// waits for a "go" file, so they open the missing file within a millisecond of each other.
@Suite("Concurrency: processes that set up and fill one store together", .serialized)
struct ConcurrentProcessTests {
    static let databaseVariable = "ACTORGRAPH_STORE_CONCURRENT_CHILD"
    static let sliceVariable = "ACTORGRAPH_STORE_CONCURRENT_SLICE"
    static var childDatabase: String? { ProcessInfo.processInfo.environment[databaseVariable] }
    static let children = 4
    static let batch = 5

    @Test(
        "concurrent child: opens the store and ingests its slice (runs only inside the concurrency tests' children)",
        .enabled(if: childDatabase != nil))
    func concurrentChild() throws {
        let path = try #require(Self.childDatabase)
        let slice = try #require(ProcessInfo.processInfo.environment[Self.sliceVariable]).split(separator: ",")
        let (start, count) = (try #require(Int(slice[0])), try #require(Int(slice[1])))
        try Data().write(to: URL(fileURLWithPath: path + ".ready.\(getpid())"))
        let deadline = Date().addingTimeInterval(60)
        while !FileManager.default.fileExists(atPath: path + ".go") && Date() < deadline { usleep(200) }
        let documents = Array(OrderIndependenceTests.corpus[start..<start + count])
        let store = try GraphStore(path: path)
        for offset in stride(from: 0, to: documents.count, by: Self.batch) {
            _ = try store.ingest(Array(documents[offset..<min(offset + Self.batch, documents.count)]))
        }
    }

    @Test(
        "Four processes open a missing store at once: every one succeeds, every document is stored, same graph",
        .enabled(if: childDatabase == nil), arguments: 0..<4)
    func concurrentSetupAndIngest(round: Int) throws {
        let corpus = OrderIndependenceTests.corpus
        let reference = try OrderIndependenceTests.reference()
        try withTemporaryDirectory { directory in
            let path = directory.appendingPathComponent("shared-\(round).sqlite").path
            let share = corpus.count / Self.children
            // Rounds 2 and 3 give each process every document, so they also race to store the same ones.
            let slices = (0..<Self.children).map { round < 2 ? ($0 * share, share) : (0, corpus.count) }
            let processes = try slices.map { try Self.startChild(database: path, slice: $0) }
            // Every child is up and polling before any of them may open the file.
            let deadline = Date().addingTimeInterval(60)
            while try FileManager.default.contentsOfDirectory(atPath: directory.path)
                .filter({ $0.contains(".ready.") }).count < Self.children && Date() < deadline
            {
                usleep(1000)
            }
            try Data().write(to: URL(fileURLWithPath: path + ".go"))
            var statuses: [Int32] = []
            for process in processes {
                process.waitUntilExit()
                statuses.append(process.terminationStatus)
            }
            #expect(statuses == Array(repeating: 0, count: Self.children))
            let store = try GraphStore(path: path)
            #expect(try store.documents().count == corpus.count)
            #expect(try store.integrityCheck() == "ok")
            #expect(try store.canonicalDump() == reference)
        }
    }

    private static func startChild(database: String, slice: (Int, Int)) throws -> Process {
        let process = Process()
        process.executableURL = URL(
            fileURLWithPath: try FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
        process.arguments = ["--testing-library", "swift-testing", "--filter", "concurrentChild"]
        var environment = ProcessInfo.processInfo.environment
        environment[databaseVariable] = database
        environment[sliceVariable] = "\(slice.0),\(slice.1)"
        process.environment = environment
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }
}
