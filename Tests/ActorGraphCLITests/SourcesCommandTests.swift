import ActorGraphTestSupport
import Foundation
import Glibc
import Testing

@testable import actorgraph

/// A short wire story (written for these tests) that the extractor reads three relations from.
private let story = """
    MOSCOW — Russia has agreed to supply weapons and military training to Mali, officials in Bamako said on \
    Tuesday. The deal follows the withdrawal of French forces from the country last year. Mali has deepened its \
    cooperation with Moscow since the coup, and Russian instructors are already deployed in Mali. Niger and \
    Burkina Faso are expected to sign similar agreements with Russia in the coming months, the officials said.

    """

/// What a run printed, and its exit status.
private struct Run {
    var stdout: String
    var stderr: String
    var status: Int32
}

/// Runs the binary with standard error on a pseudo-terminal (so it sees a terminal) or a pipe, and an
/// environment of its own when given.
private func run(_ arguments: [String], terminal: Bool = false, environment: [String: String]? = nil) throws -> Run {
    let process = Process()
    process.executableURL = CommandRunner.actorgraph
    process.arguments = arguments
    if let environment { process.environment = environment }
    let out = Pipe()
    process.standardOutput = out
    process.standardInput = FileHandle.nullDevice
    var master: Int32 = -1
    var slave: Int32 = -1
    let err = Pipe()
    if terminal {
        guard openpty(&master, &slave, nil, nil, nil) == 0 else { throw POSIXError(.ENOTTY) }
        process.standardError = FileHandle(fileDescriptor: slave, closeOnDealloc: false)
    } else {
        process.standardError = err
    }
    try process.run()
    let collected = Collected()
    let reader = DispatchGroup()
    reader.enter()
    DispatchQueue.global().async { [master] in
        if master >= 0 {
            // Reads until the terminal's other side is closed (EIO), which happens after the child exits.
            var buffer = [UInt8](repeating: 0, count: 4096)
            var bytes = Data()
            while true {
                let count = read(master, &buffer, buffer.count)
                if count <= 0 { break }
                bytes.append(contentsOf: buffer[0..<count])
            }
            collected.set(bytes)
        } else {
            collected.set(err.fileHandleForReading.readDataToEndOfFile())
        }
        reader.leave()
    }
    let outBytes = out.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    if slave >= 0 { close(slave) }
    reader.wait()
    if master >= 0 { close(master) }
    return Run(
        stdout: String(decoding: outBytes, as: UTF8.self), stderr: String(decoding: collected.bytes, as: UTF8.self),
        status: process.terminationStatus)
}

/// Bytes handed from the reading thread.
private final class Collected: @unchecked Sendable {
    private let lock = NSLock()
    private var data = Data()
    func set(_ value: Data) { lock.withLock { data = value } }
    var bytes: Data { lock.withLock { data } }
}

/// A one-page PDF showing `lines` in Helvetica, with a document title, and a correct cross-reference table.
private func makePDF(lines: [String], title: String) -> [UInt8] {
    func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "(", with: "\\(")
            .replacingOccurrences(of: ")", with: "\\)")
    }
    let content =
        "BT /F1 10 Tf 40 760 Td 14 TL\n" + lines.map { "(\(escaped($0))) Tj T*\n" }.joined() + "ET\n"
    let objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        "<< /Length \(content.utf8.count) >>\nstream\n\(content)endstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        "<< /Title (\(escaped(title))) >>",
    ]
    var out = "%PDF-1.4\n"
    var offsets: [Int] = []
    for (index, object) in objects.enumerated() {
        offsets.append(out.utf8.count)
        out += "\(index + 1) 0 obj\n\(object)\nendobj\n"
    }
    let xref = out.utf8.count
    out += "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
    for offset in offsets { out += String(format: "%010d 00000 n \n", offset) }
    out += "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R /Info 6 0 R >>\nstartxref\n\(xref)\n%%EOF\n"
    return Array(out.utf8)
}

