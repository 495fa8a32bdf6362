import ActorGraphCore
import Language

/// One construction that gives a relation: a trigger word and the argument paths that fill its two ends.
///
/// Rules are data (`Resources/en/rules/*.json`, format in docs/extraction.md); the engine (`RuleEngine`) is
/// code. Each rule carries example sentences with the relations they must give, which one test runs.
struct RelationRule: Sendable {
    /// What makes a token a trigger.
    struct Trigger: Sendable {
        /// Lower-cased lemmas.
        var lemmas: Set<String>
        /// Parts of speech the trigger may have (any when empty).
        var pos: Set<PartOfSpeech>
        /// Titles of this role trigger the rule (their head token is the trigger).
        var titleRole: TitleRole?
    }

    /// An example sentence and every relation reading it must give (`[source, type, target]`).
    struct Example: Sendable, Decodable {
        let text: String
        let relations: [[String]]
    }

    let id: String
    let relation: RelationType
    let trigger: Trigger
    /// Alternatives for the source, tried in order: the first that reaches an entity wins.
    let source: [ArgumentPath]
    /// Alternatives for the target, likewise; empty for a mutual rule.
    let target: [ArgumentPath]
    /// The relation holds between every pair of source entities ("X and Y signed", "talks between X and Y"),
    /// reached through any of the source paths; a directed type then holds both ways ("war between X and Y").
    let mutual: Bool
    /// The relation also holds from target to source ("X clashed with Y").
    let bothWays: Bool
    /// Paths of which at least one must reach a token for the rule to apply ("provided *arms* to").
    let requires: [ArgumentPath]
    /// Paths that must reach nothing for the rule to apply (idioms: "joined forces").
    let unless: [ArgumentPath]
    /// Whether an argument stands for every token coordinated with it ("Mali, Niger and Burkina Faso signed");
    /// not for a title, which belongs to the one name it introduces.
    let coordination: Bool
    /// Narrower entity types than the schema's, when the construction needs them.
    let sourceTypes: Set<EntityType>?
    let targetTypes: Set<EntityType>?
    /// Group subtypes neither end may have ("told CNN" is an interview, no cooperation with CNN).
    let excludedSubtypes: Set<GroupSubtype>
    /// Only when exactly one entity qualifies as the target (a title with a state named elsewhere in the
    /// sentence).
    let uniqueTarget: Bool
    /// Used only when no other rule of the same relation type read anything from this trigger.
    let fallback: Bool
    /// Applies only where the trigger is negated or refused, and then asserts the relation: not recognising a
    /// state is opposing it ("Serbia refuses to recognise Kosovo", "Spain does not recognise Kosovo").
    let whenNegated: Bool
    /// Holds however the trigger is presented: failing to implement, or being accused of violating, an agreement
    /// still makes one a party to it.
    let presupposed: Bool
    /// The target paths start at each coordinated source name, not at the trigger: every name has its own
    /// target ("Special envoys Serdar Kılıç *of Turkey* and Ruben Rubinyan *of Armenia*").
    let perSource: Bool
    /// A government body's office holder holds a post in its state too ("*Russia's Foreign Ministry* spokeswoman
    /// Maria Zakharova" is an official of Russia): each target that is a state's body also gives that state, when
    /// the sentence names it.
    let bodyState: Bool
    let confidence: Double
    let examples: [Example]
    /// The file the rule came from, for messages.
    let file: String
}

/// Every relation rule of the language, indexed by trigger lemma.
struct RuleSet: Sendable {
    let rules: [RelationRule]
    private let byLemma: [String: [Int]]
    private let byTitleRole: [TitleRole: [Int]]

    /// Loads and validates every file in `Resources/en/rules/`.
    init() throws(ExtractionError) {
        var rules: [RelationRule] = []
        for file in try ResourceFile.files(in: "rules") {
            let decoded = try ResourceFile.decode(RuleFile.self, file)
            for raw in decoded.rules { rules.append(try Self.rule(raw, file: "Resources/en/\(file)")) }
        }
        try self.init(rules: rules)
    }

    /// A rule set from already-built rules (tests).
    init(rules: [RelationRule]) throws(ExtractionError) {
        var ids: Set<String> = []
        var byLemma: [String: [Int]] = [:]
        var byTitleRole: [TitleRole: [Int]] = [:]
        for (i, rule) in rules.enumerated() {
            guard ids.insert(rule.id).inserted else {
                throw .malformedData(file: rule.file, problem: "rule id '\(rule.id)' is used twice")
            }
            for lemma in rule.trigger.lemmas { byLemma[lemma, default: []].append(i) }
            if let role = rule.trigger.titleRole { byTitleRole[role, default: []].append(i) }
        }
        self.rules = rules
        self.byLemma = byLemma
        self.byTitleRole = byTitleRole
    }

