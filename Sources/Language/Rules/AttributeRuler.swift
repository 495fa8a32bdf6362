import Foundation

/// spaCy's attribute ruler: Matcher patterns over tags, labels and text that set POS, morphology and some lemmas.
///
/// Source: spaCy 3.8 spacy/pipeline/attributeruler.py (`match`, `set_annotations`). Every rule is matched on the
/// document as the tagger and parser left it; the matches are then applied in rule order (then start order), each
/// setting its attributes on the token at the rule's `index` within the match, so a later rule overwrites an
/// earlier one. The rules are en_core_web_sm's own, exported by `Scripts/language/export_rules.py`.
struct AttributeRuler: Sendable {
    /// The attributes one rule sets; nil for those it leaves alone.
    struct Assignment: Sendable {
        var pos: PartOfSpeech?
        var tag: Tag?
        var dependency: DependencyLabel?
        var lemma: String?
        var morphology: Morphology?
    }

    /// One rule: alternative token sequences, the attributes it sets and which token of a match gets them.
    struct Rule: Sendable {
        let alternatives: [[TokenSpec]]
        let assignment: Assignment
        /// Position in the match, negative from its end (Python indexing of the matched span).
        let index: Int
    }

    /// The rules in spaCy's order.
    let rules: [Rule]
    /// Alternatives, as (rule, alternative), whose first token needs a given tag.
    private let candidatesByTag: [Tag: [(rule: Int, alternative: Int)]]
    /// Alternatives whose first token needs a given lower-cased form (and no particular tag).
    private let candidatesByLowerForm: [ExactString: [(rule: Int, alternative: Int)]]
    /// Alternatives that must be tried at every token.
    private let unindexedCandidates: [(rule: Int, alternative: Int)]

    private static let resourceName = "en_core_web_sm/attribute_ruler.json"

