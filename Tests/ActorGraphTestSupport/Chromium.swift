public import Foundation

/// Headless Chromium for the tests that check reports in a real browser.
///
/// These tests do not skip when Chromium is missing: they fail with ``ChromiumMissing``, which says how to
/// install it, so a machine without it never passes them silently (`make deps` installs it, as it does
/// Graphviz).
public enum Chromium {
    /// The first Chromium on the `PATH`.
    public static func executable() throws -> URL {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        for folder in path.split(separator: ":") {
            for name in ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"] {
                let candidate = URL(fileURLWithPath: String(folder)).appendingPathComponent(name)
                if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            }
        }
        throw ChromiumMissing()
    }

    /// Runs headless Chromium with its own throw-away profile; `arguments` come after the standard flags.
    public static func run(_ arguments: [String]) throws -> CommandResult {
        let chromium = try executable()
        return try withTemporaryDirectory { profile in
            try CommandRunner.run(
                executable: chromium,
                [
                    "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                    "--hide-scrollbars", "--user-data-dir=\(profile.path)",
                ] + arguments)
        }
    }

    /// The DOM of a page after it loaded (and after `budget` ms of virtual time for its scripts), as HTML.
    public static func dumpDOM(of page: URL, budget: Int = 2000) throws -> String {
        let result = try run(["--virtual-time-budget=\(budget)", "--dump-dom", page.absoluteString])
        guard result.status == 0, !result.stdout.isEmpty else {
            throw ChromiumFailed(what: "--dump-dom \(page.path)", result: result)
        }
        return result.stdout
    }

    /// A PNG screenshot of a page at the given window size.
    public static func screenshot(of page: URL, to png: URL, width: Int, height: Int) throws {
        let result = try run(["--window-size=\(width),\(height)", "--screenshot=\(png.path)", page.absoluteString])
        guard FileManager.default.fileExists(atPath: png.path) else {
            throw ChromiumFailed(what: "--screenshot \(page.path)", result: result)
        }
    }
}

/// Chromium is not installed.
public struct ChromiumMissing: Error, CustomStringConvertible {
    public var description: String {
        "headless Chromium is needed by this test and is not installed: run make deps "
            + "(or apt-get install chromium), then run the tests again"
    }
}

/// Chromium ran but did not produce what was asked.
public struct ChromiumFailed: Error, CustomStringConvertible {
    public var what: String
    public var result: CommandResult
    public var description: String {
        "chromium \(what) failed with status \(result.status): \(result.stderr.suffix(500))"
    }
}
