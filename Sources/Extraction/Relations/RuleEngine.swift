import ActorGraphCore
import Language

/// A relation read from one sentence, before relations are merged per document.
struct RelationReading: Sendable, Hashable {
    var source: Int
    var type: RelationType
    var target: Int
    var sentence: Int
    var confidence: Double
    /// The rule that read it.
    var rule: String
    /// How the sentence presents it (only kept cases reach the document).
    var assertion: Assertion
    /// Read by a fallback rule (a bare title's state guessed from the sentence), which the rest of the document
    /// may overrule (`GuessReview`).
    var guess: Bool = false
    /// The title's head word, for readings of a title ("president" of "Argentine President Javier Milei").
    var titleWord: String? = nil
}

/// Applies the rule set to every trigger of a sentence.
///
/// For each token whose lemma and part of speech a rule names (and each title span, for title rules), the rule's
/// source and target paths are followed from the trigger; the first path of each that reaches an entity
/// decides that end. Every pair the schema admits becomes a reading, unless the statement is not asserted
/// (`AssertionPolicy`), in which case it is dropped or kept at a lower confidence as the policy says.
struct RuleEngine {
    let parse: ParseIndex
    let rules: RuleSet
    let policy: AssertionPolicy
    let roles: ArgumentRoles
    let entities: EntityTable
    /// The state each government body of the document belongs to, by entity ("United States Department of State"
    /// → United States), where that state is an entity of the document.
    let bodyStates: [Int: Int]

    /// Confidence multiplier for an end reached through a noun standing for it ("Russian forces").
    static let indirectFactor = 0.9

    /// The readings of sentence `sentence`, given its title spans, plus those the policy dropped.
    func read(sentence: Int, titles: [(tokens: Range<Int>, role: TitleRole)]) -> (
        kept: [RelationReading], dropped: [RelationReading]
    ) {
        var kept: [RelationReading] = []
        var dropped: [RelationReading] = []
        var triggers: [(token: Int, span: Range<Int>, rules: [Int])] = []
        for token in parse.sentenceTokens[sentence] {
            let found = rules.rules(lemma: parse.lemmas[token], key: parse.keys[token], pos: partOfSpeech(token))
            if !found.isEmpty { triggers.append((token, token..<(token + 1), found)) }
        }
        for title in titles {
            let found = rules.rules(titleRole: title.role)
            let head =
                title.tokens.last { !title.tokens.contains(parse.tokens[$0].head) } ?? title.tokens.upperBound - 1
            if !found.isEmpty { triggers.append((head, title.tokens, found)) }
        }
        for (token, span, ruleIndices) in triggers {
            let assertion = policy.classify(token, in: parse)
            var readTypes: Set<RelationType> = []
            let ordered =
                ruleIndices.filter { !rules.rules[$0].fallback } + ruleIndices.filter { rules.rules[$0].fallback }
            for index in ordered {
                let rule = rules.rules[index]
                if rule.fallback && readTypes.contains(rule.relation) { continue }
                let readings = apply(rule, trigger: token, span: span, sentence: sentence, assertion: assertion)
                guard !readings.isEmpty else { continue }
                readTypes.insert(rule.relation)
                for reading in readings {
                    if policy.treatments[reading.assertion]?.keep ?? false {
                        kept.append(reading)
                    } else {
                        dropped.append(reading)
                    }
                }
            }
        }
        return (kept, dropped)
    }

