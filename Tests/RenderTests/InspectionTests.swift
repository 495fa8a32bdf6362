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
                if let directory {
                    let url = URL(fileURLWithPath: directory).appendingPathComponent("sahel-\(clustering.rawValue).\(format.rawValue)")
                    try Data(map.bytes).write(to: url)
                }
            }
        }
    }
}
