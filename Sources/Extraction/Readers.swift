import ActorGraphCore

/// Everything the readers consult, loaded once: the lexicon, the gazetteer, the title index, the relation
/// rules and the assertion policy.
struct Readers: Sendable {
    let lexicon: Lexicon
    let gazetteer: Gazetteer
    /// Folded titles → role, for longest-match over tokens.
    let titles: PhraseTrie<TitleRole>
    let rules: RuleSet
    let policy: AssertionPolicy
    /// Names of entities the caller already knows (the store's), matched like gazetteer phrases.
    var local = PhraseTrie<PhraseEntry>()

    /// Loads the bundled English resources and adds `dictionary`'s entries, which win over built-ins.
    init(dictionary: UserDictionary) throws(ExtractionError) {
        lexicon = try Lexicon()
        gazetteer = try Gazetteer(lexicon: lexicon, dictionary: dictionary)
        var titles = PhraseTrie<TitleRole>()
        for (key, role) in lexicon.titles.sorted(by: { $0.key < $1.key }) {
            titles.insert(key, role)
            // "Special envoys Serdar Kılıç of Turkey and Ruben Rubinyan of Armenia": a title introduces a list
            // in the plural. (A listed plural of its own wins: it is inserted under the same key.)
            if let plural = Self.plural(of: key), lexicon.titles[plural] == nil { titles.insert(plural, role) }
        }
        self.titles = titles
        rules = try RuleSet()
        policy = try AssertionPolicy()
    }

    /// The regular English plural of a title's last word ("envoy" → "envoys", "secretary" → "secretaries"); nil
    /// for a title that ends in an abbreviation or a word with no plural of that shape.
    static func plural(of title: String) -> String? {
        guard let last = title.split(separator: " ").last, last.count >= 3, last.allSatisfy(\.isLetter) else {
            return nil
        }
        let stem = title.dropLast(last.count)
        let word = String(last)
        if word.hasSuffix("s") || word.hasSuffix("x") || word.hasSuffix("ch") || word.hasSuffix("sh") {
            return stem + word + "es"
        }
        if word.hasSuffix("y"), let before = word.dropLast().last, !"aeiou".contains(before) {
            return stem + word.dropLast() + "ies"
        }
        return stem + word + "s"
    }

    /// These readers with `known` entities' names and aliases recognised as phrases.
    func knowing(_ known: [Entity]) -> Readers {
        guard !known.isEmpty else { return self }
        var copy = self
        for entity in known {
            let entry = PhraseEntry(canonical: entity.name, type: entity.type, subtype: entity.subtype, kind: .name)
            for surface in [entity.name] + entity.aliases {
                // One-word person names are surnames: resolved through the document's full names instead.
                if entity.type == .person && !surface.contains(" ") { continue }
                copy.local.insert(surface, entry)
            }
        }
        return copy
    }
}