    private func apply(
        _ rule: RelationRule, trigger: Int, span: Range<Int>, sentence: Int, assertion: Assertion
    ) -> [RelationReading] {
        for path in rule.unless where !roles.follow(path, from: trigger, span: span).isEmpty { return [] }
        if !rule.requires.isEmpty,
            !rule.requires.contains(where: { !roles.follow($0, from: trigger, span: span).isEmpty })
        {
            return []
        }
        // (A plural title with its names in apposition; "Presidents Paul Kagame of Rwanda and Félix Tshisekedi of
        // Congo" gives each name its own state.)
        let plural =
            rule.trigger.titleRole != nil && [.NNS, .NNPS].contains(parse.tokens[span.upperBound - 1].tag)
            && span.upperBound < parse.tokens.count && parse.tokens[span.upperBound].text == ","
            && !rule.uniqueTarget
        let context = Context(
            trigger: trigger, span: span, sentence: parse.sentenceTokens[sentence], rule: rule,
            coordination: rule.coordination || plural)
        // A path that reaches only ends the schema rules out ("withdrew from … with *Pakistan*") does not stop the
        // search: the next path may reach the treaty.
        let sourceTypes = rule.sourceTypes ?? (rule.mutual || rule.bothWays ? nil : rule.relation.admissibleSources)
        let targetTypes = rule.targetTypes ?? (rule.bothWays ? nil : rule.relation.admissibleTargets)
        let sources =
            rule.mutual
            ? allReached(rule.source, context, types: rule.sourceTypes)
            : firstReached(rule.source, context, types: sourceTypes, excluding: nil)
        guard !sources.ends.isEmpty else { return [] }
        var pairs: [(source: (entity: Int, indirect: Bool), target: (entity: Int, indirect: Bool))] = []
        var argumentTokens =
            sources.tokens + [trigger] + parse.children(of: trigger, .dobj)
            + parse.children(of: trigger, .nsubjpass)
        // A modifier trigger's noun carries the determiner: "no *common* position".
        if [.amod, .compound].contains(parse.tokens[trigger].dep), let noun = parse.head(of: trigger) {
            argumentTokens.append(noun)
        }
        if rule.mutual {
            for (i, a) in sources.ends.enumerated() {
                for b in sources.ends[(i + 1)...] {
                    pairs.append((a, b))
                    if !rule.relation.isSymmetric { pairs.append((b, a)) }
                }
            }
        } else if rule.perSource {
            for token in sources.tokens {
                for member in roles.members(of: token) {
                    guard let m = roles.mentionAt[member] else { continue }
                    let source = roles.mentions[m].entity
                    guard sourceTypes?.contains(entities[source].type) ?? true else { continue }
                    for path in rule.target {
                        var ends: [(entity: Int, indirect: Bool)] = []
                        for end in roles.follow(path, from: member) where context.sentence.contains(end) {
                            collectEnds(at: end, types: targetTypes, coordination: false, into: &ends)
                        }
                        guard !ends.isEmpty else { continue }
                        for end in ends { pairs.append(((source, false), end)) }
                        break
                    }
                }
            }
        } else {
            var targets = firstReached(rule.target, context, types: targetTypes, excluding: sources.tokens)
            argumentTokens += targets.tokens
            if rule.uniqueTarget {
                targets.ends = targets.ends.filter { t in !sources.ends.contains { $0.entity == t.entity } }
                // "Secretary of State Marco Rubio said Washington welcomed the ceasefire between Thailand and
                // Cambodia": a title only one state has names that state among those the sentence names, and no
                // other ("Secretary of State Marco Rubio spoke with Egypt's foreign minister" gives nothing).
                let titleKey = context.span.map { parse.keys[$0] }.filter { !$0.isEmpty }.joined(separator: " ")
                if let only = roles.lexicon.stateTitles[titleKey] {
                    targets.ends = targets.ends.filter { entities[$0.entity].name == only }
                    if targets.ends.isEmpty { return [] }
                }
                if targets.ends.count != 1 {
                    let ends = Set(targets.ends.map(\.entity))
                    let tokens = targets.tokens.filter {
                        roles.mentionAt[$0].map { ends.contains(roles.mentions[$0].entity) } ?? false
                    }
                    guard sources.tokens.count == 1, let paired = pairedEnd(source: sources.tokens[0], tokens)
                    else { return [] }
                    targets.ends = [paired]
                }
                if roles.speaksOfAnotherPeople(in: context.sentence, than: targets.ends[0].entity) { return [] }
            }
            if rule.bodyState {
                // Only when the sentence names the state (the dev sets' rule): "Foreign Ministry spokeswoman Maria
                // Zakharova", after "Russia's Foreign Ministry" in an earlier sentence, names none, and neither does
                // the demonym inside a body's name ("Russian Foreign Ministry spokeswoman").
                let named = Set(
                    context.sentence.compactMap { roles.mentionAt[$0].map { roles.mentions[$0].entity } })
                targets.ends += targets.ends.compactMap { end in
                    bodyStates[end.entity].flatMap { named.contains($0) ? (entity: $0, indirect: true) : nil }
                }
            }
            for s in sources.ends {
                for t in targets.ends {
                    pairs.append((s, t))
                    if rule.bothWays { pairs.append((t, s)) }
                }
            }
        }
        var status = assertion
        if status == .asserted || status == .ended, argumentTokens.contains(where: { hasNegativeDeterminer($0) }) {
            status = .negated
        }
        if rule.whenNegated {
            // The refusal is the statement: "refused to recognise Kosovo" asserts the opposition.
            guard status == .negated || status == .denied else { return [] }
            status = .asserted
        }
        if rule.presupposed && status != .ended { status = .asserted }
        let factor = policy.treatments[status]?.confidenceFactor ?? 1
        var readings: [RelationReading] = []
        for (s, t) in pairs where s.entity != t.entity {
            let sourceType = entities[s.entity].type
            let targetType = entities[t.entity].type
            guard rule.relation.admits(source: sourceType, target: targetType) else { continue }
            // The schema admits any ends for opposes, supports and cooperates_with, but a text does not act: "its
            // Mutual Defense Treaty … covers armed attacks" is no attack by the treaty.
            if Self.actingRelations.contains(rule.relation),
                sourceType == .agreement || rule.relation == .cooperatesWith && targetType == .agreement
            {
                continue
            }
            if !rule.excludedSubtypes.isEmpty,
                [s.entity, t.entity].contains(where: {
                    entities[$0].subtype.map(rule.excludedSubtypes.contains) ?? false
                })
            {
                continue
            }
            var confidence = rule.confidence * factor
            if s.indirect { confidence *= Self.indirectFactor }
            if t.indirect { confidence *= Self.indirectFactor }
            readings.append(
                RelationReading(
                    source: s.entity, type: rule.relation, target: t.entity, sentence: sentence,
                    confidence: confidence, rule: rule.id, assertion: status, guess: rule.fallback,
                    titleWord: rule.trigger.titleRole != nil ? parse.keys[trigger] : nil))
        }
        return readings
    }

