import Extraction

/// Refuses dictionary names the store could not keep as written.
///
/// SQLite's C interface ends a string at NUL, so "Wag\u{0}ner" was silently stored as "Wag"; other control
/// characters would reach terminals and files. A dictionary is written by hand: an error naming the entry
/// is the right answer.
enum DictionaryCheck {
    static func check(_ dictionary: UserDictionary, path: String) throws {
        for entry in dictionary.entities {
            for name in [entry.name] + entry.aliases {
                if let scalar = name.unicodeScalars.first(where: isControl) {
                    let which = name == entry.name ? "the name" : "the alias '\(name)'"
                    throw ActorGraphKitError.invalidDictionaryEntry(
                        path: path, entry: entry.name,
                        problem: "\(which) holds the control character \(codePoint(scalar)); remove it")
                }
            }
        }
    }

    /// C0 (NUL included), DEL and C1 controls.
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }

    static func codePoint(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}
