import Foundation
import Testing

@testable import Render

@Suite(.serialized)
struct GraphvizTests {
    @Test("DOT from DOTWriter round-trips through Graphviz's parser (agmemread)")
    func roundTrip() throws {
        for model in [
            SampleMaps.sahel(), SampleMaps.tiny(), SampleMaps.hostileMap(), SampleMaps.sahel(clustering: .byType),
        ] {
            try Graphviz.validate(dot: DOTWriter.write(model))
        }
    }

    @Test("Invalid DOT throws invalidDOT with Graphviz's message and prints nothing")
    func invalidDOT() throws {
        let (result, stderr) = capturingStandardError {
            Result { () throws(RenderError) in try Graphviz.validate(dot: "digraph G { a -> }") }
        }
        #expect(throws: RenderError.invalidDOT(message: "syntax error in line 1 near '}'")) { try result.get() }
        #expect(stderr == "")
    }

    @Test("Syntax errors name the line of the string, not of earlier parses")
    func lineNumbers() throws {
        try Graphviz.validate(dot: DOTWriter.write(SampleMaps.sahel()))
        #expect(throws: RenderError.invalidDOT(message: "syntax error in line 3 near '}'")) {
            try Graphviz.validate(dot: "digraph G {\n  a -> b;\n  b -> }\n")
        }
    }

    @Test("The same syntax error gives the same message twice in a row")
    func repeatedErrors() {
        for _ in 0..<3 {
            _ = try? Graphviz.render(dot: "digraph G { a -> b }", engine: .dot, format: .dot)
            #expect(throws: RenderError.invalidDOT(message: "syntax error in line 1 near '}'")) {
                try Graphviz.validate(dot: "digraph G { a -> }")
            }
            #expect(throws: RenderError.invalidDOT(message: "syntax error in line 1 near '}'")) {
                _ = try Graphviz.render(dot: "digraph G { a -> }", engine: .dot, format: .svg)
            }
        }
    }

    @Test("Rendering still works after a syntax error")
    func recoversAfterError() throws {
        #expect(throws: RenderError.self) { try Graphviz.validate(dot: "graph {") }
        let bytes = try Graphviz.render(dot: "digraph G { a -> b }", engine: .dot, format: .dot)
        #expect(String(decoding: bytes, as: UTF8.self).contains("a -> b"))
    }

    @Test("An unknown engine gives layoutFailed with Graphviz's list of engines, nothing on stderr")
    func unknownEngine() throws {
        let (result, stderr) = capturingStandardError {
            Result { () throws(RenderError) in
                try Graphviz.renderWithWarnings(dot: "digraph G { a }", engineName: "nosuch", formatName: "svg")
            }
        }
        guard case .failure(.layoutFailed(let engine, let message)) = result else {
            Issue.record("expected layoutFailed, got \(result)")
            return
        }
        #expect(engine == "nosuch")
        #expect(message.hasPrefix("Layout type: \"nosuch\" not recognized. Use one of:"))
        #expect(message.contains("sfdp"))
        #expect(stderr == "")
    }

    @Test("An unknown format gives renderFailed with Graphviz's list of formats, nothing on stderr")
    func unknownFormat() throws {
        let (result, stderr) = capturingStandardError {
            Result { () throws(RenderError) in
                try Graphviz.renderWithWarnings(dot: "digraph G { a }", engineName: "dot", formatName: "nosuch")
            }
        }
        guard case .failure(.renderFailed(let format, let message)) = result else {
            Issue.record("expected renderFailed, got \(result)")
            return
        }
        #expect(format == "nosuch")
        #expect(message == "renderer for nosuch is unavailable")
        #expect(stderr == "")
    }

    @Test("User-typed engine and format names parse, unknown ones throw", arguments: ["SFDP", "dot"])
    func parsing(name: String) throws {
        #expect(try LayoutEngine(parsing: name).rawValue == name.lowercased())
        #expect(throws: RenderError.unknownEngine(name: "spring")) { try LayoutEngine(parsing: "spring") }
        #expect(throws: RenderError.unknownFormat(name: "gif")) { try OutputFormat(parsing: "gif") }
        #expect(try OutputFormat(parsing: "PNG") == .png)
    }

    @Test("Every engine lays out the sample map and renders SVG", arguments: LayoutEngine.allCases)
    func everyEngine(engine: LayoutEngine) throws {
        let map = try MapRenderer().render(SampleMaps.sahel(), format: .svg, engine: engine)
        #expect(map.engine == engine)
        #expect(map.text.contains("<g id=\"n01\" class=\"node state\">"))
    }

    @Test("Every format renders", arguments: OutputFormat.allCases)
    func everyFormat(format: OutputFormat) throws {
        let bytes = try MapRenderer().render(SampleMaps.tiny(), format: format).bytes
        let prefix = String(decoding: bytes.prefix(5), as: UTF8.self)
        switch format {
        case .svg: #expect(prefix == "<?xml")
        case .png: #expect(Array(bytes.prefix(4)) == [0x89, 0x50, 0x4E, 0x47])
        case .pdf: #expect(prefix == "%PDF-")
        case .dot, .xdot: #expect(prefix == "digra")
        case .json:
            let object = try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any]
            #expect(object?["name"] as? String == "ActorGraph")
        }
    }

    @Test("Renders from several tasks at once do not crash and agree")
    func concurrentRenders() async throws {
        let expected = try MapRenderer().render(SampleMaps.sahel(), format: .svg).bytes
        let results = try await withThrowingTaskGroup(of: [UInt8].self) { group in
            for index in 0..<8 {
                group.addTask {
                    try MapRenderer().render(SampleMaps.sahel(), format: index.isMultiple(of: 2) ? .svg : .png).bytes
                }
            }
            var all: [[UInt8]] = []
            for try await bytes in group { all.append(bytes) }
            return all
        }
        #expect(results.count == 8)
        #expect(results.filter { $0 == expected }.count == 4)
    }

    @Test("Graphviz reports its version")
    func version() {
        #expect(Graphviz.version.hasPrefix("2."))
    }
}