    /// Rules triggered by a token with this lemma, folded text and part of speech.
    ///
    /// The folded text and its plain stem are tried too (the lemmatizer leaves a word it does not know as it is,
    /// or cuts it wrongly: "rebranded" → "rebrande"), and a noun rule admits proper nouns: in a title-case
    /// headline "Tensions" is tagged a proper noun and keeps its plural as lemma.
    func rules(lemma: String, key: String, pos: PartOfSpeech) -> [Int] {
        var found = byLemma[lemma] ?? []
        var forms = [key]
        for suffix in ["s", "ed", "d", "ing"] where key.hasSuffix(suffix) && key.count > suffix.count + 3 {
            forms.append(String(key.dropLast(suffix.count)))
        }
        // "mediating" that the tagger read as a noun: its lemma is the form ("mediating"), the verb's "mediate".
        if key.hasSuffix("ing") && key.count > 6 { forms.append(String(key.dropLast(3)) + "e") }
        for form in forms where form != lemma {
            for index in byLemma[form] ?? [] where !found.contains(index) { found.append(index) }
        }
        return found.filter { index in
            let wanted = rules[index].trigger.pos
            return wanted.isEmpty || wanted.contains(pos) || (pos == .PROPN && wanted.contains(.NOUN))
        }
    }

    /// Rules triggered by titles of `role`.
    func rules(titleRole role: TitleRole) -> [Int] { byTitleRole[role] ?? [] }

    private static func rule(_ raw: RawRule, file: String) throws(ExtractionError) -> RelationRule {
        func fail(_ problem: String) -> ExtractionError {
            .malformedData(file: file, problem: "rule '\(raw.id)': \(problem)")
        }
        guard let relation = RelationType(rawValue: raw.relation) else {
            throw fail("unknown relation type '\(raw.relation)'")
        }
        var pos: Set<PartOfSpeech> = []
        for name in raw.trigger.pos ?? [] {
            guard let p = PartOfSpeech(rawValue: name) else { throw fail("unknown part of speech '\(name)'") }
            pos.insert(p)
        }
        var titleRole: TitleRole?
        if let title = raw.trigger.titles {
            guard let role = TitleRole(rawValue: title) else { throw fail("unknown title role '\(title)'") }
            titleRole = role
        }
        let lemmas = Set((raw.trigger.lemmas ?? []).map { $0.lowercased() })
        guard !lemmas.isEmpty || titleRole != nil else { throw fail("the trigger names no lemma and no title role") }
        func paths(_ texts: [String]?) throws(ExtractionError) -> [ArgumentPath] {
            var result: [ArgumentPath] = []
            for text in texts ?? [] {
                do {
                    result.append(try ArgumentPath(text))
                } catch {
                    throw fail("path '\(text)': \(error.problem)")
                }
            }
            return result
        }
        let source = try paths(raw.source)
        let target = try paths(raw.target)
        let mutual = raw.mutual ?? false
        guard !source.isEmpty else { throw fail("no source path") }
        if mutual {
            guard target.isEmpty else { throw fail("a mutual rule has no target paths") }
        } else if target.isEmpty {
            throw fail("no target path")
        }
        func types(_ names: [String]?) throws(ExtractionError) -> Set<EntityType>? {
            guard let names else { return nil }
            var result: Set<EntityType> = []
            for name in names {
                guard let type = EntityType(rawValue: name) else { throw fail("unknown entity type '\(name)'") }
                result.insert(type)
            }
            return result
        }
        func subtypes(_ names: [String]?) throws(ExtractionError) -> Set<GroupSubtype> {
            var result: Set<GroupSubtype> = []
            for name in names ?? [] {
                guard let subtype = GroupSubtype(rawValue: name) else { throw fail("unknown group subtype '\(name)'") }
                result.insert(subtype)
            }
            return result
        }
        guard raw.confidence > 0, raw.confidence <= 1 else { throw fail("confidence must lie in (0, 1]") }
        guard raw.examples.contains(where: { !$0.relations.isEmpty }) else {
            throw fail("needs at least one example sentence with the relation it gives")
        }
        for example in raw.examples where example.relations.contains(where: { $0.count != 3 }) {
            throw fail("example '\(example.text)': each relation is [source, type, target]")
        }
        return RelationRule(
            id: raw.id, relation: relation, trigger: .init(lemmas: lemmas, pos: pos, titleRole: titleRole),
            source: source, target: target, mutual: mutual, bothWays: raw.bothWays ?? false,
            requires: try paths(raw.requires), unless: try paths(raw.unless), coordination: raw.coordination ?? true,
            sourceTypes: try types(raw.sourceTypes), targetTypes: try types(raw.targetTypes),
            excludedSubtypes: try subtypes(raw.excludedSubtypes),
            uniqueTarget: raw.uniqueTarget ?? false, fallback: raw.fallback ?? false,
            whenNegated: raw.whenNegated ?? false, presupposed: raw.presupposed ?? false,
            perSource: raw.perSource ?? false, bodyState: raw.bodyState ?? false, confidence: raw.confidence,
            examples: raw.examples, file: file)
    }
}

private struct RuleFile: Decodable {
    var rules: [RawRule]
}

private struct RawRule: Decodable {
    struct RawTrigger: Decodable {
        var lemmas: [String]?
        var pos: [String]?
        var titles: String?
    }
    var id: String
    var relation: String
    var trigger: RawTrigger
    var source: [String]?
    var target: [String]?
    var mutual: Bool?
    var bothWays: Bool?
    var coordination: Bool?
    var requires: [String]?
    var unless: [String]?
    var sourceTypes: [String]?
    var targetTypes: [String]?
    var excludedSubtypes: [String]?
    var uniqueTarget: Bool?
    var fallback: Bool?
    var whenNegated: Bool?
    var presupposed: Bool?
    var perSource: Bool?
    var bodyState: Bool?
    var confidence: Double
    var examples: [RelationRule.Example]
}
