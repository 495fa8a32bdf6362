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
}
