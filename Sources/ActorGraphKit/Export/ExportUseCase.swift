import ActorGraphCore
import GraphStore
import Interchange

/// One file of an export, named as the format names it (`actorgraph.graphml`, `nodes.csv`, …).
public struct ExportOutput: Sendable, Equatable {
    public var name: String
    public var bytes: [UInt8]
}

extension Workspace {
    /// The formats `export` writes.
    public static var exportFormats: [String] { ExportFormat.allCases.map(\.rawValue) }

    /// The stored graph in a format other tools read: GraphML, GEXF, node-link JSON, CSV (two files) or Cypher.
    ///
    /// Every actor is exported, and every relation passing the filter with its evidence inside the window.
    /// - Throws: ``ActorGraphKitError/invalidOption(name:value:expected:)`` for an unknown format.
    public func export(format name: String, query: GraphQuery = .init()) throws -> [ExportOutput] {
        guard let format = ExportFormat(rawValue: name.lowercased()) else {
            throw ActorGraphKitError.invalidOption(
                name: "--format", value: name, expected: Self.exportFormats.joined(separator: "|"))
        }
        let relations = try store.relations(
            minConfidence: query.minConfidence, since: query.since, until: query.until
        ).filter { query.admits($0.type) }
        return try Exporter.export(entities: try store.entities(), relations: relations, format: format)
            .map { ExportOutput(name: $0.name, bytes: $0.bytes) }
    }
}
