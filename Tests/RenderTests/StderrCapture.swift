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
    let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
    return (value, text)
}