    /// Reads `attribute_ruler.json` from the model folder.
    init(folder: URL) throws(LanguageError) {
        let url = folder.appendingPathComponent("attribute_ruler.json")
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw .missingResource(name: Self.resourceName)
        }
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw .malformedResource(name: Self.resourceName, problem: "unreadable (\(error.localizedDescription))")
        }
        try self.init(json: data)
    }

    /// Reads the rules from the JSON of `attribute_ruler.json`.
    init(json data: Data) throws(LanguageError) {
        let file: RuleFile
        do {
            file = try JSONDecoder().decode(RuleFile.self, from: data)
        } catch {
            throw .malformedResource(name: Self.resourceName, problem: "not an attribute-ruler file (\(error))")
        }
        rules = try file.patterns.enumerated().map { number, raw throws(LanguageError) in
            try Self.rule(raw, number: number)
        }
        var byTag: [Tag: [(rule: Int, alternative: Int)]] = [:]
        var byLowerForm: [ExactString: [(rule: Int, alternative: Int)]] = [:]
        var unindexed: [(rule: Int, alternative: Int)] = []
        for (number, rule) in rules.enumerated() {
            for (alternative, specs) in rule.alternatives.enumerated() {
                let candidate = (rule: number, alternative: alternative)
                if let tags = specs[0].requiredTags {
                    for tag in tags { byTag[tag, default: []].append(candidate) }
                } else if let forms = specs[0].requiredLowerForms {
                    for form in forms { byLowerForm[form, default: []].append(candidate) }
                } else {
                    unindexed.append(candidate)
                }
            }
        }
        candidatesByTag = byTag
        candidatesByLowerForm = byLowerForm
        unindexedCandidates = unindexed
        try checkEveryTagGetsPartOfSpeech()
    }

    /// The attributes of each token after all rules, given the tagger's tags and the parser's labels.
    ///
    /// - Precondition: `tags` and `dependencies` have one entry per token.
    func callAsFunction(_ tokens: [Token], tags: [Tag], dependencies: [DependencyLabel]) -> [TokenAttributes] {
        precondition(tags.count == tokens.count && dependencies.count == tokens.count, "one tag and label per token")
        var matches: [(rule: Int, target: Int)] = []
        func collect(_ candidates: [(rule: Int, alternative: Int)], at start: Int) {
            for candidate in candidates {
                let rule = rules[candidate.rule]
                let specs = rule.alternatives[candidate.alternative]
                guard start + specs.count <= tokens.count,
                    specs.indices.allSatisfy({ offset in
                        specs[offset].matches(
                            tokens[start + offset], tag: tags[start + offset],
                            dependency: dependencies[start + offset])
                    })
                else { continue }
                matches.append(
                    (candidate.rule, rule.index >= 0 ? start + rule.index : start + specs.count + rule.index))
            }
        }
        for start in tokens.indices {
            collect(candidatesByTag[tags[start]] ?? [], at: start)
            collect(candidatesByLowerForm[ExactString(tokens[start].lower)] ?? [], at: start)
            collect(unindexedCandidates, at: start)
        }
        // spaCy applies the matches sorted by rule number; all matches of one rule that reach the same token set
        // the same attributes, so their order among themselves does not matter.
        matches.sort { ($0.rule, $0.target) < ($1.rule, $1.target) }
        var pos = [PartOfSpeech?](repeating: nil, count: tokens.count)
        var result = tokens.indices.map { index in
            TokenAttributes(
                tag: tags[index], pos: .X, morphology: .empty, dependency: dependencies[index], lemma: nil)
        }
        for match in matches {
            let assignment = rules[match.rule].assignment
            if let value = assignment.pos { pos[match.target] = value }
            if let value = assignment.tag { result[match.target].tag = value }
            if let value = assignment.dependency { result[match.target].dependency = value }
            if let value = assignment.lemma { result[match.target].lemma = value.isEmpty ? nil : value }
            if let value = assignment.morphology { result[match.target].morphology = value }
        }
        for index in result.indices {
            // Every tag has a rule setting a POS (checked at load), so the fallback is never taken.
            result[index].pos = pos[index] ?? .X
        }
        return result
    }

    /// Fails unless each tag has a rule that sets a POS for every token with that tag, whatever its context.
    private func checkEveryTagGetsPartOfSpeech() throws(LanguageError) {
        var covered = Set<Tag>()
        for rule in rules where rule.assignment.pos != nil {
            for specs in rule.alternatives where specs.count == 1 {
                guard let tags = specs[0].requiredTags, specs[0].constraints.count == 1 else { continue }
                covered.formUnion(tags)
            }
        }
        let missing = Set(Tag.allCases).subtracting(covered)
        guard missing.isEmpty else {
            throw .malformedResource(
                name: Self.resourceName,
                problem: "no rule sets a POS for tags \(missing.map(\.rawValue).sorted()); re-export the rules")
        }
    }

    private static func rule(_ raw: RuleFile.RawRule, number: Int) throws(LanguageError) -> Rule {
        guard !raw.patterns.isEmpty else { throw TokenSpec.problem(number, "no patterns") }
        var alternatives: [[TokenSpec]] = []
        for pattern in raw.patterns {
            guard !pattern.isEmpty else { throw TokenSpec.problem(number, "an empty pattern") }
            guard (-pattern.count..<pattern.count).contains(raw.index) else {
                throw TokenSpec.problem(number, "index \(raw.index) lies outside a \(pattern.count)-token pattern")
            }
            var specs: [TokenSpec] = []
            for json in pattern { specs.append(try TokenSpec(json: json, rule: number)) }
            alternatives.append(specs)
        }
        var assignment = Assignment()
        for (key, value) in raw.attrs {
            guard case .string(let string) = value else { throw TokenSpec.problem(number, "\(key) is not a string") }
            switch key {
            case "POS":
                guard let pos = PartOfSpeech(rawValue: string) else {
                    throw TokenSpec.problem(number, "unknown POS \(string)")
                }
                assignment.pos = pos
            case "TAG":
                guard let tag = Tag(rawValue: string) else { throw TokenSpec.problem(number, "unknown TAG \(string)") }
                assignment.tag = tag
            case "DEP":
                guard let label = DependencyLabel(rawValue: string) else {
                    throw TokenSpec.problem(number, "unknown DEP \(string)")
                }
                assignment.dependency = label
            case "LEMMA":
                // An empty lemma is string ID 0, spaCy's "unset": applying it clears a lemma an earlier rule set.
                assignment.lemma = string
            case "MORPH":
                guard let morphology = Morphology(parsing: string) else {
                    throw TokenSpec.problem(number, "MORPH \(string) is not Feat=Val|Feat=Val")
                }
                assignment.morphology = morphology
            default:
                throw TokenSpec.problem(number, "setting \(key) is not implemented by the attribute ruler")
            }
        }
        return Rule(alternatives: alternatives, assignment: assignment, index: raw.index)
    }

    private struct RuleFile: Decodable {
        struct RawRule: Decodable {
            let patterns: [[[String: RuleJSON]]]
            let attrs: [String: RuleJSON]
            let index: Int
        }

        let patterns: [RawRule]
    }
}
