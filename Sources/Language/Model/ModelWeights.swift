import Foundation

/// The trained weights of en_core_web_sm: one flat little-endian float32 file and its JSON manifest.
///
/// `Scripts/language/export_weights.py` writes both from the pip-installed model (layout documented there and
/// in docs/language.md). The file is copied once, in bulk, into one array and checked against the manifest's
/// byte count and 64-bit checksum (`checksum64`, a few milliseconds where SHA-256 in Swift takes tens), so a
/// truncated or damaged resource fails at load time with its name instead of parsing nonsense. The manifest's
/// SHA-256 is verified by the tests.
struct ModelWeights: Sendable {
    /// What the manifest says about the model as a whole.
    let manifest: WeightsManifest
    private let values: [Float]
    private let tensorsByName: [String: WeightsManifest.Tensor]

    /// Reads `weights.json` and `weights.f32` from `folder`.
    init(folder: URL) throws(LanguageError) {
        let manifestName = "en_core_web_sm/weights.json"
        let dataName = "en_core_web_sm/weights.f32"
        let manifestData = try Self.read(folder.appendingPathComponent("weights.json"), name: manifestName)
        do {
            manifest = try JSONDecoder().decode(WeightsManifest.self, from: manifestData)
        } catch {
            throw .malformedResource(name: manifestName, problem: "not a weights manifest (\(error))")
        }
        let bytes = try Self.read(folder.appendingPathComponent("weights.f32"), name: dataName, mapped: true)
        guard bytes.count == manifest.byteCount, bytes.count % 4 == 0 else {
            throw .malformedResource(
                name: dataName, problem: "\(bytes.count) bytes where the manifest says \(manifest.byteCount)")
        }
        guard String(Self.checksum64(bytes), radix: 16).leftPadded(to: 16) == manifest.checksum64 else {
            throw .malformedResource(name: dataName, problem: "checksum differs from the manifest's")
        }
        values = [Float](unsafeUninitializedCapacity: bytes.count / 4) { buffer, initialized in
            bytes.withUnsafeBytes { UnsafeMutableRawBufferPointer(buffer).copyMemory(from: $0) }
            initialized = buffer.count
            #if _endian(big)
                for index in 0..<initialized {
                    buffer[index] = Float(bitPattern: UInt32(littleEndian: buffer[index].bitPattern))
                }
            #endif
        }
        var byName: [String: WeightsManifest.Tensor] = [:]
        for tensor in manifest.tensors {
            guard tensor.offset % 4 == 0, tensor.offset / 4 + tensor.count <= values.count,
                tensor.shape.reduce(1, *) == tensor.count
            else {
                throw .malformedResource(name: manifestName, problem: "tensor \(tensor.name) lies outside the data")
            }
            byName[tensor.name] = tensor
        }
        tensorsByName = byName
    }

    /// The `checksum64` of export_weights.py: over the little-endian 64-bit words `wᵢ` of `bytes` (the last one
    /// zero-padded), the wrapping sum of `mix(wᵢ ^ i·φ)` with `mix(x) = (x ^ (x >> 32)) · 0xD6E8FEB86659FD93`.
    static func checksum64(_ bytes: Data) -> UInt64 {
        bytes.withUnsafeBytes { raw in
            let golden: UInt64 = 0x9e37_79b9_7f4a_7c15
            let words = raw.count / 8
            var sum: UInt64 = 0
            func mix(_ word: UInt64, _ index: Int) -> UInt64 {
                var x = word ^ (UInt64(index) &* golden)
                x ^= x >> 32
                return x &* 0xd6e8_feb8_6659_fd93
            }
            for index in 0..<words {
                sum &+= mix(UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index * 8, as: UInt64.self)), index)
            }
            if raw.count % 8 != 0 {
                var last: UInt64 = 0
                for (shift, byte) in raw[(words * 8)...].enumerated() { last |= UInt64(byte) << (8 * UInt64(shift)) }
                sum &+= mix(last, words)
            }
            return sum
        }
    }

    /// The tensor called `name`, checked to have `shape`.
    func tensor(_ name: String, shape: [Int]) throws(LanguageError) -> Tensor {
        guard let entry = tensorsByName[name] else {
            throw .malformedResource(name: "en_core_web_sm/weights.json", problem: "no tensor named \(name)")
        }
        guard entry.shape == shape else {
            throw .malformedResource(
                name: "en_core_web_sm/weights.json",
                problem: "tensor \(name) has shape \(entry.shape), expected \(shape)")
        }
        let start = entry.offset / 4
        return Tensor(shape: shape, values: Array(values[start..<(start + entry.count)]))
    }

    private static func read(_ url: URL, name: String, mapped: Bool = false) throws(LanguageError) -> Data {
        guard FileManager.default.fileExists(atPath: url.path) else { throw .missingResource(name: name) }
        do {
            return try Data(contentsOf: url, options: mapped ? .alwaysMapped : [])
        } catch {
            throw .malformedResource(name: name, problem: "unreadable (\(error.localizedDescription))")
        }
    }
}

/// A dense float32 array in C order with its shape.
struct Tensor: Sendable, Equatable {
    /// Dimensions, outermost first.
    let shape: [Int]
    /// `shape.reduce(1, *)` values in row-major order.
    let values: [Float]
}

/// The JSON manifest beside `weights.f32`.
struct WeightsManifest: Sendable, Decodable {
    /// One tensor's place in the data file.
    struct Tensor: Sendable, Decodable {
        let name: String
        let shape: [Int]
        /// Byte offset in `weights.f32`, a multiple of 64.
        let offset: Int
        /// Number of float32 values.
        let count: Int
    }

    /// One hash-embedding table: which lexical attribute it reads and how it hashes.
    struct Embedding: Sendable, Decodable {
        let attr: String
        let column: Int
        let seed: UInt32
        let rows: Int
        let tensor: String
    }

    /// The embedding layer of one tok2vec: its attribute columns and tables.
    struct Tok2VecSpec: Sendable, Decodable {
        let columns: [String]
        let embeddings: [Embedding]
    }

    /// Class labels of the tagger.
    struct TaggerSpec: Sendable, Decodable {
        let labels: [String]
    }

    /// Action names of a transition system, in class order (`S`, `D`, `L-nsubj`, `B-ORG`, …).
    struct TransitionSpec: Sendable, Decodable {
        let actions: [String]
    }

    let model: String
    let version: String
    let spacy: String
    let byteCount: Int
    let sha256: String
    /// `ModelWeights.checksum64` of the data file, 16 lowercase hex digits.
    let checksum64: String
    let tok2vec: Tok2VecSpec
    let nerTok2vec: Tok2VecSpec
    let tagger: TaggerSpec
    let parser: TransitionSpec
    let ner: TransitionSpec
    let tensors: [Tensor]
}

extension String {
    /// The string with leading zeros up to `length` characters.
    fileprivate func leftPadded(to length: Int) -> String {
        String(repeating: "0", count: max(0, length - count)) + self
    }
}
