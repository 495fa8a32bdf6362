import Foundation

/// Sizes in bytes as people write them ("10 MB", "500KB", "1GiB") and as messages show them.
public enum ByteCount {
    /// Parses a size: a positive number (decimals allowed) with an optional unit B, KB, MB, GB (powers of 1000)
    /// or KiB, MiB, GiB (powers of 1024), case-insensitive, with or without a space; nil when it is not one.
    public static func parse(_ text: String) -> Int? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let digits = trimmed.prefix { $0.isASCII && ($0.isNumber || $0 == ".") }
        let unit = trimmed.dropFirst(digits.count).trimmingCharacters(in: .whitespaces).lowercased()
        let multipliers: [String: Double] = [
            "": 1, "b": 1, "k": 1e3, "kb": 1e3, "m": 1e6, "mb": 1e6, "g": 1e9, "gb": 1e9,
            "kib": 1024, "mib": 1_048_576, "gib": 1_073_741_824,
        ]
        guard let number = Double(digits), let multiplier = multipliers[unit], number > 0,
            number * multiplier < 1e15
        else { return nil }
        return max(1, Int(number * multiplier))
    }

    /// "10 MB", "12.3 MB", "999 bytes": decimal units, at most one decimal.
    public static func describe(_ bytes: Int) -> String {
        let units: [(Double, String)] = [(1e9, "GB"), (1e6, "MB"), (1e3, "KB")]
        for (size, name) in units where Double(bytes) >= size {
            let value = Double(bytes) / size
            let rounded = (value * 10).rounded() / 10
            let text = rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
            return "\(text) \(name)"
        }
        return bytes == 1 ? "1 byte" : "\(bytes) bytes"
    }

    /// `text` cut to `limit` characters with "…", so an echoed value keeps a message on one short line.
    static func shortened(_ text: String, limit: Int = 60) -> String {
        text.count > limit ? String(text.prefix(limit - 1)) + "…" : text
    }
}
