import ActorGraphCore
import Glibc

extension CSRGraph {
    /// The longest edge-list line read, in bytes; a longer one is an error, not an unbounded buffer.
    public static let maxEdgeListLineBytes = 1 << 20

    /// Reads a whitespace-separated edge list: `source target [weight]` per line, `#` comments, blank lines ignored.
    ///
    /// Names may be any tokens of valid UTF-8; they are compared by their exact Unicode scalars, as NetworkX compares
    /// Python strings, so `é` (U+00E9) and `e` + U+0301 are two nodes, and no invalid byte is ever replaced by U+FFFD.
    /// Canonical non-negative integers take a fast path but are still labels ("7" is the node named "7"). Nodes are
    /// numbered in order of first appearance, as NetworkX's `read_edgelist` adds them. A graph is weighted when any
    /// line has a weight; lines without one weigh 1. A weight must be a positive normal number (from about 2.2e-308 to
    /// 1.8e308): a subnormal weight such as 5e-324 has no finite length 1/weight. Duplicates merge by `duplicates`.
    /// - Parameters:
    ///   - path: the file to read: a regular file (a FIFO or a device is refused before it is opened).
    ///   - directed: keep edge direction (default true).
    ///   - duplicates: repeated pairs keep the last line's weight by default, as `nx.read_edgelist` does.
    /// - Returns: the graph, labels in order of first appearance.
    /// - Throws: ``AnalysisError/unreadableFile(path:reason:)``, ``AnalysisError/malformedEdgeLine(file:line:text:)``
    ///   (also for a weight that is not a positive finite number), ``AnalysisError/subnormalWeight(file:line:text:)``,
    ///   ``AnalysisError/invalidUTF8(file:line:byte:)``, ``AnalysisError/lineTooLong(file:line:limit:)``.
    /// - Complexity: O(*m*) hashing plus O(*n* + *m*) to freeze.
    public static func loadEdgeList(
        path: String, directed: Bool = true, duplicates: DuplicateEdgePolicy = .keepLast
    ) throws(AnalysisError) -> CSRGraph {
        var status = stat()
        if stat(path, &status) == 0 && status.st_mode & S_IFMT != S_IFREG {
            throw .unreadableFile(
                path: path, reason: "it is \(FileKind.describe(mode: UInt32(status.st_mode))), not a file")
        }
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
        return reader.graph(directed: directed, duplicates: duplicates)
    }

