import Foundation

/// spaCy's English rule lemmatizer: a lemma from the token's text, part of speech and morphology.
///
/// Source: spaCy 3.8 spacy/pipeline/lemmatizer.py (`__call__`, `rule_lemmatize`) and spacy/lang/en/lemmatizer.py
/// (`is_base_form`). A lemma the attribute ruler set is kept (the pipeline's `overwrite = false`).
struct Lemmatizer: Sendable {
    private let tables: [PartOfSpeech: LemmaTables]
    private let overwrite: Bool

    /// Reads `lemmatizer.json` from the model folder.
    init(folder: URL) throws(LanguageError) {
        let file = try LemmaTables.load(folder: folder)
        tables = file.tables
        overwrite = file.overwrite
    }

    /// Each token's lemma, given what the attribute ruler left on it.
    ///
    /// - Precondition: `attributes` has one entry per token.
    func callAsFunction(_ tokens: [Token], attributes: [TokenAttributes]) -> [String] {
        precondition(attributes.count == tokens.count, "one attribute set per token")
        return zip(tokens, attributes).map { token, attributes in
            if !overwrite, let lemma = attributes.lemma { return lemma }
            return lemma(of: token, pos: attributes.pos, morphology: attributes.morphology)
        }
    }

    /// `rule_lemmatize(token)[0]`: the first candidate lemma.
    func lemma(of token: Token, pos: PartOfSpeech, morphology: Morphology) -> String {
        if pos == .SPACE || Self.isBaseForm(pos: pos, morphology: morphology) { return token.lower }
        guard let table = tables[pos] else { return pos == .PROPN ? token.text : token.lower }
        let string = Array(token.lower.utf8)
        var forms: [String] = []
        var unknownForms: [String] = []
        for rule in table.rules where string.count >= rule.old.count && string.suffix(rule.old.count) == rule.old[...] {
            // A UTF-8 suffix that starts on a lead byte ends the prefix on a scalar boundary, as Python slices.
            let bytes = string.prefix(string.count - rule.old.count) + rule.new
            guard !bytes.isEmpty else { continue }
            let form = String(decoding: bytes, as: UTF8.self)
            if table.index.contains(ExactString(form)) {
                forms.insert(form, at: 0)
            } else if !Self.isAlphabetic(form) {
                forms.append(form)
            } else {
                unknownForms.append(form)
            }
        }
        var seen = Set<ExactString>()
        forms = forms.filter { seen.insert(ExactString($0)).inserted }
        for form in table.exceptions[ExactString(token.lower)] ?? [] where !seen.contains(ExactString(form)) {
            // spaCy re-tests against the growing list, so an exception listed twice is inserted once.
            seen.insert(ExactString(form))
            forms.insert(form, at: 0)
        }
        return forms.first ?? unknownForms.first ?? token.text
    }

    /// The English `is_base_form`: whether the form is uninflected, so the lemma is the lower-cased text.
    static func isBaseForm(pos: PartOfSpeech, morphology: Morphology) -> Bool {
        if pos == .NOUN && morphology.number == "Sing" { return true }
        if pos == .VERB && morphology.verbForm == "Inf" { return true }
        if pos == .VERB && morphology.verbForm == "Fin" && morphology.tense == "Pres" && morphology.number == nil {
            return true
        }
        if pos == .ADJ && morphology.degree == "Pos" { return true }
        return morphology.verbForm == "Inf" || morphology.verbForm == "None" || morphology.degree == "Pos"
    }

    /// Python's `str.isalpha()`: non-empty and every scalar a letter (general category L*).
    static func isAlphabetic(_ string: String) -> Bool {
        !string.isEmpty
            && string.unicodeScalars.allSatisfy { scalar in
                switch scalar.properties.generalCategory {
                case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: true
                default: false
                }
            }
    }
}
