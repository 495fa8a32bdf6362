import ActorGraphCore
import Foundation

/// The text of a PDF, through poppler's `pdftotext` (and its title and author through `pdfinfo`), when they
/// are installed.
///
/// `pdftotext -enc UTF-8` writes the text in reading order; its page breaks (form feeds) become blank lines,
/// and the control characters some PDFs hold become spaces. Evidence offsets count Unicode scalars of that
/// text. Without poppler the file is refused with how to install it.
enum PDFText {
    struct Document {
        var text: String
        var title: String?
        var author: String?
    }

    /// The longest a tool may run on one file before it is stopped.
    static let timeout: Double = 120

    static func read(path: String) throws -> Document {
        guard let pdftotext = executable(named: "pdftotext") else {
            throw ActorGraphKitError.pdfReaderMissing(path: path)
        }
        // A file name starting with "-" would be read as an option.
        let argument = path.hasPrefix("-") ? "./" + path : path
        let output = try run(pdftotext, ["-enc", "UTF-8", "-q", argument, "-"], path: path)
        guard output.status == 0 else {
            throw ActorGraphKitError.unreadableFormat(
                path: path, format: "PDF",
                reason: "pdftotext failed (exit \(output.status)); the file may be damaged or encrypted")
        }
        var text = String(decoding: output.bytes, as: UTF8.self).unicodeScalars.map { scalar -> String in
            switch scalar {
            case "\u{0C}": return "\n\n"
            case "\n", "\t", "\r": return String(scalar)
            default:
                return scalar.value < 0x20 || scalar.value == 0x7F || scalar == "\u{FFFD}" ? " " : String(scalar)
            }
        }.joined()
        while text.hasSuffix("\n\n\n") { text.removeLast() }
        var document = Document(text: text)
        if let pdfinfo = executable(named: "pdfinfo"),
            let info = try? run(pdfinfo, ["-enc", "UTF-8", argument], path: path), info.status == 0
        {
            for line in String(decoding: info.bytes, as: UTF8.self).split(separator: "\n") {
                if line.hasPrefix("Title:") { document.title = String(line.dropFirst(6)) }
                if line.hasPrefix("Author:") { document.author = String(line.dropFirst(7)) }
            }
        }
        return document
    }

    /// The first executable `name` on `PATH`.
    static func executable(named name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for folder in path.split(separator: ":") where !folder.isEmpty {
            let candidate = "\(folder)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// Runs a tool and collects its standard output; standard error is discarded.
    private static func run(_ executable: String, _ arguments: [String], path: String) throws -> (
        status: Int32, bytes: [UInt8]
    ) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw ActorGraphKitError.unreadableFormat(
                path: path, format: "PDF", reason: "cannot run \(executable) (\(FileKind.reason(error)))")
        }
        let timer = DispatchWorkItem { if process.isRunning { process.terminate() } }
        DispatchQueue.global().asyncAfter(deadline: .now() + timeout, execute: timer)
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        timer.cancel()
        return (process.terminationStatus, Array(data))
    }
}
