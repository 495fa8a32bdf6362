import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Runs `body` with file descriptor 2 redirected to a temporary file and returns what was written there.
///
/// Proves that Graphviz's messages are captured rather than printed.
func capturingStandardError<T>(_ body: () throws -> T) rethrows -> (value: T, stderr: String) {
    fflush(nil)
    let path = NSTemporaryDirectory() + "render-stderr-\(UUID().uuidString).txt"
    let file = open(path, O_CREAT | O_TRUNC | O_WRONLY, 0o600)
    let saved = dup(2)
    dup2(file, 2)
    defer {
        unlink(path)
    }
    let value: T
    do {
        value = try body()
    } catch {
        fflush(nil)
        dup2(saved, 2)
        close(saved)
        close(file)
        throw error
    }
    fflush(nil)
    dup2(saved, 2)
    close(saved)
    close(file)
    return (value, withoutTestProgress(readAll(path)))
}

/// The captured text without swift-testing's own progress lines (`◇ Test … started.`, `✔ …`, `✘ …`, `↳ …`).
///
/// The test harness writes them to fd 2 from other tests running in parallel; while a capture waits for the
/// Graphviz lock, which report and column-fit tests hold for whole layouts, some land in the file. They are
/// never Graphviz's, whose messages start with "Error" or "Warning".
private func withoutTestProgress(_ text: String) -> String {
    let markers: [Character] = ["◇", "✔", "✘", "↳", "􀟈", "􁁛", "􀢄", "􀄵"]
    return text.split(separator: "\n", omittingEmptySubsequences: false)
        .filter { line in !(line.first.map(markers.contains) ?? false) }
        .joined(separator: "\n")
        .trimmingCharacters(in: .newlines)
}

/// The file's bytes as UTF-8, read with POSIX calls (Foundation's reader leaked 4 KB per empty file under ASan).
private func readAll(_ path: String) -> String {
    let descriptor = open(path, O_RDONLY)
    guard descriptor >= 0 else { return "" }
    defer { close(descriptor) }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 4096)
    while true {
        let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, 4096) }
        guard count > 0 else { break }
        bytes += chunk[0..<count]
    }
    return String(decoding: bytes, as: UTF8.self)
}
