import Foundation

/// The character predicates and lower-casing of the CPython that ran spaCy, from `python_unicode.json`.
///
/// Source: CPython 3.11 `Objects/unicodectype.c` (`str.isspace`, `isalpha`, `isdigit`, `isupper`, `lower`) and
/// `Modules/_sre/sre.c` (`\w`, `\d` for str patterns), tabulated by `Scripts/language/export_tokenizer.py` so
/// the results follow Python's Unicode version rather than the Swift runtime's.
struct PythonCharacters: Sendable {
    /// `str.isspace()`: the tokenizer's whitespace and `re`'s `\s`.
    let space: ScalarSet
    /// `str.isalpha()`: general categories Lu, Ll, Lt, Lm, Lo.
    let alpha: ScalarSet
    /// `str.isdigit()`: numeric type Digit or Decimal.
    let digit: ScalarSet
    /// `str.isupper()` of a one-character string.
    let upper: ScalarSet
    /// `re`'s `\w`: alphanumeric (`str.isalnum()`) or `_`.
    let word: ScalarSet
    /// `re`'s `\d`: decimal digits (`str.isdecimal()`).
    let decimal: ScalarSet
    /// The code points whose `str.lower()` is not themselves, with what it is.
    private let lowerMapping: [UInt32: [UInt32]]

    /// The resource's file name.
    static let fileName = "python_unicode.json"

    /// Reads `python_unicode.json` from the model folder.
    init(folder: URL) throws(LanguageError) {
        let name = "\(BundledModel.name)/\(Self.fileName)"
        let file: File
        do {
            let data = try Data(contentsOf: folder.appendingPathComponent(Self.fileName))
            file = try JSONDecoder().decode(File.self, from: data)
        } catch let error as DecodingError {
            throw .malformedResource(name: name, problem: "unreadable JSON (\(error))")
        } catch {
            throw .missingResource(name: name)
        }
        func set(_ pairs: [[UInt32]], _ key: String) throws(LanguageError) -> ScalarSet {
            var ranges: [ClosedRange<UInt32>] = []
            for pair in pairs {
                guard pair.count == 2, pair[0] <= pair[1] else {
                    throw .malformedResource(name: name, problem: "\(key): a range is not [low, high]")
                }
                ranges.append(pair[0]...pair[1])
            }
            return ScalarSet(ranges: ranges)
        }
        space = try set(file.isspace, "isspace")
        alpha = try set(file.isalpha, "isalpha")
        digit = try set(file.isdigit, "isdigit")
        upper = try set(file.isupper, "isupper")
        word = try set(file.word, "word")
        decimal = try set(file.decimal, "decimal")
        var mapping: [UInt32: [UInt32]] = [:]
        for (key, value) in file.lower {
            guard let code = UInt32(key) else {
                throw .malformedResource(name: name, problem: "lower: key \(key) is not a code point")
            }
            mapping[code] = value.unicodeScalars.map(\.value)
        }
        lowerMapping = mapping
    }

    /// `str.lower()` of the scalars, appended to `output` as UTF-8.
    ///
    /// Python lower-cases each character by its full mapping, except that a capital sigma becomes a final
    /// sigma when a cased letter precedes it and none follows (both skipping case-ignorable characters).
    func appendLowercased(_ scalars: ArraySlice<UInt32>, to output: inout UTF8Builder) {
        for index in scalars.indices {
            let scalar = scalars[index]
            if scalar < 128 {
                output.append(scalar >= 65 && scalar <= 90 ? scalar + 32 : scalar)
            } else if scalar == 0x3A3 {
                output.append(isFinalSigma(at: index, in: scalars) ? 0x3C2 : 0x3C3)
            } else if let mapped = lowerMapping[scalar] {
                for lowered in mapped { output.append(lowered) }
            } else {
                output.append(scalar)
            }
        }
    }

    /// CPython's `handle_capital_sigma` (Unicode's Final_Sigma condition).
    private func isFinalSigma(at index: Int, in scalars: ArraySlice<UInt32>) -> Bool {
        var before = index - 1
        while before >= scalars.startIndex && Self.isCaseIgnorable(scalars[before]) { before -= 1 }
        guard before >= scalars.startIndex, Self.isCased(scalars[before]) else { return false }
        var after = index + 1
        while after < scalars.endIndex && Self.isCaseIgnorable(scalars[after]) { after += 1 }
        return after == scalars.endIndex || !Self.isCased(scalars[after])
    }

    private static func isCased(_ value: UInt32) -> Bool {
        Unicode.Scalar(value)?.properties.isCased ?? false
    }

    private static func isCaseIgnorable(_ value: UInt32) -> Bool {
        Unicode.Scalar(value)?.properties.isCaseIgnorable ?? false
    }

    private struct File: Decodable {
        let isspace: [[UInt32]]
        let isalpha: [[UInt32]]
        let isdigit: [[UInt32]]
        let isupper: [[UInt32]]
        let word: [[UInt32]]
        let decimal: [[UInt32]]
        let lower: [String: String]
    }
}