    /// Parses edge-list text already in memory, with the rules of ``loadEdgeList(path:directed:duplicates:)``;
    /// `name` stands for the file in errors.
    public static func parseEdgeList(
        _ bytes: [UInt8], name: String, directed: Bool = true, duplicates: DuplicateEdgePolicy = .keepLast
    ) throws(AnalysisError) -> CSRGraph {
        var reader = EdgeListReader(path: name)
        try bytes.withUnsafeBufferPointer { (buffer) throws(AnalysisError) -> Void in
            var start = 0
            while start < buffer.count {
                var end = start
                while end < buffer.count && buffer[end] != 10 { end += 1 }
                // The line with its newline, as getline gives it.
                try reader.consume(line: UnsafeBufferPointer(rebasing: buffer[start..<min(end + 1, buffer.count)]))
                start = end + 1
            }
        }
        return reader.graph(directed: directed, duplicates: duplicates)
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
    /// Node of each small integer name (-1 = not seen), the common case for generated edge lists.
    ///
    /// Its size is bounded by the lines read, so memory stays proportional to the input.
    var integerNodes: [Int32] = []
    /// Nodes of integer names too large for the table when first met.
    var spilledIntegers: [Int: Int32] = [:]
    /// Other names by their UTF-8 bytes: equal bytes are equal scalars, with no canonical equivalence.
    var otherNodes: [[UInt8]: Int32] = [:]

    init(path: String) { self.path = path }

    func graph(directed: Bool, duplicates: DuplicateEdgePolicy) -> CSRGraph {
        .build(
            labels: labels, sources: sources, targets: targets, weights: sawWeight ? weights : nil, origins: nil,
            directed: directed, duplicates: duplicates)
    }

    mutating func consume(line: UnsafeBufferPointer<UInt8>) throws(AnalysisError) {
        lineNumber += 1
        if line.count > CSRGraph.maxEdgeListLineBytes {
            throw .lineTooLong(file: path, line: lineNumber, limit: CSRGraph.maxEdgeListLineBytes)
        }
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
            // Positive but subnormal (5e-324): 1/weight is infinite, so the edge could never be walked.
            guard value.isNormal else { throw .subnormalWeight(file: path, line: lineNumber, text: Self.shown(line)) }
            weight = value
            if !sawWeight {
                // Weights are stored only once one appears, so unweighted files cost no weight array.
                weights = [Double](repeating: 1, count: sources.count)
                sawWeight = true
            }
        }
        for (start, end) in [(starts.0, ends.0), (starts.1, ends.1)] {
            if let bad = Self.firstInvalidUTF8(UnsafeBufferPointer(rebasing: line[start..<end])) {
                throw .invalidUTF8(file: path, line: lineNumber, byte: start + bad + 1)
            }
        }
        sources.append(node(UnsafeBufferPointer(rebasing: line[starts.0..<ends.0])))
        targets.append(node(UnsafeBufferPointer(rebasing: line[starts.1..<ends.1])))
        if sawWeight { weights.append(weight) }
    }

    @inline(__always)
    private static func isSpace(_ byte: UInt8) -> Bool { byte == 32 || byte == 9 || byte == 10 || byte == 13 }

    private func malformed(_ line: UnsafeBufferPointer<UInt8>) -> AnalysisError {
        .malformedEdgeLine(file: path, line: lineNumber, text: Self.shown(line))
    }

    /// The line as an error quotes it: trailing white space dropped, cut to 80 characters with its size.
    static func shown(_ line: UnsafeBufferPointer<UInt8>) -> String {
        var text = String(decoding: line, as: UTF8.self)
        while let last = text.unicodeScalars.last, last == " " || last == "\t" || last == "\n" || last == "\r" {
            text.unicodeScalars.removeLast()
        }
        guard text.unicodeScalars.count > 80 else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.prefix(79))) + "… (\(line.count) bytes)"
    }

    /// The offset of the first byte of `token` that breaks UTF-8, or nil.
    private static func firstInvalidUTF8(_ token: UnsafeBufferPointer<UInt8>) -> Int? {
        if token.allSatisfy({ $0 < 0x80 }) { return nil }
        var offset = 0
        var decoder = UTF8()
        var iterator = token.makeIterator()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): offset += UTF8.width(scalar)
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }

    private mutating func node(_ token: UnsafeBufferPointer<UInt8>) -> Int32 {
        if let value = Self.canonicalInteger(token) {
            if value < integerNodes.count && integerNodes[value] >= 0 { return integerNodes[value] }
            // An integer first met while the table was smaller than it lives here for good.
            if let index = spilledIntegers[value] { return index }
            let index = Int32(labels.count)
            labels.append(String(value))
            // The table may grow to 64 entries per line read: "16777215 0" alone no longer allocates 64 MB.
            if value < max(1 << 16, 64 * lineNumber) {
                if value >= integerNodes.count {
                    let size = min(max(value + 1, integerNodes.count * 2), max(1 << 16, 64 * lineNumber))
                    integerNodes.append(contentsOf: repeatElement(-1, count: size - integerNodes.count))
                }
                integerNodes[value] = index
            } else {
                spilledIntegers[value] = index
            }
            return index
        }
        let bytes = Array(token)
        if let index = otherNodes[bytes] { return index }
        let index = Int32(labels.count)
        otherNodes[bytes] = index
        labels.append(String(decoding: bytes, as: UTF8.self))
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
