public import Foundation

/// The result of running a command: exact stdout, stderr and exit status.
public struct CommandResult: Sendable {
    public var stdout: String
    public var stderr: String
    public var status: Int32
}

/// Runs the built `actorgraph` binary (or any executable) and captures its output.
public enum CommandRunner {
    /// The `actorgraph` executable built next to the test bundle.
    public static var actorgraph: URL {
        let here = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent()
        let candidate = here.appendingPathComponent("actorgraph")
        if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        return RepositoryFiles.root.appendingPathComponent(".build/debug/actorgraph")
    }

    /// Runs `actorgraph arguments…` in `directory`, waiting for it to finish.
    public static func run(_ arguments: [String], in directory: URL? = nil) throws -> CommandResult {
        try run(executable: actorgraph, arguments, in: directory)
    }

    /// Runs `actorgraph arguments…` with `input` as its standard input.
    public static func run(_ arguments: [String], input: [UInt8], in directory: URL? = nil) throws -> CommandResult {
        try run(executable: actorgraph, arguments, in: directory, input: input)
    }

    /// Runs any executable; stdout and stderr are read concurrently so a chatty child cannot block on a full pipe.
    ///
    /// Standard input is `input`, written by another thread (the child may stop reading early), or empty.
    public static func run(
        executable: URL, _ arguments: [String], in directory: URL? = nil, input: [UInt8]? = nil
    ) throws -> CommandResult {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        let inPipe = Pipe()
        process.standardInput = input == nil ? FileHandle.nullDevice : inPipe
        try process.run()
        let group = DispatchGroup()
        if let input {
            group.enter()
            DispatchQueue.global().async {
                // A child that stops reading closes the pipe: the write then fails (EPIPE), which is fine.
                signal(SIGPIPE, SIG_IGN)
                try? inPipe.fileHandleForWriting.write(contentsOf: Data(input))
                try? inPipe.fileHandleForWriting.close()
                group.leave()
            }
        }
        nonisolated(unsafe) var outData = Data()
        nonisolated(unsafe) var errData = Data()
        group.enter()
        DispatchQueue.global().async {
            outData = out.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        group.enter()
        DispatchQueue.global().async {
            errData = err.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        group.wait()
        process.waitUntilExit()
        return CommandResult(
            stdout: String(decoding: outData, as: UTF8.self), stderr: String(decoding: errData, as: UTF8.self),
            status: process.terminationStatus)
    }
}

/// A fresh temporary folder, removed after `body`.
public func withTemporaryDirectory<T>(_ body: (URL) throws -> T) throws -> T {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("actorgraph-test-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: url) }
    return try body(url)
}
