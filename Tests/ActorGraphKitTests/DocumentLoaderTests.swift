import ActorGraphCore
import ActorGraphTestSupport
import Foundation
import Testing

@testable import ActorGraphKit

@Suite struct DocumentLoaderTests {
    @Test("The first invalid UTF-8 byte is located exactly")
    func invalidOffsets() {
        #expect(DocumentLoader.firstInvalidUTF8Offset(Array("Goïta".utf8)) == nil)
        #expect(DocumentLoader.firstInvalidUTF8Offset([0x41, 0x42, 0xFF]) == 2)
        // "ï" is two bytes: the stray continuation byte after it sits at offset 4.
        #expect(DocumentLoader.firstInvalidUTF8Offset(Array("Goï".utf8) + [0x80]) == 4)
        #expect(DocumentLoader.firstInvalidUTF8Offset([0xE2, 0x80]) == 0)
    }

    @Test("Decoding refuses empty, binary and non-UTF-8 files with the file named")
    func decoding() throws {
        #expect(throws: ActorGraphKitError.emptyFile("a.txt")) { try DocumentLoader.decode([], path: "a.txt") }
        #expect(throws: ActorGraphKitError.binaryFile("b.txt")) {
            try DocumentLoader.decode([0x41, 0x00], path: "b.txt")
        }
        #expect(throws: ActorGraphKitError.notUTF8(path: "c.txt", offset: 1)) {
            try DocumentLoader.decode([0x41, 0xC3, 0x28], path: "c.txt")
        }
        #expect(try DocumentLoader.decode(Array("\u{FEFF}Mali".utf8), path: "d.txt") == "Mali")
    }

    @Test("A Date: first line gives the document's date; a malformed one is an error")
    func dateLine() throws {
        #expect(try DateLine.date(in: "Date: 2024-03-07\nRussia and Mali…") == "2024-03-07")
        #expect(try DateLine.date(in: "Russia and Mali…") == nil)
        #expect(throws: ActorGraphKitError.invalidDateLine(path: "x.txt", value: "7 March 2024")) {
            try DateLine.date(in: "Date: 7 March 2024\n…", path: "x.txt")
        }
        #expect(throws: ActorGraphKitError.invalidDate("2024-13-01")) { try DateLine.validate("2024-13-01") }
    }

    @Test("A CRLF file's Date: line is read; the error for a bad one names the file and quotes only the value")
    func crlfDateLine() throws {
        #expect(try DateLine.date(in: "Date: 2024-03-07\r\nRussia and Mali…\r\n", path: "w.txt") == "2024-03-07")
        #expect(try DateLine.date(in: "Date: 2024-03-07\r", path: "w.txt") == "2024-03-07")
        let body = String(repeating: "Russia and Mali signed a pact. ", count: 200)
        let error = #expect(throws: ActorGraphKitError.self) {
            try DateLine.date(in: "Date: 2024-3-7\r\n" + body, path: "w.txt")
        }
        #expect(error == .invalidDateLine(path: "w.txt", value: "2024-3-7"))
        #expect(
            error?.description == "w.txt: the Date: line holds '2024-3-7', not a real date; write it as YYYY-MM-DD")
    }

    @Test(
        "Only real calendar dates pass",
        arguments: [
            ("2024-02-29", true), ("2023-02-29", false), ("2024-02-30", false), ("2000-02-29", true),
            ("1900-02-29", false), ("2024-04-31", false), ("2024-12-31", true), ("2024-00-10", false),
            ("2024-1a-01", false), ("+024-01-01", false),
        ])
    func calendarDates(value: String, valid: Bool) {
        #expect(((try? DateLine.validate(value)) != nil) == valid, "\(value)")
    }

    @Test("Folders are searched recursively in sorted order; ids are relative paths; every file left out is named")
    func folders() throws {
        try withTemporaryDirectory { dir in
            let nested = dir.appendingPathComponent("b/nested", isDirectory: true)
            try FileManager.default.createDirectory(at: nested, withIntermediateDirectories: true)
            try "Mali and Niger.".write(to: dir.appendingPathComponent("z.txt"), atomically: true, encoding: .utf8)
            try "Chad.".write(to: nested.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
            try "# Notes\n\nMali.".write(to: dir.appendingPathComponent("notes.md"), atomically: true, encoding: .utf8)
            try Data([0xFF, 0xD8]).write(to: dir.appendingPathComponent("photo.jpg"))
            try "{}".write(to: dir.appendingPathComponent("graph.graphml"), atomically: true, encoding: .utf8)
            try Data().write(to: dir.appendingPathComponent("empty.txt"))
            let loaded = try DocumentLoader.load(paths: [dir.path], date: "2025-01-02")
            #expect(loaded.documents.map(\.id) == ["b/nested/a.txt", "notes.md", "z.txt"])
            #expect(loaded.documents.map(\.format) == [.text, .markdown, .text])
            #expect(loaded.documents.allSatisfy { $0.date == "2025-01-02" })
            #expect(
                loaded.warnings == [
                    "\(dir.path)/graph.graphml: a graphml graph file, not an article; skipped (import it as a graph:"
                        + " actorgraph import)",
                    "\(dir.path)/photo.jpg: a .jpg file, not an article; skipped (articles are .txt, .md, .html or"
                        + " .pdf files)",
                    "\(dir.appendingPathComponent("empty.txt").path): file is empty; nothing to ingest",
                ])
        }
    }
}
