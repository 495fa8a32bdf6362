/// Where a document, and the evidence it holds, came from.
public enum Provenance: String, Codable, CaseIterable, Sendable, Hashable, CustomStringConvertible {
    /// Read from an article by the extractor.
    case extracted
    /// Brought in from a graph file (GraphML, GEXF, CSV, node-link JSON) by an import.
    case imported

    public var description: String { rawValue }
}
