internal import ActorGraphCore
internal import Foundation

extension Extractor {
    /// The version of the extraction code: raise it with every change to the code that changes what is read
    /// out of a text (the bundled resources are hashed into ``version`` and need no raise).
    public static let codeVersion = 9

    /// Which extractor read a document: the code version and the first 12 hex digits of a SHA-256 over every
    /// bundled resource file (rules, lexicons, gazetteers: each file's path and bytes, in path order), as
    /// `1-3f2a9c0d1e2b`.
    ///
    /// The store keeps it per document, so an ingest reads again the documents a different extractor read.
    public static let version: String = {
        let root = ResourceFile.root
        var paths: [String] = []
        if let walker = FileManager.default.enumerator(atPath: root.path) {
            while let next = walker.nextObject() as? String {
                var isDirectory: ObjCBool = false
                let full = root.appendingPathComponent(next).path
                if FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue {
                    paths.append(next)
                }
            }
        }
        var bytes: [UInt8] = []
        for path in paths.sorted() {
            bytes += Array(path.utf8) + [0]
            bytes += (try? Data(contentsOf: root.appendingPathComponent(path))).map(Array.init) ?? []
            bytes += [0]
        }
        return "\(codeVersion)-\(SHA256.hex(of: bytes).prefix(12))"
    }()
}
