import Foundation
import Render
import Testing

/// Writes sample renders to `$RENDER_SAMPLE_DIR` (when set) so a person can look at them.
@Suite(.serialized)
struct InspectionTests {
    @Test("Sahel sample renders to PNG and SVG in every clustering")
    func sampleRenders() throws {
        let directory = ProcessInfo.processInfo.environment["RENDER_SAMPLE_DIR"]
        for clustering in MapClustering.allCases {
            for format in [OutputFormat.png, .svg] {
                let map = try MapRenderer().render(SampleMaps.sahel(clustering: clustering), format: format)
                #expect(map.engine == .dot)
                #expect(map.notes.isEmpty, "\(map.notes)")
                if format == .png { #expect(Array(map.bytes.prefix(4)) == [0x89, 0x50, 0x4E, 0x47]) }
                if let directory, format == .svg {
                    let dotURL = URL(fileURLWithPath: directory).appendingPathComponent(
                        "sahel-\(clustering.rawValue).dot")
                    try DOTWriter.write(SampleMaps.sahel(clustering: clustering)).write(
                        to: dotURL, atomically: true, encoding: .utf8)
                }
                if let directory {
                    let url = URL(fileURLWithPath: directory).appendingPathComponent(
                        "sahel-\(clustering.rawValue).\(format.rawValue)")
                    try Data(map.bytes).write(to: url)
                }
            }
        }
    }

    @Test("Force-directed engines draw the sample too", arguments: [LayoutEngine.neato, .fdp, .sfdp])
    func forceDirected(engine: LayoutEngine) throws {
        let map = try MapRenderer().render(SampleMaps.sahel(), format: .png, engine: engine)
        #expect(map.engine == engine)
        #expect(Array(map.bytes.prefix(4)) == [0x89, 0x50, 0x4E, 0x47])
        if let directory = ProcessInfo.processInfo.environment["RENDER_SAMPLE_DIR"] {
            try Data(map.bytes).write(
                to: URL(fileURLWithPath: directory).appendingPathComponent("sahel-\(engine.rawValue).png"))
        }
    }

    @Test("Relation view: the Wagner → Mali → Russia path is emphasised, the rest faded")
    func highlightedRender() throws {
        var model = SampleMaps.sahel()
        let pathNodes: Set<String> = ["n06", "n02", "n01"]
        let pathEdges: Set<String> = ["e04", "e01"]
        for index in model.nodes.indices where pathNodes.contains(model.nodes[index].id) {
            model.nodes[index].highlighted = true
        }
        for index in model.edges.indices where pathEdges.contains(model.edges[index].id) {
            model.edges[index].highlighted = true
        }
        let map = try MapRenderer().render(model, format: .png)
        #expect(Array(map.bytes.prefix(4)) == [0x89, 0x50, 0x4E, 0x47])
        let svg = try MapRenderer().render(model, format: .svg).text
        #expect(svg.contains("<g id=\"e04\" class=\"edge neutral deployed_in highlighted\">"))
        #expect(svg.contains("fill=\"#0072b2\" fill-opacity=\"0.219608\""))  // a faded state
        if let directory = ProcessInfo.processInfo.environment["RENDER_SAMPLE_DIR"] {
            try Data(map.bytes).write(to: URL(fileURLWithPath: directory).appendingPathComponent("sahel-highlight.png"))
        }
    }
}
