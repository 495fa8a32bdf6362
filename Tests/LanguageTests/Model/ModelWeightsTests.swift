import ActorGraphCore
import Foundation
import Testing

@testable import Language

@Suite("Model weights")
struct ModelWeightsTests {
    @Test("the bundled weights load, match their checksum and keep spaCy's shapes and values")
    func bundledWeights() throws {
        let weights = try ModelWeights(folder: BundledModel.folder())
        #expect(weights.manifest.model == "en_core_web_sm")
        #expect(weights.manifest.tensors.count == 66)
        let norm = try weights.tensor("tok2vec.embed.NORM.E", shape: [5000, 96])
        // nlp.get_pipe("tok2vec").model's NORM HashEmbed E[0, 0] and E[4999, 95], read in Python.
        #expect(norm.values[0] == Float(bitPattern: 0xBD18_8A92))
        #expect(norm.values[4999 * 96 + 95] == Float(bitPattern: 0xBECF_452E))
        #expect(weights.manifest.parser.actions.count == 106)
        #expect(weights.manifest.ner.actions.last == "O")
        #expect(throws: LanguageError.self) { try weights.tensor("tagger.W", shape: [96, 50]) }
    }

    @Test("the data file is the one the manifest's SHA-256 names")
    func sha256() throws {
        let folder = try BundledModel.folder()
        let weights = try ModelWeights(folder: folder)
        let data = try Data(contentsOf: folder.appendingPathComponent("weights.f32"))
        #expect(SHA256.hex(of: data) == weights.manifest.sha256)
    }

    @Test("checksum64 is export_weights.py's: values computed with numpy")
    func checksum() {
        // checksum64(bytes(range(1, 12))): words 0x0807060504030201 and the zero-padded 0x0b0a09.
        #expect(ModelWeights.checksum64(Data((1...11).map { UInt8($0) })) == 0x9c8a_0e12_2e48_4f0b)
        #expect(ModelWeights.checksum64(Data()) == 0)
    }

    @Test("a damaged data file fails to load with a message naming it")
    func damagedFile() throws {
        let source = try BundledModel.folder()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("weights-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(
            at: source.appendingPathComponent("weights.json"), to: folder.appendingPathComponent("weights.json"))
        var data = try Data(contentsOf: source.appendingPathComponent("weights.f32"))
        data[1_000_000] ^= 0x01
        try data.write(to: folder.appendingPathComponent("weights.f32"))
        #expect(
            throws: LanguageError.malformedResource(
                name: "en_core_web_sm/weights.f32", problem: "checksum differs from the manifest's")
        ) {
            try ModelWeights(folder: folder)
        }
    }
}
