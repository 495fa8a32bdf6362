import ActorGraphCore
import ActorGraphTestSupport
import Foundation
import Testing

@testable import ActorGraphKit

/// A short wire story (written for these tests) that the extractor reads three relations from.
let wireStory = """
    MOSCOW — Russia has agreed to supply weapons and military training to Mali, officials in Bamako said on \
    Tuesday. The deal follows the withdrawal of French forces from the country last year. Mali has deepened its \
    cooperation with Moscow since the coup, and Russian instructors are already deployed in Mali. Niger and \
    Burkina Faso are expected to sign similar agreements with Russia in the coming months, the officials said.

    """

/// Writes `text` to `name` under `folder`, creating the folders between.
func write(_ text: String, _ name: String, in folder: URL) throws {
    let url = folder.appendingPathComponent(name)
    try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try text.write(to: url, atomically: true, encoding: .utf8)
}

/// Document identity, source metadata, formats, re-extraction and copies, through the Kit's ingest.
@Suite("Sources: ids by path, citations, HTML, re-extraction, copies counted once")
struct SourceDocumentsTests {
    @Test("report.txt in two folders is two documents; a second folder's file never replaces the first's")
    func twoFolders() throws {
        try withTemporaryDirectory { dir in
            let corpus = dir.appendingPathComponent("corpus")
            try write(wireStory, "a/report.txt", in: corpus)
            let seed = try String(
                contentsOf: RepositoryFiles.seedsDirectory.appendingPathComponent("002_e6b5395012050f71.txt"),
                encoding: .utf8)
            try write(seed, "b/report.txt", in: corpus)
            let workspace = try Workspace.inMemory()
            let report = try workspace.ingest(paths: [corpus.path])
            #expect(report.documents == 2)
            #expect(try workspace.documents().map(\.id) == ["a/report.txt", "b/report.txt"])
            let cited = Set(try workspace.relations().flatMap(\.evidence).map(\.document))
            #expect(cited == ["a/report.txt", "b/report.txt"])

            // Ingested folder by folder, both are report.txt: the second is refused, the first is kept.
            let separate = try Workspace.inMemory()
            _ = try separate.ingest(paths: [corpus.appendingPathComponent("a").path])
            let before = try separate.relations()
            let second = try separate.ingest(paths: [corpus.appendingPathComponent("b").path])
            #expect(second.documents == 0)
            #expect(
                second.warnings == [
                    "\(corpus.path)/b/report.txt: document id 'report.txt' is already \(corpus.path)/a/report.txt,"
                        + " which is still there; skipped (ingest the folders' common parent so each keeps its path,"
                        + " give this file another id, or remove 'report.txt' first)"
                ])
            #expect(try separate.relations() == before)
            // Given its own id, it is a second document.
            let named = try separate.ingest(
                paths: [corpus.appendingPathComponent("b/report.txt").path], documentID: "b/report.txt")
            #expect(named.documents == 1)
            #expect(try separate.documents().map(\.id) == ["b/report.txt", "report.txt"])

            // The same text in both folders is one document, which stays at its first file: a later change
            // there replaces it.
            let twins = try Workspace.inMemory()
            try write(wireStory, "c/report.txt", in: corpus)
            _ = try twins.ingest(paths: [corpus.appendingPathComponent("a").path])
            #expect(try twins.ingest(paths: [corpus.appendingPathComponent("c").path]).unchanged == 1)
            #expect(try twins.documents().first?.path?.hasSuffix("/corpus/a/report.txt") == true)
            try write(seed, "a/report.txt", in: corpus)
            let changed = try twins.ingest(paths: [corpus.appendingPathComponent("a").path])
            #expect(changed.documents == 1 && changed.warnings.isEmpty)
        }
    }

    @Test("A moved file is recognised by its content: renamed, not read again; its old id is gone")
    func movedFile() throws {
        try withTemporaryDirectory { dir in
            let corpus = dir.appendingPathComponent("corpus")
            try write(wireStory, "inbox/wire.txt", in: corpus)
            let workspace = try Workspace.inMemory()
            _ = try workspace.ingest(paths: [corpus.path])
            let before = try workspace.relations().map(\.weight)
            try FileManager.default.createDirectory(
                at: corpus.appendingPathComponent("2024"), withIntermediateDirectories: true)
            try FileManager.default.moveItem(
                at: corpus.appendingPathComponent("inbox/wire.txt"), to: corpus.appendingPathComponent("2024/wire.txt"))
            let report = try workspace.ingest(paths: [corpus.path])
            #expect(report.moved == [MovedDocument(from: "inbox/wire.txt", to: "2024/wire.txt")])
            #expect(report.documents == 0 && report.unchanged == 1)
            #expect(report.summary.hasPrefix("ingested 0 documents (1 unchanged; 1 moved): "))
            #expect(try workspace.documents().map(\.id) == ["2024/wire.txt"])
            #expect(try workspace.relations().map(\.weight) == before)
            #expect(Set(try workspace.relations().flatMap(\.evidence).map(\.document)) == ["2024/wire.txt"])
        }
    }

    @Test("Front matter gives title, URL, outlet, author and date; relate cites them; offsets stay the file's")
    func frontMatterCitation() throws {
        try withTemporaryDirectory { dir in
            let frontMatter = """
                ---
                title: "Russia to arm Mali, officials say"
                url: https://news.example.org/2024/russia-mali
                outlet: Example News
                author: Jane Doe
                published: 2024-03-05
                ---

                """
            try write(frontMatter + wireStory, "wire.txt", in: dir)
            let workspace = try Workspace.inMemory()
            _ = try workspace.ingest(paths: [dir.appendingPathComponent("wire.txt").path])
            let report = try workspace.relate("Russia", "Mali")
            let evidence = try #require(report.direct.first?.evidence.first)
            #expect(
                evidence.source
                    == DocumentSource(
                        document: "wire.txt", title: "Russia to arm Mali, officials say", outlet: "Example News",
                        author: "Jane Doe", published: "2024-03-05", url: "https://news.example.org/2024/russia-mali"))
            // The date windows use the published date; offsets count from the top of the file.
            #expect(report.direct.first?.firstSeen == "2024-03-05")
            let file = Array((frontMatter + wireStory).unicodeScalars)
            #expect(slice(file, evidence.start, evidence.end) == evidence.sentence)
            #expect(try workspace.entities().allSatisfy { !["Doe", "Jane Doe", "Example News"].contains($0.name) })
        }
    }

    @Test("A sidecar NAME.json wins over front matter; a javascript: URL is left out with a warning")
    func sidecar() throws {
        try withTemporaryDirectory { dir in
            try write("---\ntitle: From the file\nurl: javascript:alert(1)\n---\n" + wireStory, "wire.txt", in: dir)
            try write(#"{"title": "From the sidecar", "outlet": "Agency", "extra": 3}"#, "wire.json", in: dir)
            let workspace = try Workspace.inMemory()
            let report = try workspace.ingest(paths: [dir.path])
            #expect(
                report.warnings == [
                    "\(dir.path)/wire.txt: front matter url 'javascript:alert(1)' left out: only http and https"
                        + " addresses are kept"
                ])
            let row = try #require(try workspace.documents().first)
            #expect(row.title == "From the sidecar" && row.outlet == "Agency" && row.url == nil)
            // A sidecar with a date that is not one stops a file named directly, naming the sidecar.
            try write(#"{"published": "March 5"}"#, "wire.json", in: dir)
            let error = #expect(throws: ActorGraphKitError.self) {
                try Workspace.inMemory().ingest(paths: [dir.appendingPathComponent("wire.txt").path])
            }
            #expect(
                error?.description
                    == "\(dir.path)/wire.json: sidecar 'published': 'March 5' is not a date; write it as YYYY-MM-DD")
        }
    }

    @Test("An HTML page: script, style and navigation are not read; title and meta tags are its source")
    func htmlPage() throws {
        try withTemporaryDirectory { dir in
            let paragraphs = wireStory.split(separator: ".").prefix(2).joined(separator: ".") + "."
            let page = """
                <!DOCTYPE html>
                <html><head><title>Russia to arm Mali | Example News</title>
                <meta property="og:title" content="Russia to arm Mali &amp; train its army">
                <meta property="og:site_name" content="Example News">
                <meta name="author" content="Jane Doe">
                <meta property="article:published_time" content="2024-03-05T09:30:00Z">
                <link rel="canonical" href="https://news.example.org/russia-mali">
                <style>body { font: 12px serif } .Niger { color: red }</style>
                <script>var text = "France opposes Chad. Niger supports Chad."; window.Chad = 1;</script>
                </head><body>
                <nav><a href="/">Home</a> Chad news: France opposes Chad.</nav>
                <article><h1>Russia to arm Mali</h1>
                <p>\(paragraphs.replacingOccurrences(of: "—", with: "&mdash;"))</p>
                <p>Mali has deepened its cooperation with Moscow since the coup, and Russian instructors are already
                deployed in <b>Mali</b>.<script>document.write("Chad supports Niger.")</script></p>
                </article>
                <footer>Chad opposes France. Copyright Example News</footer>
                </body></html>
                """
            try write(page, "page.html", in: dir)
            let workspace = try Workspace.inMemory()
            let report = try workspace.ingest(paths: [dir.path])
            #expect(report.documents == 1)
            let names = Set(try workspace.entities().map(\.name))
            #expect(names.contains("Russia") && names.contains("Mali"))
            #expect(names.isDisjoint(with: ["Chad", "France", "DOCTYPE", "Niger", "Example News"]))
            let row = try #require(try workspace.documents().first)
            #expect(row.format == .html && row.title == "Russia to arm Mali & train its army")
            #expect(row.outlet == "Example News" && row.author == "Jane Doe" && row.published == "2024-03-05")
            #expect(row.url == "https://news.example.org/russia-mali")
            // Offsets are into the extracted text, which the loader gives back.
            let text = try DocumentLoader.read(dir.appendingPathComponent("page.html").path).text
            #expect(text.hasPrefix("Russia to arm Mali\n\nMOSCOW — Russia has agreed"))
            #expect(!text.contains("<") && !text.contains("script") && !text.contains("Chad"))
            let scalars = Array(text.unicodeScalars)
            for evidence in try workspace.relations().flatMap(\.evidence) {
                #expect(slice(scalars, evidence.start, evidence.end) == evidence.sentence)
            }
        }
    }

    @Test("A new dictionary reads the stored documents again, and says so; a second run reads nothing")
    func dictionaryChange() throws {
        try withTemporaryDirectory { root in
            let dir = root.appendingPathComponent("articles")
            let story = wireStory.replacingOccurrences(
                of: "Russian instructors", with: "instructors from the Zorvan corps")
            try write(story, "wire.txt", in: dir)
            let workspace = try Workspace.inMemory()
            _ = try workspace.ingest(paths: [dir.path])
            #expect(try workspace.entities().contains { $0.name == "Zorvan Corps" } == false)
            try write(
                #"{"entities": [{"name": "Zorvan Corps", "type": "group", "subtype": "military", "aliases": ["Zorvan corps"]}]}"#,
                "dictionary.json", in: root)
            let dictionary = root.appendingPathComponent("dictionary.json").path
            let report = try workspace.ingest(paths: [dir.path], dictionaryPath: dictionary)
            #expect(report.documents == 1 && report.reextracted == 1)
            #expect(report.reextractionReasons == ["dictionary": 1])
            #expect(report.summary.hasPrefix("ingested 1 document (1 read again for a new dictionary): "))
            #expect(try workspace.relations(involving: "Zorvan Corps").map(\.type) == [.deployedIn])
            let again = try workspace.ingest(paths: [dir.path])
            #expect(again.documents == 0 && again.unchanged == 1)
            // A date given later is a reason too.
            let dated = try workspace.ingest(paths: [dir.path], date: "2024-05-01")
            #expect(dated.reextractionReasons == ["date": 1])
            #expect(try workspace.documents().first?.date == "2024-05-01")
        }
    }

    @Test("100 near-identical copies of a story weigh what one does; documents lists them as copies")
    func hundredCopies() throws {
        try withTemporaryDirectory { dir in
            let single = try Workspace.inMemory()
            try write(wireStory, "one/wire.txt", in: dir)
            _ = try single.ingest(paths: [dir.appendingPathComponent("one").path])
            let expected = try single.relations().map { "\($0.source) \($0.type) \($0.target) \($0.weight)" }
            #expect(expected.count == 3)

            let copies = dir.appendingPathComponent("copies")
            for index in 0..<100 {
                try write(wireStory + "Copy \(index).\n", String(format: "wire-%03d.txt", index), in: copies)
            }
            let workspace = try Workspace.inMemory()
            let report = try workspace.ingest(paths: [copies.path])
            #expect(report.documents == 100 && report.copies == 99)
            #expect(try workspace.relations().map { "\($0.source) \($0.type) \($0.target) \($0.weight)" } == expected)
            let graph = try workspace.analysisGraph(GraphQuery())
            #expect(graph.snapshot?.edges.map(\.weight) == [1, 1, 1])
            let rows = try workspace.documents()
            #expect(rows.filter { $0.copyOf == "wire-000.txt" }.count == 99)
            #expect(rows.first?.copies == 99)
        }
    }
}
