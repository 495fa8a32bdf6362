public import ActorGraphCore
public import ActorGraphKit
public import ArgumentParser

// Every closed set of the command line is an enum the parser knows: a bad value is a usage error
// (exit 64) that lists the values, completions offer them, and the Kit receives the typed value.

extension GraphFileFormat: ExpressibleByArgument {}
extension MapFormat: ExpressibleByArgument {}
extension MapEngine: ExpressibleByArgument {}
extension Measure: ExpressibleByArgument {}
extension MapRequest.Clusters: ExpressibleByArgument {}
extension RelationType: ExpressibleByArgument {}

extension EntityType: ExpressibleByArgument {
    /// Accepts the type as users type it (`state`, `States`, `GROUP`).
    public init?(argument: String) { self.init(userInput: argument) }
}

/// `--max-document-size`: a size such as 10MB, 500KB or 1GiB.
struct DocumentSize: ExpressibleByArgument {
    var bytes: Int

    init?(argument: String) {
        guard let bytes = ByteCount.parse(argument) else { return nil }
        self.bytes = bytes
    }
}

/// `--polarity`: one of the four polarities, or any.
enum PolarityChoice: String, CaseIterable, ExpressibleByArgument {
    case cooperation, conflict, structural, neutral, any

    /// The polarity to keep; nil for any.
    var polarity: Polarity? { Polarity(rawValue: rawValue) }
}

/// What `centrality --measure` ranks: actors by a centrality, or relations by edge betweenness.
enum RankedMeasure: ExpressibleByArgument, Equatable {
    case actors(Measure)
    case edgeBetweenness

    init?(argument: String) {
        if argument.lowercased() == "edge-betweenness" {
            self = .edgeBetweenness
        } else if let measure = Measure(rawValue: argument.lowercased()) {
            self = .actors(measure)
        } else {
            return nil
        }
    }

    static var allValueStrings: [String] { Measure.allCases.map(\.rawValue) + ["edge-betweenness"] }

    var name: String {
        switch self {
        case .actors(let measure): measure.rawValue
        case .edgeBetweenness: "edge-betweenness"
        }
    }

    var defaultValueDescription: String { name }
}

extension Direction: EnumerableFlag {
    public static func help(for value: Direction) -> ArgumentHelp? {
        switch value {
        case .directed: "Follow relations only from source to target."
        case .undirected: "Follow relations either way."
        }
    }
}

extension ReviewReason: ExpressibleByArgument {
    /// Accepts `single-sentence` as well as the JSON spelling `single_sentence`.
    public init?(argument: String) {
        self.init(rawValue: String(argument.lowercased().map { $0 == "-" ? "_" : $0 }))
    }

    public static var allValueStrings: [String] { allCases.map { String($0.rawValue.map { $0 == "_" ? "-" : $0 }) } }
}
