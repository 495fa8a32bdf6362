import Analysis

/// The actor centralities, with NetworkX's definitions (docs/definitions.md).
public enum Measure: String, CaseIterable, Sendable, Codable {
    case degree
    case inDegree = "in-degree"
    case outDegree = "out-degree"
    case strength, closeness, harmonic, betweenness, eigenvector, pagerank, katz, hubs, authorities

    var analysis: CentralityMeasure {
        switch self {
        case .degree: .degree
        case .inDegree: .inDegree
        case .outDegree: .outDegree
        case .strength: .strength
        case .closeness: .closeness
        case .harmonic: .harmonic
        case .betweenness: .betweenness
        case .eigenvector: .eigenvector
        case .pagerank: .pagerank
        case .katz: .katz
        case .hubs: .hubs
        case .authorities: .authorities
        }
    }
}

/// Which way relations are followed.
public enum Direction: String, CaseIterable, Sendable, Codable {
    /// Only from source to target.
    case directed
    /// Either way.
    case undirected
}
