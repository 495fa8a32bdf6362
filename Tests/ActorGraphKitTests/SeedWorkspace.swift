import ActorGraphTestSupport
import Foundation

@testable import ActorGraphKit

/// One database of the five seeds, ingested once and shared by the read-only tests of this target.
let seedWorkspace: Result<Workspace, any Error> = Result {
    let path = FileManager.default.temporaryDirectory
        .appendingPathComponent("actorgraph-kit-\(UUID().uuidString).sqlite").path
    let workspace = try Workspace(databasePath: path, opening: .createIfMissing)
    _ = try workspace.ingest(paths: [RepositoryFiles.seedsDirectory.path])
    return workspace
}

/// The seed texts as scalar arrays, to slice evidence offsets back.
func seedScalars() throws -> [String: [Unicode.Scalar]] {
    Dictionary(
        uniqueKeysWithValues: try RepositoryFiles.seedArticles().map { ($0.name, Array($0.text.unicodeScalars)) })
}

func slice(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int) -> String {
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars[start..<end])
    return String(view)
}
