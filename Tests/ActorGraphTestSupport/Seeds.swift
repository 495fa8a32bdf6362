public import Foundation

/// Locations of the repository's test inputs, found from this source file so tests need no working directory.
public enum RepositoryFiles {
    /// The repository root (the folder holding Package.swift).
    public static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // ActorGraphTestSupport
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()

    /// `Tests/StoreFixtures/v3-curations`: a database made by the schema-3 build (`store.sqlite`), the
    /// articles it holds (`articles/`), written by `Scripts/fixtures/make-v3-store.sh`.
    public static var schema3Store: URL {
        root.appendingPathComponent("Tests/StoreFixtures/v3-curations", isDirectory: true)
    }

    /// The `seeds/` folder of sample articles.
    public static var seedsDirectory: URL { root.appendingPathComponent("seeds", isDirectory: true) }

    /// The seed articles as (file name, text), sorted by name.
    public static func seedArticles() throws -> [(name: String, text: String)] {
        let names = try FileManager.default.contentsOfDirectory(atPath: seedsDirectory.path)
            .filter { $0.hasSuffix(".txt") }
            .sorted()
        return try names.map { name in
            (name, try String(contentsOf: seedsDirectory.appendingPathComponent(name), encoding: .utf8))
        }
    }
}
