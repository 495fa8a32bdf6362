import ActorGraphTestSupport
import Foundation
import Testing

@testable import actorgraph

/// Names from documents and edge lists cannot drive the terminal: ESC sequences, C1 controls and bidi
/// overrides are printed escaped by every command, in tables and in plain text.
@Suite(.serialized) struct TerminalOutputTests {
    /// Characters that must never reach the terminal raw.
    static let acting: [Unicode.Scalar] = ["\u{1B}", "\u{9B}", "\u{202E}", "\u{2066}", "\u{7}", "\u{0}"]

    static func assertInert(_ text: String, _ context: String) {
        for scalar in acting {
            #expect(!text.unicodeScalars.contains(scalar), "\(context) printed U+\(String(scalar.value, radix: 16))")
        }
    }

    @Test("The escape writes controls, C1 and bidi marks as visible text and leaves the rest alone")
    func escapes() {
        #expect(Terminal.escape("Mali") == "Mali")
        #expect(Terminal.escape("Goïta — “Sahel”") == "Goïta — “Sahel”")
        #expect(Terminal.escape("red\u{1B}[31m") == "red\\u{1B}[31m")
        #expect(Terminal.escape("ab\u{202E}cd\u{2069}") == "ab\\u{202E}cd\\u{2069}")
        #expect(Terminal.escape("c1\u{9B}2J") == "c1\\u{9B}2J")
        #expect(Terminal.escape("a\tb\nc\r") == "a\\tb\\nc\\r")
        #expect(Terminal.escape("one\ntwo\u{7}", keepingLineBreaks: true) == "one\ntwo\\u{7}")
        #expect(Terminal.escape("x\u{2028}y\u{061C}z\u{200F}") == "x\\u{2028}y\\u{61C}z\\u{200F}")
    }

