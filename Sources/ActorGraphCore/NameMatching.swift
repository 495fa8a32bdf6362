import Foundation

/// Name comparison that ignores case and accents, as the schema's matching rules ask.
public enum NameKey {
    /// The folded key of a name: lowercased, accents removed, runs of spaces and hyphens collapsed.
    ///
    /// "Goïta" and "goita" share a key, as do "Côte d’Ivoire" and "cote d'ivoire".
    public static func fold(_ name: String) -> String {
        // Nearly every key the extractor folds is ASCII: decomposing it through Foundation is pure overhead.
        if let ascii = foldASCII(name) { return ascii }
        return foldUnicode(name)
    }

    /// `fold` for ASCII-only text, byte by byte; nil when the text has any other scalar.
    static func foldASCII(_ name: String) -> String? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(name.utf8.count)
        var lastWasSpace = true
        for byte in name.utf8 {
            guard byte < 0x80 else { return nil }
            switch byte {
            case 0x09...0x0D, 0x20, UInt8(ascii: "-"):
                if !lastWasSpace { bytes.append(0x20) }
                lastWasSpace = true
                continue
            case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                bytes.append(byte + 0x20)
            case UInt8(ascii: "`"):
                bytes.append(UInt8(ascii: "'"))
            default:
                bytes.append(byte)
            }
            lastWasSpace = false
        }
        if bytes.last == 0x20 { bytes.removeLast() }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `fold` for any text: lowercase, canonical decomposition, combining marks dropped.
    static func foldUnicode(_ name: String) -> String {
        var out = String.UnicodeScalarView()
        var lastWasSpace = true
        for scalar in name.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars {
            if scalar.properties.generalCategory == .nonspacingMark { continue }
            var s = scalar
            if s == "\u{2019}" || s == "\u{2018}" || s == "`" { s = "'" }
            if s.properties.isWhitespace || s == "-" || s == "\u{2013}" || s == "\u{2014}" {
                if !lastWasSpace { out.append(" ") }
                lastWasSpace = true
                continue
            }
            out.append(s)
            lastWasSpace = false
        }
        var result = String(out)
        while result.hasSuffix(" ") { result.removeLast() }
        return result
    }

    /// Levenshtein distance between two folded names, for "did you mean" suggestions.
    public static func editDistance(_ a: String, _ b: String) -> Int {
        let x = Array(a.unicodeScalars)
        let y = Array(b.unicodeScalars)
        if x.isEmpty { return y.count }
        if y.isEmpty { return x.count }
        var previous = Array(0...y.count)
        var current = [Int](repeating: 0, count: y.count + 1)
        for i in 1...x.count {
            current[0] = i
            for j in 1...y.count {
                let substitution = previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1)
                current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
            }
            swap(&previous, &current)
        }
        return previous[y.count]
    }

    /// Up to `limit` candidates closest to `query`: exact, then prefix, then whole-word matches, then by edit distance.
    public static func closest(to query: String, among candidates: [String], limit: Int = 3) -> [String] {
        closest(to: query, among: candidates.map { (surface: $0, canonical: $0) }, limit: limit)
    }

    /// Up to `limit` canonical names whose own name or any alias is closest to `query`, without repeats.
    ///
    /// "Rusia" suggests Russia once, though both "Russia" and its alias "Russian" are close.
    public static func closest(
        to query: String, among candidates: [(surface: String, canonical: String)], limit: Int = 3
    ) -> [String] {
        let key = fold(query)
        let ranked = candidates.map { candidate in
            (canonical: candidate.canonical, rank: rank(of: fold(candidate.surface), for: key))
        }.sorted { ($0.rank, $0.canonical) < ($1.rank, $1.canonical) }
        var seen = Set<String>()
        var result: [String] = []
        for candidate in ranked where seen.insert(candidate.canonical).inserted {
            result.append(candidate.canonical)
            if result.count == limit { break }
        }
        return result
    }

    /// Lower is closer.
    ///
    /// Short candidates get no substring credit: "us" inside "rusia" means nothing.
    private static func rank(of candidate: String, for key: String) -> Int {
        if candidate == key { return 0 }
        if key.count >= 2 && candidate.hasPrefix(key) { return 1 }
        if key.count >= 3 && (" " + candidate + " ").contains(" " + key + " ") { return 2 }
        if candidate.count >= 4 && key.hasPrefix(candidate + " ") { return 2 }
        return 3 + editDistance(key, candidate)
    }
}