    /// The end paired with `source` when the sentence names two lists of one length, read in order ("between
    /// Guyana and Venezuela, … talks between President Irfaan Ali and President Nicolas Maduro": Ali is Guyana's),
    /// the development sets' rule for paired lists.
    private func pairedEnd(source: Int, _ targets: [Int]) -> (entity: Int, indirect: Bool)? {
        let sources = list(containing: source)
        guard sources.count >= 2, let index = sources.firstIndex(of: source), let first = targets.first else {
            return nil
        }
        let ends = list(containing: first)
        // Only a list "between" two sides pairs with another ("discussed Kenya and France" need not be in order).
        guard ends.count == sources.count, Set(targets) == Set(ends), let head = ends.first,
            parse.tokens[head].dep == .pobj, let prep = parse.head(of: head), parse.lemmas[prep] == "between",
            let m = roles.mentionAt[ends[index]]
        else {
            return nil
        }
        return (roles.mentions[m].entity, true)
    }

    /// The coordinated tokens `token` is one of, in order.
    private func list(containing token: Int) -> [Int] {
        parse.conjuncts(of: parse.firstConjunct(of: token))
    }

    /// Relations whose source acts.
    private static let actingRelations: Set<RelationType> = [.opposes, .supports, .cooperatesWith]

    /// Where a rule is being applied: its trigger token and words, and the sentence the ends must lie in.
    private struct Context {
        let trigger: Int
        let span: Range<Int>
        let sentence: Range<Int>
        let rule: RelationRule
        /// Whether coordinated names share an end: as the rule says, and always after a plural title with its
        /// names in apposition ("Two former Beninese *presidents*, Thomas Boni Yayi and Nicéphore Soglo").
        let coordination: Bool
    }

    /// The ends the first fruitful path reaches: the argument tokens and the entities they name, filtered by
    /// `types`, never a token of `excluding` (the other end).
    private func firstReached(
        _ paths: [ArgumentPath], _ context: Context, types: Set<EntityType>?, excluding: [Int]?
    ) -> (tokens: [Int], ends: [(entity: Int, indirect: Bool)]) {
        for path in paths {
            let tokens = roles.follow(path, from: context.trigger, span: context.span).filter {
                context.sentence.contains($0) && !(excluding?.contains($0) ?? false)
                    && (path.steps.first == .selfMention || !isOwnMention($0, of: context.trigger))
            }
            var ends: [(entity: Int, indirect: Bool)] = []
            for token in tokens {
                collectEnds(at: token, types: types, coordination: context.coordination, into: &ends)
            }
            if !ends.isEmpty { return (tokens, ends) }
        }
        return ([], [])
    }

    /// The ends every path reaches together (for mutual rules: "US-China talks", "X and Y signed").
    private func allReached(_ paths: [ArgumentPath], _ context: Context, types: Set<EntityType>?) -> (
        tokens: [Int], ends: [(entity: Int, indirect: Bool)]
    ) {
        var tokens: [Int] = []
        var ends: [(entity: Int, indirect: Bool)] = []
        for path in paths {
            for token in roles.follow(path, from: context.trigger, span: context.span)
            where context.sentence.contains(token) && !tokens.contains(token)
                && !isOwnMention(token, of: context.trigger)
            {
                tokens.append(token)
                collectEnds(at: token, types: types, coordination: context.coordination, into: &ends)
            }
        }
        return (tokens, ends)
    }

    /// Appends to `ends` the entities `token` names, of `types` (any when nil), each entity once.
    private func collectEnds(
        at token: Int, types: Set<EntityType>?, coordination: Bool, into ends: inout [(entity: Int, indirect: Bool)]
    ) {
        for end in roles.entities(at: token, coordination: coordination)
        where types?.contains(entities[end.entity].type) ?? true {
            if !ends.contains(where: { $0.entity == end.entity }) { ends.append(end) }
        }
    }

    /// Whether `token` belongs to the same mention as the trigger ("Joint *Declaration*" is no party to itself).
    private func isOwnMention(_ token: Int, of trigger: Int) -> Bool {
        guard let own = roles.mentionAt[trigger] else { return false }
        return roles.mentionAt[token] == own
    }

    /// The token's part of speech, except that a noun in "-ing" with an auxiliary is the verb the tagger missed
    /// ("Turkey is *mediating* between …", tagged NN).
    private func partOfSpeech(_ token: Int) -> PartOfSpeech {
        let pos = parse.tokens[token].pos
        guard pos == .NOUN, parse.keys[token].hasSuffix("ing"), !parse.children(of: token, .aux).isEmpty else {
            return pos
        }
        return .VERB
    }

    /// "no troops", "no support": a negative determiner on an argument negates the statement.
    private func hasNegativeDeterminer(_ token: Int) -> Bool {
        parse.children(of: token, .det).contains { policy.negators.contains(parse.lemmas[$0]) }
    }
}
