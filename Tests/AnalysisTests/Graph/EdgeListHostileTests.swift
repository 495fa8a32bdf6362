import ActorGraphCore
import Foundation
import Glibc
import Testing

@testable import Analysis

/// Edge lists an attacker or a careless export could write: extreme weights, bad bytes, look-alike names,
/// endless or blocking files.
@Suite struct EdgeListHostileTests {
    static func file(_ bytes: [UInt8]) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("edges-\(UUID().uuidString).txt")
        try Data(bytes).write(to: url)
        return url.path
    }

    @Test(
        "A subnormal weight is refused with its line; the smallest normal weight is accepted",
        arguments: [
            "5e-324", "1e-310", "2.2250738585072009e-308",
        ])
    func subnormalWeights(weight: String) throws {
        let text = "a b 1\nb c \(weight)\n"
        #expect(throws: AnalysisError.subnormalWeight(file: "w", line: 2, text: "b c \(weight)")) {
            try CSRGraph.parseEdgeList(Array(text.utf8), name: "w")
        }
        let smallest = try CSRGraph.parseEdgeList(Array("a b 2.2250738585072014e-308\n".utf8), name: "w")
        #expect(smallest.weights == [Double.leastNormalMagnitude])
        let message = AnalysisError.subnormalWeight(file: "w", line: 2, text: "b c 5e-324").description
        #expect(message.hasPrefix("w:2: the weight in 'b c 5e-324' is subnormal"))
    }

    @Test(
        "Tiny lengths absorbed into the distance (1 + 1e-300 == 1) end, with the tie paths: a b 1 / b c 1e300 / a c 1")
    func absorbedLengthsTerminate() throws {
        let graph = try CSRGraph.parseEdgeList(Array("a b 1\nb c 1e300\na c 1\n".utf8), name: "w", directed: false)
        let paths = graph.allShortestPaths(from: NodeIndex(0), to: NodeIndex(2), weighted: true)
        // a–c (length 1) and a–b–c (1 + 1e-300, equal in floating point); never a walk round b–c.
        #expect(paths.map { $0.nodes.map(\.int) } == [[0, 1, 2], [0, 2]])
        // The issue's own case: 1e-300 makes b–c very long, so only the direct edge is shortest.
        let long = try CSRGraph.parseEdgeList(Array("a b 1\nb c 1e-300\na c 1\n".utf8), name: "w", directed: false)
        #expect(long.allShortestPaths(from: NodeIndex(0), to: NodeIndex(2), weighted: true).map(\.nodes.count) == [2])
    }

    @Test("A clique of near-zero lengths behind one real hop: exponentially many ties, stopped at the limit")
    func exponentialTiesBounded() throws {
        // s -> k0…k29 at length 1; every k–k pair at length 1e-300, absorbed into 1.
        var lines = (0..<30).map { "s k\($0) 1" }
        for i in 0..<30 { for j in (i + 1)..<30 { lines.append("k\(i) k\(j) 1e300") } }
        let graph = try CSRGraph.parseEdgeList(Array(lines.joined(separator: "\n").utf8), name: "w", directed: false)
        // The k settled last has every other k before it: 2^28 shortest paths end there.
        let settled = graph.settleOrderFrom(0, weighted: true).settled
        let target = NodeIndex(try #require(settled.indices.max { settled[$0] < settled[$1] }))
        let paths = graph.allShortestPaths(from: NodeIndex(0), to: target, weighted: true, limit: 5000)
        #expect(paths.count == 5000)
        #expect(paths.allSatisfy { $0.nodes.first == NodeIndex(0) && $0.nodes.last == target })
        #expect(paths.allSatisfy { Set($0.nodes).count == $0.nodes.count })
    }

    @Test("Invalid UTF-8 in a name is refused with line and byte, never turned into U+FFFD")
    func invalidUTF8() {
        let bytes = Array("a b\n".utf8) + [0x63, 0xFF, 0x20, 0x64, 0x0A] + Array("e f\n".utf8)
        #expect(throws: AnalysisError.invalidUTF8(file: "w", line: 2, byte: 2)) {
            try CSRGraph.parseEdgeList(bytes, name: "w")
        }
        // Two different bad bytes used to become the same node "\u{FFFD}".
        #expect(throws: AnalysisError.self) { try CSRGraph.parseEdgeList([0x78, 0x20, 0xC3, 0x0A], name: "w") }
    }

    @Test("Names are compared by scalars: é and e + U+0301 are two nodes, each found by its own spelling")
    func unicodeNormalisation() throws {
        let text = "\u{E9}cole x\ne\u{301}cole y\n"
        let graph = try CSRGraph.parseEdgeList(Array(text.utf8), name: "w")
        #expect(graph.nodeCount == 4)
        #expect(graph.labels[0].unicodeScalars.elementsEqual("\u{E9}cole".unicodeScalars))
        #expect(graph.labels[2].unicodeScalars.elementsEqual("e\u{301}cole".unicodeScalars))
        #expect(try graph.nodeIndex(named: "e\u{301}cole") == NodeIndex(2))
        #expect(try graph.nodeIndex(named: "\u{E9}cole") == NodeIndex(0))
    }

    @Test("A 150 KB bad line is quoted in 80 characters with its size")
    func longLineShortened() {
        let line = "a b " + String(repeating: "x", count: 150_000)
        let error = #expect(throws: AnalysisError.self) { try CSRGraph.parseEdgeList(Array(line.utf8), name: "w") }
        let message = error?.description ?? ""
        #expect(message.count < 300)
        #expect(message.contains("… (150004 bytes)"))
        let tooLong = Array(repeating: UInt8(ascii: "a"), count: CSRGraph.maxEdgeListLineBytes + 1)
        #expect(throws: AnalysisError.lineTooLong(file: "w", line: 1, limit: CSRGraph.maxEdgeListLineBytes)) {
            try CSRGraph.parseEdgeList(tooLong, name: "w")
        }
    }

    @Test("A FIFO and /dev/zero are refused by kind instead of blocking or reading for ever")
    func specialFiles() throws {
        let fifo = FileManager.default.temporaryDirectory.appendingPathComponent("edges-\(UUID().uuidString)").path
        #expect(mkfifo(fifo, 0o644) == 0)
        defer { unlink(fifo) }
        #expect(throws: AnalysisError.unreadableFile(path: fifo, reason: "it is a named pipe (FIFO), not a file")) {
            try CSRGraph.loadEdgeList(path: fifo)
        }
        #expect(throws: AnalysisError.unreadableFile(path: "/dev/zero", reason: "it is a character device, not a file"))
        {
            try CSRGraph.loadEdgeList(path: "/dev/zero")
        }
    }

    @Test("Reading from a file and parsing the same bytes give the same graph")
    func fileAndBytesAgree() throws {
        let bytes = Array("# x\n7 x 2.5\nx Zoë  # c\n  7\t0\nx 7 3\n".utf8)
        let path = try Self.file(bytes)
        defer { unlink(path) }
        let fromFile = try CSRGraph.loadEdgeList(path: path, directed: false)
        let fromBytes = try CSRGraph.parseEdgeList(bytes, name: path, directed: false)
        #expect(fromFile.labels == fromBytes.labels)
        #expect(fromFile.weights == fromBytes.weights)
        #expect(fromFile.edgeCount == fromBytes.edgeCount)
    }

    @Test("Integer names far above the line count keep one node each, before and after the table grows")
    func largeIntegerNames() throws {
        // 7777777 arrives while the dense table is small (found by the fuzzer: the table used to be sized by the
        // value, 31 MB for a 10-byte line); after 2000 lines the table covers it, and it must stay one node.
        var lines = ["7777777 1", "1 7777777"]
        lines += (0..<2000).map { "\($0) \($0 + 1)" }
        lines += ["7777777 5", "99999999 7777777"]
        let graph = try CSRGraph.parseEdgeList(Array(lines.joined(separator: "\n").utf8), name: "w", directed: false)
        #expect(graph.labels.filter { $0 == "7777777" }.count == 1)
        #expect(graph.nodeCount == 2003)
        #expect(Set(graph.labels).count == graph.nodeCount)
        let big = try graph.nodeIndex(named: "7777777")
        let row = graph.outOffsets[big.int]..<graph.outOffsets[big.int + 1]
        #expect(row.map { graph.labels[Int(graph.outTargets[$0])] }.sorted() == ["1", "5", "99999999"])
    }
}
