import ActorGraphTestSupport
import Foundation
import Glibc
import Testing

/// Real `actorgraph ingest` processes running at the same time, or killed and run again.
@Suite(.serialized) struct ConcurrentIngestCommandTests {
    static let unseen = RepositoryFiles.root.appendingPathComponent("Tests/ExtractionTests/Fixtures/unseen")

    /// Entities and relations as JSON rows without their ids (which follow arrival order), sorted.
    static func graph(_ db: String) throws -> [String] {
        var lines: [String] = []
        for command in ["entities", "relations"] {
            let result = try CommandRunner.run([command, "--db", db, "--json"])
            #expect(result.status == 0, "\(result.stderr)")
            let rows = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [Any])
            lines += try rows.map {
                String(
                    decoding: try JSONSerialization.data(withJSONObject: withoutIDs($0), options: [.sortedKeys]),
                    as: UTF8.self)
            }
        }
        return lines.sorted()
    }

    /// `value` with every `id` and `…_id` key removed, at any depth.
    static func withoutIDs(_ value: Any) -> Any {
        if let object = value as? [String: Any] {
            return object.filter { $0.key != "id" && !$0.key.hasSuffix("_id") }.mapValues(withoutIDs)
        }
        if let array = value as? [Any] { return array.map(withoutIDs) }
        return value
    }

    static func start(_ arguments: [String]) throws -> Process {
        let process = Process()
        process.executableURL = CommandRunner.actorgraph
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    @Test("Two ingests started together on a new store both succeed, and the graph is the sequential one")
    func twoIngestsOnANewStore() throws {
        try withTemporaryDirectory { dir in
            let seeds = RepositoryFiles.seedsDirectory.path
            let sequential = dir.appendingPathComponent("sequential.sqlite").path
            #expect(try CommandRunner.run(["ingest", seeds, "--db", sequential]).status == 0)
            #expect(try CommandRunner.run(["ingest", Self.unseen.path, "--db", sequential]).status == 0)
            let reference = try Self.graph(sequential)
            for round in 0..<3 {
                let db = dir.appendingPathComponent("together-\(round).sqlite").path
                // Round 1 hands the folders over in the other order.
                let folders = round == 1 ? [Self.unseen.path, seeds] : [seeds, Self.unseen.path]
                let processes = try folders.map { try Self.start(["ingest", $0, "--db", db]) }
                for process in processes { process.waitUntilExit() }
                #expect(processes.map(\.terminationStatus) == [0, 0])
                let stats = try CommandRunner.run(["stats", "--db", db, "--json"])
                let counts = try #require(
                    try JSONSerialization.jsonObject(with: Data(stats.stdout.utf8)) as? [String: Any])
                #expect(counts["documents"] as? Int == 10)
                #expect(try Self.graph(db) == reference)
            }
        }
    }

    @Test("An ingest killed after its first batch and run again gives the graph of an uninterrupted run")
    func killedAndResumed() throws {
        try withTemporaryDirectory { dir in
            // 140 articles (three batches): the seeds and the unseen fixtures, each copied under 14 names.
            let corpus = dir.appendingPathComponent("corpus")
            try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
            let sources = try [RepositoryFiles.seedsDirectory, Self.unseen].flatMap { folder in
                try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }
                    .map { folder.appendingPathComponent($0) }
            }
            for copy in 0..<14 {
                for source in sources {
                    let text = try String(contentsOf: source, encoding: .utf8) + "\n\nCopy \(copy).\n"
                    try text.write(
                        to: corpus.appendingPathComponent("\(copy)-\(source.lastPathComponent)"), atomically: true,
                        encoding: .utf8)
                }
            }
            let whole = dir.appendingPathComponent("whole.sqlite").path
            #expect(try CommandRunner.run(["ingest", corpus.path, "--db", whole]).status == 0)
            let reference = try Self.graph(whole)

            let db = dir.appendingPathComponent("killed.sqlite").path
            let process = try Self.start(["ingest", corpus.path, "--db", db])
            var stored = 0
            let deadline = Date().addingTimeInterval(120)
            while stored < 64 && process.isRunning && Date() < deadline {
                usleep(20_000)
                let stats = try CommandRunner.run(["stats", "--db", db, "--json"])
                let counts = try? JSONSerialization.jsonObject(with: Data(stats.stdout.utf8)) as? [String: Any]
                stored = counts?["documents"] as? Int ?? 0
            }
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            #expect(process.terminationReason == .uncaughtSignal, "the ingest ended before it could be killed")
            #expect(stored >= 64 && stored < 140)
            let resumed = try CommandRunner.run(["ingest", corpus.path, "--db", db])
            #expect(resumed.status == 0, "\(resumed.stderr)")
            #expect(resumed.stdout.contains("unchanged"))
            #expect(try Self.graph(db) == reference)
        }
    }
}
