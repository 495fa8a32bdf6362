import Foundation
import Testing

@testable import Language

@Suite("Precomputed lower layer, a block at a time")
struct PrecomputedFeaturesTests {
    @Test("rows read through evictions and reloads equal the whole-document product bit for bit")
    func evictionsKeepValues() throws {
        let parser = try DependencyParser(weights: ParserFixtures.weights())
        let model = parser.model
        let rows = (PrecomputedFeatures.residentBlocks + 8) * PrecomputedFeatures.blockRows + 5
        let width = StateModel.hiddenWidth
        let projected = Matrix(
            rows: rows, columns: width, values: (0..<(rows * width)).map { Float(sin(Double($0) * 0.37)) })
        let reference = model.lower(projected)
        var features = model.precompute(projected)
        let featureCount = model.featureCount
        let slot = StateModel.slotWidth
        // Forward through the document, with empty slots, a look back of 200 tokens, and, once, a look back to
        // the first block after more blocks than are resident were read (as a stack word far to the left).
        let step = 37
        let lookBack = (PrecomputedFeatures.residentBlocks + 2) * PrecomputedFeatures.blockRows / step + 1
        var states: [[Int]] = []
        for (index, token) in stride(from: 0, to: rows, by: step).enumerated() {
            states.append(
                (0..<featureCount).map { f in
                    switch f {
                    case 2: index == lookBack ? 0 : max(0, token - 200)
                    case 4: -1
                    default: min(rows - 1, token + f)
                    }
                })
        }
        #expect(states.count > lookBack)
        states.append([Int](repeating: rows - 1, count: featureCount))
        var offsets = [Int](repeating: 0, count: featureCount)
        var checked = 0
        for tokens in states {
            tokens.withUnsafeBufferPointer { tokens in
                offsets.withUnsafeMutableBufferPointer { features.offsets(of: tokens, into: $0) }
            }
            for (feature, token) in tokens.enumerated() {
                guard token >= 0 else {
                    #expect(offsets[feature] == -1)
                    continue
                }
                let expected = reference.values[
                    (token * featureCount + feature) * slot..<(token * featureCount + feature + 1) * slot]
                let actual = features.withValues {
                    Array(UnsafeBufferPointer(start: $0 + offsets[feature], count: slot))
                }
                #expect(Array(expected) == actual, "token \(token), slot \(feature)")
                checked += 1
            }
        }
        #expect(checked > rows / step * (featureCount - 1))
    }
}
