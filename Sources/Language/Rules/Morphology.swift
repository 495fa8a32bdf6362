/// A token's morphological features as spaCy's attribute ruler sets them (`token.morph`).
///
/// Holds the full normalised feature string (`str(token.morph)`, such as `Number=Sing|PronType=Prs`, empty for
/// none) and, typed, the four features the English lemmatizer reads.
struct Morphology: Sendable, Hashable, CustomStringConvertible {
    /// `Feat=Val` pairs joined by `|`, sorted by feature name as spaCy normalises them; empty when there are none.
    let features: String
    /// `Number` (`Sing`, `Plur`), if present.
    let number: String?
    /// `VerbForm` (`Inf`, `Fin`, `Part`, `Ger`), if present.
    let verbForm: String?
    /// `Tense` (`Pres`, `Past`), if present.
    let tense: String?
    /// `Degree` (`Pos`, `Cmp`, `Sup`), if present.
    let degree: String?

    /// No features (spaCy's `_`).
    static let empty = Morphology(features: "", number: nil, verbForm: nil, tense: nil, degree: nil)

    var description: String { features }

    private init(features: String, number: String?, verbForm: String?, tense: String?, degree: String?) {
        self.features = features
        self.number = number
        self.verbForm = verbForm
        self.tense = tense
        self.degree = degree
    }

    /// Parses spaCy's feature string (`_` or empty for none); nil when a part is not `Feat=Val`.
    init?(parsing string: String) {
        guard string != "_", !string.isEmpty else {
            self = .empty
            return
        }
        var values: [Substring: Substring] = [:]
        for part in string.split(separator: "|", omittingEmptySubsequences: false) {
            let pair = part.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard pair.count == 2, !pair[0].isEmpty, !pair[1].isEmpty, values[pair[0]] == nil else { return nil }
            values[pair[0]] = pair[1]
        }
        self.init(
            features: string, number: values["Number"].map(String.init), verbForm: values["VerbForm"].map(String.init),
            tense: values["Tense"].map(String.init), degree: values["Degree"].map(String.init))
    }
}
