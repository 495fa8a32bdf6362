import ActorGraphCore
import Foundation

/// The trained weights of en_core_web_sm: one flat little-endian float32 file and its JSON manifest.
///
/// `Scripts/language/export_weights.py` writes both from the pip-installed model (layout documented there and
/// in docs/language.md). The file is read with one allocation and checked against the manifest's SHA-256, so a
/// truncated or altered resource fails at load time with its name instead of parsing nonsense.
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
        let bytes = try Self.read(folder.appendingPathComponent("weights.f32"), name: dataName)
        guard bytes.count == manifest.byteCount else {
            throw .malformedResource(
                name: dataName, problem: "\(bytes.count) bytes where the manifest says \(manifest.byteCount)")
        }
        guard SHA256.hex(of: bytes) == manifest.sha256 else {
            throw .malformedResource(name: dataName, problem: "SHA-256 differs from the manifest's")
        }
        values = bytes.withUnsafeBytes { raw in
            Array(raw.bindMemory(to: Float.self)).map { Float(bitPattern: UInt32(littleEndian: $0.bitPattern)) }
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

    private static func read(_ url: URL, name: String) throws(LanguageError) -> Data {
        guard FileManager.default.fileExists(atPath: url.path) else { throw .missingResource(name: name) }
        do {
            return try Data(contentsOf: url)
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
    let tok2vec: Tok2VecSpec
    let nerTok2vec: Tok2VecSpec
    let tagger: TaggerSpec
    let parser: TransitionSpec
    let ner: TransitionSpec
    let tensors: [Tensor]
}
