import ActorGraphTestSupport
import Foundation
import Testing

/// Numbers at the edges of floating point, through the real binary.
@Suite(.serialized) struct NumbersCommandTests {
    static func edges(_ text: String, in dir: URL) throws -> String {
        let url = dir.appendingPathComponent("edges.txt")
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    @Test("An infinite score is null in JSON with a warning, not 'EncodingError.invalidValue: inf'")
    func infiniteScoreIsNull() throws {
        try withTemporaryDirectory { dir in
            let path = try Self.edges("a b 1e308\na c 1e308\n", in: dir)
            let result = try CommandRunner.run(["centrality", "--measure", "strength", "--edges", path, "--json"])
            #expect(result.status == 0, "\(result.stderr)")
            let rows = try #require(
                try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
            #expect(rows.first?["name"] as? String == "a")
            #expect(rows.first?["score"] is NSNull)
            #expect(rows.last?["score"] as? Double == 1e308)
            #expect(result.stderr == "warning: 1 value is infinite or not a number; written as null\n")
        }
    }

    @Test("5e-324 is refused with its line; a path too long for floating point is said to be, not 'no path'")
    func extremeWeights() throws {
        try withTemporaryDirectory { dir in
            let subnormal = try Self.edges("a b 1\nb c 5e-324\n", in: dir)
            let refused = try CommandRunner.run(["path", "a", "c", "--edges", subnormal, "--weighted"])
            #expect(refused.status == 1)
            #expect(refused.stderr.hasPrefix("Error: \(subnormal):2: the weight in 'b c 5e-324' is subnormal"))
            // Six hops of length 1/3e-308 ≈ 3.3e307 add up past 1.8e308.
            let chain = (0..<6).map { "n\($0) n\($0 + 1) 3e-308" }.joined(separator: "\n")
            let long = try Self.edges(chain + "\n", in: dir)
            let overflow = try CommandRunner.run(["path", "n0", "n6", "--edges", long, "--weighted"])
            #expect(overflow.status == 1)
            #expect(
                overflow.stderr
                    == "Error: the weighted path from n0 to n6 is longer than the largest finite number (lengths are"
                    + " 1/weight); rescale the weights up\n")
            #expect(try CommandRunner.run(["path", "n0", "n6", "--edges", long]).status == 0)
        }
    }

    @Test("path --weighted --all on a b 1 / b c 1e300 / a c 1 ends at once with both tie paths")
    func allShortestEnds() throws {
        try withTemporaryDirectory { dir in
            let path = try Self.edges("a b 1\nb c 1e300\na c 1\n", in: dir)
            let result = try CommandRunner.run(["path", "a", "c", "--edges", path, "--weighted", "--all"])
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout == "path 1: a → c (2 hops)\n  a — b\n  b — c\npath 2: a → c (1 hop)\n  a — c\n")
        }
    }
}
