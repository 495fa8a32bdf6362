import ActorGraphTestSupport
import Foundation
import Testing

/// Reports checked in a real browser: headless Chromium renders, dumps the DOM, screenshots and prints them.
///
/// Chromium is part of the platform (`make deps` installs it); without it these tests fail and say so.
@Suite(.serialized) struct ReportBrowserTests {
    private func fixture() throws -> (db: String, folder: URL) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "actorgraph-browser-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let db = folder.appendingPathComponent("seeds.sqlite").path
        let result = try CommandRunner.run(["ingest", RepositoryFiles.seedsDirectory.path, "--db", db])
        #expect(result.status == 0, "\(result.stderr)")
        return (db, folder)
    }

    private func report(_ db: String, _ out: URL, _ arguments: [String] = []) throws {
        let result = try CommandRunner.run(["report", "--db", db, "--out", out.path] + arguments)
        #expect(result.status == 0, "\(result.stderr)")
    }

    private func seedTexts() throws -> [String: [Unicode.Scalar]] {
        Dictionary(
            uniqueKeysWithValues: try RepositoryFiles.seedArticles().map { ($0.name, Array($0.text.unicodeScalars)) })
    }

    /// Text as Chromium serialises it, references decoded.
    private func decoded(_ html: Substring) -> String {
        String(html).replacing("&lt;", with: "<").replacing("&gt;", with: ">").replacing("&quot;", with: "\"")
            .replacing("&nbsp;", with: "\u{A0}").replacing("&amp;", with: "&")
    }

    private func ids(_ dom: String) -> [String] {
        dom.matches(of: /\sid="([^"]*)"/).map { decoded($0.1) }
    }

    @Test("The DOM holds every section, unique ids, and each quote verbatim at its note's offsets")
    func dom() throws {
        _ = try Chromium.executable()
        let (db, folder) = try fixture()
        let page = folder.appendingPathComponent("full.html")
        try report(db, page, ["--focus", "Russia", "--between", "Russia", "Mali", "--id-prefix", "full"])
        let dom = try Chromium.dumpDOM(of: page)
        for section in [
            "summary", "map", "legend", "actors", "profile", "connection", "sources", "methodology", "notes",
        ] {
            #expect(dom.contains("<section id=\"full-\(section)\""), "section \(section)")
        }
        #expect(dom.matches(of: /<figure id="full-figure-/).count == 3)
        let all = ids(dom)
        #expect(all.count > 200)
        #expect(Set(all).count == all.count)
        // Each quote's note gives its document and offsets; the seed's text there is the quote, verbatim.
        var notes: [String: (document: String, start: Int, end: Int)] = [:]
        for match in dom.matches(
            of: /<li id="full-note-(\d+)" value="\d+" data-document="([^"]*)" data-start="(\d+)" data-end="(\d+)">/)
        {
            notes[String(match.1)] = (decoded(match.2), Int(match.3) ?? -1, Int(match.4) ?? -1)
        }
        let texts = try seedTexts()
        let quotes = dom.matches(of: /<span class="sentence" data-note="(\d+)">([^<]*)<\/span>/)
        #expect(quotes.count >= 10)
        for quote in quotes {
            let note = try #require(notes[String(quote.1)], "note \(quote.1)")
            let text = try #require(texts[note.document])
            var slice = String.UnicodeScalarView()
            slice.append(contentsOf: text[note.start..<note.end])
            #expect(decoded(quote.2) == String(slice))
        }
        #expect(!dom.contains("<script"))
    }

    @Test("Two reports inlined in one page keep every id unique")
    func twoReportsInOnePage() throws {
        _ = try Chromium.executable()
        let (db, folder) = try fixture()
        let first = folder.appendingPathComponent("russia.html")
        let second = folder.appendingPathComponent("mali.html")
        try report(db, first, ["--focus", "Russia"])
        try report(db, second, ["--focus", "Mali", "--between", "Mali", "Niger"])
        func article(_ url: URL) throws -> String {
            let page = try String(contentsOf: url, encoding: .utf8)
            let start = try #require(page.firstRange(of: "<article"))
            let end = try #require(page.firstRange(of: "</article>"))
            return String(page[start.lowerBound..<end.upperBound])
        }
        let style = try #require(try String(contentsOf: first, encoding: .utf8).firstMatch(of: /<style>[^<]*<\/style>/))
        let combined = folder.appendingPathComponent("both.html")
        try
            ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"/>\(style.0)</head><body>"
            + (try article(first)) + (try article(second)) + "</body></html>").write(
                to: combined, atomically: true, encoding: .utf8)
        let dom = try Chromium.dumpDOM(of: combined)
        #expect(dom.matches(of: /<article class="actorgraph-report"/).count == 2)
        #expect(dom.matches(of: /<svg role="img"/).count == 5)
        let all = ids(dom)
        #expect(all.count > 300)
        let repeated = Dictionary(grouping: all, by: { $0 }).filter { $0.value.count > 1 }.keys.sorted()
        #expect(repeated.isEmpty, "repeated ids: \(repeated.prefix(5))")
    }

    @Test("A screenshot of the report is not blank: ink on a tenth of it, and the blue of state nodes")
    func screenshot() throws {
        _ = try Chromium.executable()
        let (db, folder) = try fixture()
        let page = folder.appendingPathComponent("shot.html")
        try report(db, page)
        let png = folder.appendingPathComponent("shot.png")
        try Chromium.screenshot(of: page, to: png, width: 1000, height: 2400)
        // Chromium decodes its own screenshot on a canvas and counts the pixels.
        let harness = folder.appendingPathComponent("count.html")
        let image = try Data(contentsOf: png).base64EncodedString()
        try """
        <!DOCTYPE html><html><body><img id="shot" src="data:image/png;base64,\(image)"/><pre id="result">pending</pre>
        <script>
        function measure() {
          const img = document.getElementById('shot');
          const canvas = document.createElement('canvas');
          canvas.width = img.naturalWidth; canvas.height = img.naturalHeight;
          const context = canvas.getContext('2d');
          context.drawImage(img, 0, 0);
          const data = context.getImageData(0, 0, canvas.width, canvas.height).data;
          let ink = 0, blue = 0;
          for (let i = 0; i < data.length; i += 4) {
            const r = data[i], g = data[i + 1], b = data[i + 2];
            if (r < 235 || g < 235 || b < 235) ink++;
            if (Math.abs(r - 0) < 12 && Math.abs(g - 114) < 12 && Math.abs(b - 178) < 12) blue++;
          }
          document.getElementById('result').textContent = [canvas.width, canvas.height, ink, blue].join(' ');
        }
        const img = document.getElementById('shot');
        if (img.complete) measure(); else img.onload = measure;
        </script></body></html>
        """.write(to: harness, atomically: true, encoding: .utf8)
        let dom = try Chromium.dumpDOM(of: harness)
        let result = try #require(dom.firstMatch(of: /<pre id="result">(\d+) (\d+) (\d+) (\d+)<\/pre>/))
        let (width, height, ink, blue) = (
            Int(result.1) ?? 0, Int(result.2) ?? 0, Int(result.3) ?? 0, Int(result.4) ?? 0
        )
        #expect(width == 1000 && height == 2400)
        #expect(Double(ink) / Double(width * height) > 0.05, "ink \(ink)")
        #expect(blue > 1000, "state blue \(blue)")
    }

    @Test("As an <img>, a report figure and a render keep their natural size (pt × 4/3 px)")
    func imageSizing() throws {
        _ = try Chromium.executable()
        let (db, folder) = try fixture()
        try report(db, folder.appendingPathComponent("fig.md"))
        let render = folder.appendingPathComponent("render.svg")
        #expect(try CommandRunner.run(["render", "--db", db, "--out", render.path, "--top", "5"]).status == 0)
        for name in ["fig-map.svg", "render.svg"] {
            let svg = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            let size = try #require(svg.firstMatch(of: /<svg width="(\d+)pt" height="(\d+)pt"/))
            let harness = folder.appendingPathComponent("img-\(name).html")
            try """
            <!DOCTYPE html><html><body><img id="figure" src="\(name)"/><pre id="result">pending</pre><script>
            const img = document.getElementById('figure');
            function report() { document.getElementById('result').textContent = img.naturalWidth + ' ' + img.naturalHeight; }
            if (img.complete) report(); else img.onload = report;
            </script></body></html>
            """.write(to: harness, atomically: true, encoding: .utf8)
            let dom = try Chromium.dumpDOM(of: harness)
            let result = try #require(dom.firstMatch(of: /<pre id="result">(\d+) (\d+)<\/pre>/), "\(name)")
            #expect(
                Int(result.1) == ((Int(size.1) ?? 0) * 4 + 1) / 3 || Int(result.1) == (Int(size.1) ?? 0) * 4 / 3,
                "\(name)")
            #expect(
                Int(result.2) == ((Int(size.2) ?? 0) * 4 + 1) / 3 || Int(result.2) == (Int(size.2) ?? 0) * 4 / 3,
                "\(name)")
        }
    }

    @Test("A PDF report is printed by Chromium, the same bytes each time")
    func pdf() throws {
        _ = try Chromium.executable()
        let (db, folder) = try fixture()
        let first = folder.appendingPathComponent("a.pdf")
        let second = folder.appendingPathComponent("b.pdf")
        try report(db, first, ["--focus", "Russia"])
        try report(db, second, ["--focus", "Russia"])
        let bytes = try Data(contentsOf: first)
        #expect(bytes.starts(with: Array("%PDF-".utf8)))
        #expect(bytes.count > 20_000)
        #expect(try Data(contentsOf: second) == bytes)
    }
}
