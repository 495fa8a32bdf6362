/// The two layout aids of a column map: names wrapped onto short lines, and single-relation actors staggered.
///
/// In a top-to-bottom drawing the width is set by the widest rank: a hub with ten leaves puts ten nodes side
/// by side. Graphviz's `unflatten -l 2` fixes that by alternating the minimum length of the edges to leaves
/// between 1 and 2 ranks; this does the same while writing the DOT, so no second program runs.
/// Source: Graphviz, unflatten(1) (https://graphviz.org/docs/cli/unflatten/)
enum ColumnLayout {
    /// Longest line of a wrapped node name, in characters; a longer single word keeps its own line.
    static let lineLength = 16

    /// The name broken at spaces into lines of at most `lineLength` characters.
    static func wrapped(_ name: String) -> String {
        var lines: [String] = []
        var line = ""
        for word in name.split(separator: " ", omittingEmptySubsequences: true) {
            if line.isEmpty {
                line = String(word)
            } else if line.count + 1 + word.count <= lineLength {
                line += " " + word
            } else {
                lines.append(line)
                line = String(word)
            }
        }
        if !line.isEmpty { lines.append(line) }
        return lines.isEmpty ? name : lines.joined(separator: "\n")
    }

    /// The `minlen` of each edge that ends at an actor with a single relation: 1, 2, 1, 2 … in edge order.
    ///
    /// `edges` must already be sorted (the writer's order), so the same map always gets the same ranks.
    static func staggering(_ edges: [MapEdge]) -> [String: Int] {
        var degree: [String: Int] = [:]
        for edge in edges where edge.source != edge.target {
            degree[edge.source, default: 0] += 1
            degree[edge.target, default: 0] += 1
        }
        var result: [String: Int] = [:]
        var leaves = 0
        for edge in edges where degree[edge.source] == 1 || degree[edge.target] == 1 {
            result[edge.id] = 1 + leaves % 2
            leaves += 1
        }
        return result
    }
}
