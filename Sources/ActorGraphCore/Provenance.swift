/// Where a document, and the evidence it holds, came from.
///
/// Documents are `extracted` or `imported`; `curated` marks evidence (and edges) a person added.
public enum Provenance: String, Codable, CaseIterable, Sendable, Hashable, CustomStringConvertible {
    /// Read from an article by the extractor.
    case extracted
    /// Brought in from a graph file (GraphML, GEXF, CSV, node-link JSON) by an import.
    case imported
    /// Cited by a person who added the relation by hand (a curation), checked word for word against the
    /// document's text.
    case curated

    public var description: String { rawValue }
}