    @Test("A table cell with a line break or an ESC keeps the table aligned")
    func tableCells() {
        var table = TextTable(headers: ["actor", "score"], numericColumns: [1])
        table.append(["A\u{1B}[2Jb\nc", "1"])
        table.append(["Mali", "22"])
        #expect(
            table.render().split(separator: "\n") == [
                "actor           score", "--------------  -----", "A\\u{1B}[2Jb\\nc      1",
                "Mali               22",
            ])
    }

    @Test("parse's table keeps its tabs and line breaks, and a token with U+202E or U+2066 comes out escaped")
    func parseTable() throws {
        try withTemporaryDirectory { dir in
            let file = dir.appendingPathComponent("hostile.txt")
            try "Russia backs Ma\u{2066}li\u{202E}.\n".write(to: file, atomically: true, encoding: .utf8)
            let result = try CommandRunner.run(["parse", file.path])
            #expect(result.status == 0, "\(result.stderr)")
            Self.assertInert(result.stdout, "parse")
            let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false)
            #expect(lines.first == "# id\ttext\tlemma\tpos\ttag\thead\tdep\tent\toffsets")
            // spaCy 3.8 + en_core_web_sm: Russia/NNP nsubj of backs (VBZ, ROOT).
            #expect(lines.dropFirst().first == "0\tRussia\tRussia\tPROPN\tNNP\t1\tnsubj\tB-GPE\t0-6")
            // The table escapes its cells itself (lower-case hex), so the terminal escape has nothing left to do.
            #expect(lines.contains { $0.contains("\tMa\\u{2066}li\\u{202e}.\t") })
        }
    }

    @Test("Edge-list labels with ESC, C1 and U+202E come out escaped from centrality, path, components, communities")
    func edgeListCommands() throws {
        try withTemporaryDirectory { dir in
            let edges = dir.appendingPathComponent("hostile.txt")
            let text = "Alpha\u{1B}[31m Be\u{202E}ta\nBe\u{202E}ta Gam\u{9B}ma\nGam\u{9B}ma Del\u{2066}ta\u{7}\n"
            try text.write(to: edges, atomically: true, encoding: .utf8)
            let runs: [[String]] = [
                ["centrality", "--edges", edges.path, "--measure", "pagerank", "--top", "0"],
                ["path", "Alpha\u{1B}[31m", "Del\u{2066}ta\u{7}", "--edges", edges.path, "--undirected"],
                ["components", "--edges", edges.path],
                ["communities", "--edges", edges.path],
                ["path", "Alpha\u{1B}[31m", "nobody\u{1B}[2J", "--edges", edges.path],
            ]
            for arguments in runs {
                let result = try CommandRunner.run(arguments)
                Self.assertInert(result.stdout, "\(arguments[0]) stdout")
                Self.assertInert(result.stderr, "\(arguments[0]) stderr")
            }
            let centrality = try CommandRunner.run(runs[0])
            #expect(centrality.stdout.contains("Alpha\\u{1B}[31m"))
            #expect(centrality.stdout.contains("Be\\u{202E}ta"))
            let path = try CommandRunner.run(runs[1])
            #expect(path.status == 0, "\(path.stderr)")
            #expect(path.stdout.hasPrefix("Alpha\\u{1B}[31m → Del\\u{2066}ta\\u{7} (3 hops)"))
            let missing = try CommandRunner.run(runs[4])
            #expect(missing.status == 1)
            #expect(missing.stderr.hasPrefix("Error: no actor named 'nobody\\u{1B}[2J'"))
        }
    }

    @Test("A file name with an OSC sequence and an actor renamed with ESC and U+202E are escaped everywhere")
    func storeCommands() throws {
        try withTemporaryDirectory { dir in
            let folder = dir.appendingPathComponent("news")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let seed = RepositoryFiles.seedsDirectory.appendingPathComponent("000_2232b512bc44f881.txt")
            let hostileFile = "report\u{1B}]0;pwned\u{7}.txt"
            try FileManager.default.copyItem(at: seed, to: folder.appendingPathComponent(hostileFile))
            let db = dir.appendingPathComponent("g.sqlite").path
            let ingest = try CommandRunner.run(["ingest", folder.path, "--db", db])
            #expect(ingest.status == 0, "\(ingest.stderr)")
            let hostileName = "Ma\u{1B}[31mli\u{202E}"
            let rename = try CommandRunner.run(["rename", "Mali", hostileName, "--db", db])
            #expect(rename.status == 0, "\(rename.stderr)")
            Self.assertInert(rename.stdout, "rename stdout")
            #expect(rename.stdout == "renamed Mali to Ma\\u{1B}[31mli\\u{202E}\n")
            let runs: [[String]] = [
                ["entities", "--db", db], ["relations", "--db", db], ["relations", "--entity", "Russia", "--db", db],
                ["path", "Russia", hostileName, "--db", db], ["relate", "Russia", hostileName, "--db", db],
                ["components", "--db", db], ["communities", "--db", db], ["centrality", "--db", db],
                ["remove", "nothing\u{1B}[2J.txt", "--db", db], ["merge", hostileName, "Nobody\u{9B}", "--db", db],
            ]
            for arguments in runs {
                let result = try CommandRunner.run(arguments)
                Self.assertInert(result.stdout, "\(arguments[0]) stdout")
                Self.assertInert(result.stderr, "\(arguments[0]) stderr")
            }
            let escapedName = "Ma\\u{1B}[31mli\\u{202E}"
            #expect(try CommandRunner.run(runs[0]).stdout.contains(escapedName))
            #expect(try CommandRunner.run(runs[1]).stdout.contains(escapedName))
            let path = try CommandRunner.run(runs[3])
            #expect(path.status == 0, "\(path.stderr)")
            #expect(path.stdout.contains("Russia → \(escapedName)"))
            #expect(path.stdout.contains("[report\\u{1B}]0;pwned\\u{7}.txt:"))
        }
    }
}
