public import ActorGraphCore
import Foundation
import GraphStore
import Interchange

/// What an import did.
public struct ImportReport: Codable, Sendable, Equatable {
    /// The file (or folder) read.
    public var path: String
    public var format: GraphFileFormat
    /// The store document that holds the import (`import:graph.graphml`), marked as imported.
    public var document: String
    /// True when the same file was imported before, so nothing changed.
    public var unchanged: Bool
    /// Actors and relations the file holds.
    public var fileEntities: Int
    public var fileRelations: Int
    /// Entities and relations in the store afterwards.
    public var entities: Int
    public var relations: Int
    /// Relations the store skipped (a self-loop after alias resolution), one line each.
    public var warnings: [String]

    /// The one-line summary the CLI prints.
    public var summary: String {
        let store = "\(counted(entities, "entity", "entities")), \(counted(relations, "relation"))"
        if unchanged { return "\(path): already imported, unchanged (\(store))" }
        return "imported \(path) (\(format.rawValue)): \(counted(fileEntities, "actor")), "
            + "\(counted(fileRelations, "relation")); the store holds \(store)"
    }
}

/// A graph file's bytes and how to read it, from a path or from standard input.
public struct ImportSource: Sendable {
    /// The name used in messages and in the store's document id.
    public var name: String
    public var bytes: [UInt8]
    public var format: GraphFileFormat
    /// For CSV: the node table and its name.
    public var nodes: (name: String, bytes: [UInt8])?

    public init(name: String, bytes: [UInt8], format: GraphFileFormat, nodes: (name: String, bytes: [UInt8])? = nil) {
        self.name = name
        self.bytes = bytes
        self.format = format
        self.nodes = nodes
    }

    /// Reads a graph file, or a folder holding `edges.csv` (and `nodes.csv`) as the CSV export writes it.
    ///
    /// - Parameters:
    ///   - path: The file or folder.
    ///   - format: Its format; nil tells it from the extension (a folder is CSV).
    ///   - nodesPath: For a CSV edge file, its node table.
    /// - Returns: The bytes to import, with their name and format.
    /// - Throws: ``ActorGraphKitError`` for a missing or unreadable path or an unknown format.
    public static func file(path: String, format: GraphFileFormat? = nil, nodesPath: String? = nil) throws
        -> ImportSource
    {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw ActorGraphKitError.missingPath(path)
        }
        if isDirectory.boolValue {
            let edges = (path as NSString).appendingPathComponent("edges.csv")
            guard FileManager.default.fileExists(atPath: edges) else {
                throw ActorGraphKitError.noEdgeTable(path: path)
            }
            let nodes = (path as NSString).appendingPathComponent("nodes.csv")
            let nodeTable = FileManager.default.fileExists(atPath: nodes) ? try (nodes, read(nodes)) : nil
            return ImportSource(
                name: (path as NSString).lastPathComponent, bytes: try read(edges), format: .csv,
                nodes: nodeTable.map { (name: $0.0, bytes: $0.1) })
        }
        guard let chosen = format ?? GraphFileFormat(importing: path) else {
            throw ActorGraphKitError.unknownGraphFormat(path: path)
        }
        let nodes = try nodesPath.map { (name: $0, bytes: try read($0)) }
        return ImportSource(
            name: (path as NSString).lastPathComponent, bytes: try read(path), format: chosen, nodes: nodes)
    }

    private static func read(_ path: String) throws -> [UInt8] {
        guard FileManager.default.fileExists(atPath: path) else { throw ActorGraphKitError.missingPath(path) }
        do {
            return Array(try Data(contentsOf: URL(fileURLWithPath: path)))
        } catch {
            throw ActorGraphKitError.unreadable(path: path, reason: error.localizedDescription)
        }
    }
}

extension Workspace {
    /// The prefix of the document id that holds an import: `import:graph.graphml`.
    public static let importPrefix = "import:"

    /// Brings a graph file into the store: its actors merge with stored ones by name and alias, its
    /// relations become relations whose evidence is marked as imported.
    ///
    /// The file becomes one document, `import:<name>`, marked `imported`. Each relation gets as many
    /// evidence rows as its weight: the sentences the file carries (citing the documents it names), then
    /// rows without text for the rest, numbered within the import. Importing the same bytes again changes
    /// nothing; importing a changed file under the same name replaces what the earlier one brought.
    /// - Parameters:
    ///   - source: The file's content, name and format.
    ///   - entityType: The type of actors whose file gives none (nil: such an actor is an error).
    ///   - relationType: The type of relations whose file gives none (nil: such a relation is an error).
    /// - Returns: What the file held and what the store holds afterwards.
    /// - Throws: the import error naming the line and element of a bad file (nothing is stored then).
    public func importGraph(
        _ source: ImportSource, entityType: EntityType? = nil, relationType: RelationType? = nil
    ) throws -> ImportReport {
        let defaults = ImportDefaults(entityType: entityType, relationType: relationType)
        guard let format = source.format.importFormat else {
            throw ActorGraphKitError.unknownGraphFormat(path: source.name)
        }
        let graph = try Importer.read(
            source.bytes, format: format, file: source.name, nodes: source.nodes.map { ($0.bytes, $0.name) },
            defaults: defaults)
        let id = Self.importPrefix + source.name
        let hash = SHA256.hex(of: source.bytes + (source.nodes?.bytes ?? []))
        var report = ImportReport(
            path: source.name, format: source.format, document: id, unchanged: false,
            fileEntities: graph.entities.count, fileRelations: graph.relations.count, entities: 0, relations: 0,
            warnings: [])
        if try store.documentState(id: id, contentHash: hash) == .unchanged {
            report.unchanged = true
        } else {
            let document = ExtractedDocument(
                id: id, contentHash: hash, length: source.bytes.count, entities: graph.entities,
                relations: Self.relations(graph.relations, document: id), provenance: .imported)
            report.warnings = try store.ingest([document]).warnings
        }
        let stats = try store.stats()
        report.entities = stats.entities
        report.relations = stats.relations
        return report
    }

    /// Imported relations with one evidence row per unit of weight, numbered across the import.
    static func relations(_ imported: [ImportedGraph.Relation], document: String) -> [Relation] {
        var ordinal = 0
        return imported.map { relation in
            var evidence: [Evidence] = []
            for index in 0..<relation.weight {
                let known = index < relation.sentences.count ? relation.sentences[index] : nil
                evidence.append(
                    Evidence(
                        document: known?.document ?? document, sentence: known?.sentence ?? "", start: ordinal,
                        end: ordinal, importedFrom: document))
                ordinal += 1
            }
            return Relation(
                source: relation.source, type: relation.type, target: relation.target,
                confidence: relation.confidence, evidence: evidence)
        }
    }
}
