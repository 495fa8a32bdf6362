import Glibc

extension CSRGraph {
    /// Reads a whitespace-separated edge list: `source target [weight]` per line, `#` comments, blank lines ignored.
    ///
    /// Names may be any tokens; canonical non-negative integers take a fast path but are still labels ("7" is the
    /// node named "7"). Nodes are numbered in order of first appearance, as NetworkX's `read_edgelist` adds them.
    /// A graph is weighted when any line has a weight; lines without one weigh 1. Duplicates merge by `duplicates`.
    /// - Parameters:
    ///   - path: the file to read.
    ///   - directed: keep edge direction (default true).
    ///   - duplicates: repeated pairs keep the last line's weight by default, as `nx.read_edgelist` does.
    /// - Returns: the graph, labels in order of first appearance.
    /// - Throws: ``AnalysisError/unreadableFile(path:reason:)``, ``AnalysisError/malformedEdgeLine(file:line:text:)``
    ///   (also for a weight that is not a positive finite number).
    /// - Complexity: O(*m*) hashing plus O(*n* + *m*) to freeze.
    public static func loadEdgeList(
        path: String, directed: Bool = true, duplicates: DuplicateEdgePolicy = .keepLast
    ) throws(AnalysisError) -> CSRGraph {
        guard let file = fopen(path, "r") else {
            throw .unreadableFile(path: path, reason: String(cString: strerror(errno)))
        }
        defer { fclose(file) }
        var reader = EdgeListReader(path: path)
        var line: UnsafeMutablePointer<CChar>?
        var capacity = 0
        defer { free(line) }
        while true {
            let length = getline(&line, &capacity, file)
            if length < 0 { break }
            guard let line else { break }
            let bytes = UnsafeRawBufferPointer(start: line, count: length).bindMemory(to: UInt8.self)
            try reader.consume(line: bytes)
        }
        if ferror(file) != 0 {
            throw .unreadableFile(path: path, reason: String(cString: strerror(errno)))
        }
        return .build(
            labels: reader.labels, sources: reader.sources, targets: reader.targets,
            weights: reader.sawWeight ? reader.weights : nil, origins: nil, directed: directed, duplicates: duplicates)
    }
}

/// Incremental parser state: node numbering, raw edges and the current line number.
private struct EdgeListReader {
    let path: String
    var lineNumber = 0
    var labels: [String] = []
    var sources: [Int32] = []
    var targets: [Int32] = []
    var weights: [Double] = []
    var sawWeight = false
    /// Node of each small integer name (-1 = not seen); the common case for generated edge lists.
    var integerNodes: [Int32] = []
    var otherNodes: [String: Int32] = [:]

    init(path: String) { self.path = path }

    mutating func consume(line: UnsafeBufferPointer<UInt8>) throws(AnalysisError) {
        lineNumber += 1
        // Up to three token ranges in fixed slots: no per-line allocation on the hot path.
        var starts = (0, 0, 0)
        var ends = (0, 0, 0)
        var tokenCount = 0
        var i = 0
        let end = line.count
        while i < end {
            let byte = line[i]
            if byte == UInt8(ascii: "#") { break }
            if Self.isSpace(byte) {
                i += 1
                continue
            }
            let start = i
            while i < end && !Self.isSpace(line[i]) && line[i] != UInt8(ascii: "#") { i += 1 }
            switch tokenCount {
            case 0: (starts.0, ends.0) = (start, i)
            case 1: (starts.1, ends.1) = (start, i)
            case 2: (starts.2, ends.2) = (start, i)
            default: throw malformed(line)
            }
            tokenCount += 1
        }
        if tokenCount == 0 { return }
        guard tokenCount >= 2 else { throw malformed(line) }
        var weight = 1.0
        if tokenCount == 3 {
            let text = String(decoding: UnsafeBufferPointer(rebasing: line[starts.2..<ends.2]), as: UTF8.self)
            guard let value = Double(text), value > 0, value.isFinite else { throw malformed(line) }
            weight = value
            if !sawWeight {
                // Weights are stored only once one appears, so unweighted files cost no weight array.
                weights = [Double](repeating: 1, count: sources.count)
                sawWeight = true
            }
        }
        sources.append(node(UnsafeBufferPointer(rebasing: line[starts.0..<ends.0])))
        targets.append(node(UnsafeBufferPointer(rebasing: line[starts.1..<ends.1])))
        if sawWeight { weights.append(weight) }
    }

    @inline(__always)
    private static func isSpace(_ byte: UInt8) -> Bool { byte == 32 || byte == 9 || byte == 10 || byte == 13 }

    private func malformed(_ line: UnsafeBufferPointer<UInt8>) -> AnalysisError {
        var text = String(decoding: line, as: UTF8.self)
        while let last = text.last, last.isWhitespace { text.removeLast() }
        return .malformedEdgeLine(file: path, line: lineNumber, text: text)
    }

    private mutating func node(_ token: UnsafeBufferPointer<UInt8>) -> Int32 {
        if let value = Self.canonicalInteger(token), value < 1 << 24 {
            if value >= integerNodes.count {
                integerNodes.append(
                    contentsOf: repeatElement(-1, count: max(value + 1, integerNodes.count * 2) - integerNodes.count))
            }
            if integerNodes[value] >= 0 { return integerNodes[value] }
            let index = Int32(labels.count)
            integerNodes[value] = index
            labels.append(String(value))
            return index
        }
        let name = String(decoding: token, as: UTF8.self)
        if let index = otherNodes[name] { return index }
        let index = Int32(labels.count)
        otherNodes[name] = index
        labels.append(name)
        return index
    }

    /// The value of a token written as a canonical non-negative integer ("0", "42"; not "007" or "+4").
    private static func canonicalInteger(_ token: UnsafeBufferPointer<UInt8>) -> Int? {
        guard !token.isEmpty, token.count <= 9 else { return nil }
        if token.count > 1 && token[0] == UInt8(ascii: "0") { return nil }
        var value = 0
        for byte in token {
            guard byte >= 48 && byte <= 57 else { return nil }
            value = value * 10 + Int(byte - 48)
        }
        return value
    }
}