@Suite(.serialized) struct SourcesCommandTests {
    @Test("relate --json carries the front matter's title, outlet, date and URL on every sentence")
    func frontMatterReachesRelate() throws {
        try withTemporaryDirectory { dir in
            let db = dir.appendingPathComponent("g.sqlite").path
            let article = dir.appendingPathComponent("wire.md")
            try
                ("---\ntitle: Russia to arm Mali\noutlet: Example News\npublished: 2024-03-05\n"
                + "url: https://news.example.org/russia-mali\n---\n# Russia to arm Mali\n\n" + story)
                .write(to: article, atomically: true, encoding: .utf8)
            #expect(try CommandRunner.run(["ingest", article.path, "--db", db]).status == 0)
            let result = try CommandRunner.run(["relate", "Russia", "Mali", "--db", db, "--json"])
            #expect(result.status == 0, "\(result.stderr)")
            let report = try #require(
                try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
            let direct = try #require(report["direct"] as? [[String: Any]])
            let sentences = direct.flatMap { $0["evidence"] as? [[String: Any]] ?? [] }
            #expect(!sentences.isEmpty)
            for sentence in sentences {
                let source = try #require(sentence["source"] as? [String: Any])
                #expect(source["title"] as? String == "Russia to arm Mali")
                #expect(source["outlet"] as? String == "Example News")
                #expect(source["published"] as? String == "2024-03-05")
                #expect(source["url"] as? String == "https://news.example.org/russia-mali")
                #expect(source["document"] as? String == "wire.md")
            }
            // The human answers cite the article too.
            let text = try CommandRunner.run(["path", "Russia", "Mali", "--db", db]).stdout
            #expect(
                text.contains("— Russia to arm Mali — Example News, 2024-03-05 <https://news.example.org/russia-mali>"))
            let relations = try CommandRunner.run(["relations", "--db", db]).stdout
            #expect(relations.contains("Russia to arm Mali"))
            // Exports and maps cite it too: a column of the CSV, the tooltip and link of the map's edges.
            let tables = dir.appendingPathComponent("tables")
            #expect(try CommandRunner.run(["export", "--db", db, "--format", "csv", "--out", tables.path]).status == 0)
            let edges = try String(contentsOf: tables.appendingPathComponent("edges.csv"), encoding: .utf8)
            #expect(
                edges.contains(",Russia to arm Mali,Example News,2024-03-05,https://news.example.org/russia-mali\r\n"))
            let map = dir.appendingPathComponent("map.svg")
            #expect(try CommandRunner.run(["render", "--db", db, "--format", "svg", "--out", map.path]).status == 0)
            let svg = try String(contentsOf: map, encoding: .utf8)
            // Graphviz writes "-" in titles as "&#45;".
            #expect(svg.contains("(Russia to arm Mali — Example News, 2024&#45;03&#45;05)"))
            #expect(svg.contains(#"xlink:href="https://news.example.org/russia-mali""#))
        }
    }

    @Test("documents lists ids, sources and counts; --json has the documented keys; --id names a file")
    func documentsCommand() throws {
        try withTemporaryDirectory { dir in
            let db = dir.appendingPathComponent("g.sqlite").path
            let corpus = dir.appendingPathComponent("corpus")
            try FileManager.default.createDirectory(
                at: corpus.appendingPathComponent("a"), withIntermediateDirectories: true)
            try story.write(to: corpus.appendingPathComponent("a/wire.txt"), atomically: true, encoding: .utf8)
            try (story + "Copy 2.\n").write(
                to: corpus.appendingPathComponent("copy.txt"), atomically: true, encoding: .utf8)
            try #"{"title": "Arms for \u001b[31mMali", "outlet": "Wire"}"#.write(
                to: corpus.appendingPathComponent("copy.json"), atomically: true, encoding: .utf8)
            let ingest = try CommandRunner.run(["ingest", corpus.path, "--db", db])
            #expect(ingest.status == 0, "\(ingest.stderr)")
            #expect(ingest.stdout.hasPrefix("ingested 2 documents (1 is a copy counted once): "))
            let json = try CommandRunner.run(["documents", "--db", db, "--json"])
            let rows = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
            #expect(rows.map { $0["id"] as? String } == ["a/wire.txt", "copy.txt"])
            let copy = rows[1]
            #expect(copy["copy_of"] as? String == "a/wire.txt")
            #expect((copy["copy_similarity"] as? Double ?? 0) >= 0.8)
            #expect(copy["title"] as? String == "Arms for [31mMali")  // the escape character is dropped
            #expect(rows[0]["copies"] as? Int == 1 && rows[0]["relations"] as? Int == 3)
            #expect(copy["counted_evidence"] as? Int == 0 && (copy["evidence"] as? Int ?? 0) > 0)
            for key in ["id", "format", "provenance", "length", "entities", "relations", "evidence", "copies"] {
                #expect(rows.allSatisfy { $0[key] != nil }, "\(key)")
            }
            let text = try CommandRunner.run(["documents", "--db", db])
            let lines = text.stdout.split(separator: "\n")
            #expect(
                lines.first == "document    title              outlet  date  actors  relations  evidence  copy of")
            #expect(lines.count == 4 && lines[2].hasSuffix("(1 copy)"))
            #expect(lines.last?.hasPrefix("copy.txt    Arms for [31mMali  Wire   ") == true)
            #expect(lines.last?.hasSuffix("a/wire.txt (98%)") == true)

            let named = try CommandRunner.run([
                "ingest", corpus.appendingPathComponent("a/wire.txt").path, "--id", "archive/wire.txt", "--db", db,
            ])
            #expect(named.status == 0)
            let folder = try CommandRunner.run(["ingest", corpus.path, "--id", "x", "--db", db])
            #expect(folder.status == 1)
            #expect(
                folder.stderr == "Error: a document id names one file; give exactly one file (not a folder) with it\n")
        }
    }

    @Test("A graph file given to ingest points to import; a folder names every file it leaves out")
    func refusedFiles() throws {
        try withTemporaryDirectory { root in
            let db = root.appendingPathComponent("g.sqlite").path
            let dir = root.appendingPathComponent("articles")
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            let graph = dir.appendingPathComponent("graph.graphml")
            try "<graphml/>".write(to: graph, atomically: true, encoding: .utf8)
            let result = try CommandRunner.run(["ingest", graph.path, "--db", db])
            #expect(result.status == 1)
            #expect(
                result.stderr
                    == "Error: \(graph.path): a graphml graph file, not an article; import it as a graph"
                    + " (actorgraph import \(graph.path))\n")
            try story.write(to: dir.appendingPathComponent("wire.txt"), atomically: true, encoding: .utf8)
            try Data([0x89, 0x50]).write(to: dir.appendingPathComponent("photo.png"))
            let folder = try CommandRunner.run(["ingest", dir.path, "--db", db])
            #expect(folder.status == 0)
            #expect(
                folder.stderr == "warning: \(graph.path): a graphml graph file, not an article; skipped (import it as"
                    + " a graph: actorgraph import)\n"
                    + "warning: \(dir.path)/photo.png: a .png file, not an article; skipped (articles are .txt, .md,"
                    + " .html or .pdf files)\n")
        }
    }

    @Test("A PDF is read through pdftotext; without it, one line says how to install poppler")
    func pdf() throws {
        try withTemporaryDirectory { dir in
            let db = dir.appendingPathComponent("g.sqlite").path
            let file = dir.appendingPathComponent("wire.pdf")
            let lines = story.split(separator: ".").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) + "." }
                .filter { $0.count > 1 }
            try Data(makePDF(lines: lines, title: "Russia to arm Mali")).write(to: file)
            let missing = try run(["ingest", file.path, "--db", db], environment: ["PATH": dir.path])
            #expect(missing.status == 1)
            #expect(
                missing.stderr
                    == "Error: \(file.path): reading a PDF needs poppler's pdftotext, which is not installed;"
                    + " install poppler-utils (apt-get install poppler-utils), or save the article as text\n")
            guard FileManager.default.isExecutableFile(atPath: "/usr/bin/pdftotext") else { return }
            let result = try CommandRunner.run(["ingest", file.path, "--db", db])
            #expect(result.status == 0, "\(result.stderr)")
            let json = try CommandRunner.run(["documents", "--db", db, "--json"]).stdout
            let rows = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
            #expect(rows.first?["format"] as? String == "pdf")
            #expect(rows.first?["title"] as? String == "Russia to arm Mali")
            #expect((rows.first?["relations"] as? Int ?? 0) >= 1)
        }
    }

    @Test("Ingest shows a progress bar on a terminal's standard error, and none with --quiet")
    func progressOnTerminal() throws {
        try withTemporaryDirectory { dir in
            let db = dir.appendingPathComponent("g.sqlite").path
            let seeds = RepositoryFiles.seedsDirectory.path
            let shown = try run(["ingest", seeds, "--db", db], terminal: true)
            #expect(shown.status == 0)
            #expect(shown.stderr.contains("documents"))
            #expect(shown.stderr.contains("\r") && shown.stderr.hasSuffix("\r\u{1B}[K"))
            #expect(shown.stdout.hasPrefix("ingested 5 documents: "))
            let quiet = try run(
                ["ingest", seeds, "--db", dir.appendingPathComponent("q.sqlite").path, "--quiet"], terminal: true)
            #expect(quiet.status == 0 && quiet.stderr.isEmpty && quiet.stdout.isEmpty)
            let centrality = try run(["centrality", "--db", db, "--measure", "betweenness"], terminal: true)
            #expect(centrality.status == 0 && centrality.stderr.hasSuffix("\r\u{1B}[K"))
            let silent = try run(["centrality", "--db", db, "--measure", "betweenness", "-q"], terminal: true)
            #expect(silent.status == 0 && silent.stderr.isEmpty)
        }
    }

    @Test("The progress line: bar, count, rate and time left; work without a count shows its time")
    func progressLine() {
        #expect(
            ProgressDisplay.line(label: "documents", completed: 25, total: 100, elapsed: 5, columns: 120)
                == "[=====>              ] 25/100 documents  5.0/s  ETA 15s")
        #expect(
            ProgressDisplay.line(label: "sources", completed: 100, total: 100, elapsed: 200, columns: 120)
                == "[====================] 100/100 sources  0.5/s  ETA –")
        #expect(
            ProgressDisplay.line(
                label: "laying out 40 actors with Graphviz", completed: 0, total: nil, elapsed: 75.2, columns: 120)
                == "laying out 40 actors with Graphviz … 1m15s")
        #expect(ProgressDisplay.line(label: "documents", completed: 1, total: 3, elapsed: 1, columns: 20).count == 19)
        #expect(ProgressDisplay.duration(3725) == "1h02m")
    }
}
