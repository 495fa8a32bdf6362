import Foundation

/// Prints an HTML page to PDF with headless Chromium (`--print-to-pdf`), the converter the report's print
/// CSS is written for.
enum PDFPrinter {
    /// The names Chromium goes by in Debian and elsewhere, looked up on the `PATH` in this order.
    static let executableNames = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"]

    /// The first Chromium on the `PATH`, or nil.
    static func chromium(path: String? = ProcessInfo.processInfo.environment["PATH"]) -> URL? {
        for folder in (path ?? "").split(separator: ":") {
            for name in executableNames {
                let candidate = URL(fileURLWithPath: String(folder)).appendingPathComponent(name)
                if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            }
        }
        return nil
    }

    /// The PDF of `html`, with Chromium's creation and modification dates fixed so the bytes repeat.
    ///
    /// - Throws: ``ReportError/pdfConverterMissing`` without Chromium, ``ReportError/pdfFailed(reason:)`` when
    ///   it writes no PDF.
    static func print(html: [UInt8]) throws -> [UInt8] {
        guard let chromium = chromium() else { throw ReportError.pdfConverterMissing }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "actorgraph-pdf-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = folder.appendingPathComponent("report.html")
        let pdf = folder.appendingPathComponent("report.pdf")
        try Data(html).write(to: page)
        let process = Process()
        process.executableURL = chromium
        process.arguments = [
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
            "--user-data-dir=\(folder.appendingPathComponent("profile").path)", "--no-pdf-header-footer",
            "--print-to-pdf=\(pdf.path)", page.absoluteString,
        ]
        let errors = Pipe()
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw ReportError.pdfFailed(reason: "could not start \(chromium.path): \(error.localizedDescription)")
        }
        let messages = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard let bytes = try? Data(contentsOf: pdf), bytes.starts(with: Array("%PDF".utf8)) else {
            let last = String(decoding: messages, as: UTF8.self).split(separator: "\n").last.map(String.init)
            throw ReportError.pdfFailed(
                reason: "exit status \(process.terminationStatus)" + (last.map { ": \($0)" } ?? ""))
        }
        return PDFDates.fixed(Array(bytes))
    }
}

/// Chromium stamps each PDF with the time it was printed; the stamps are replaced by a fixed date of the
/// same length, so no byte offset (and no cross-reference entry) moves.
enum PDFDates {
    static func fixed(_ pdf: [UInt8]) -> [UInt8] {
        var bytes = pdf
        for key in ["/CreationDate (D:", "/ModDate (D:"] {
            let pattern = Array(key.utf8)
            var index = 0
            while let found = firstIndex(of: pattern, in: bytes, from: index) {
                var position = found + pattern.count
                // The date's digits, up to the time-zone sign or the closing parenthesis.
                while position < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[position]) {
                    bytes[position] = UInt8(ascii: "0")
                    position += 1
                }
                index = position
            }
        }
        return bytes
    }

    private static func firstIndex(of pattern: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard pattern.count <= bytes.count else { return nil }
        var index = start
        while index + pattern.count <= bytes.count {
            if bytes[index] == pattern[0] && Array(bytes[index..<index + pattern.count]) == pattern { return index }
            index += 1
        }
        return nil
    }
}
