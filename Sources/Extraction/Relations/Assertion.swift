import Language

/// Whether a sentence asserts what a trigger says, and what to do with it when it does not.
enum Assertion: String, Sendable, Hashable, CaseIterable, Decodable {
    /// Stated as fact (also when reported: "X said Russia supports Mali").
    case asserted
    /// Negated: "does not support", "never joined", "no troops".
    case negated
    /// Modal, conditional, planned or wished: "may withdraw", "if …", "plans to join".
    case hypothetical
    /// Denied or refused: "denied that", "refused to", "failed to".
    case denied
    /// Reported as an accusation or rumour: "accused of", "reportedly".
    case alleged
    /// True once, no longer: "former president", "previously deployed".
    case ended
}

/// The cue words and the per-case policy of `Resources/en/assertion.json`.
struct AssertionPolicy: Sendable {
    /// What happens to a relation read from a statement of this kind.
    struct Treatment: Sendable, Decodable {
        let keep: Bool
        /// Multiplies the relation's confidence when kept (1 when absent).
        let confidenceFactor: Double?
    }

    let treatments: [Assertion: Treatment]
    let negators: Set<String>
    let modalAuxiliaries: Set<String>
    let conditionalMarkers: Set<String>
    let governors: [String: Assertion]
    let hedgeAdverbs: [String: Assertion]
    let endedModifiers: Set<String>
    let reportingVerbs: Set<String>
    /// Objects that turn a governor into an admission: "claimed *responsibility* for the attack" asserts it.
    let admittedObjects: Set<String>
    /// Nouns whose "of" complement is under way, not done: "the *process* of Armenia's exit from the EAEU".
    let unfinishedNouns: Set<String>

    /// Loads `assertion.json`.
    init() throws(ExtractionError) {
        let file = try ResourceFile.decode(AssertionFile.self, "assertion.json")
        var treatments: [Assertion: Treatment] = [.asserted: Treatment(keep: true, confidenceFactor: nil)]
        for (name, treatment) in file.policy {
            guard let assertion = Assertion(rawValue: name), assertion != .asserted else {
                throw .malformedData(file: "Resources/en/assertion.json", problem: "unknown policy case '\(name)'")
            }
            treatments[assertion] = treatment
        }
        for assertion in Assertion.allCases where treatments[assertion] == nil {
            throw .malformedData(
                file: "Resources/en/assertion.json", problem: "no policy for '\(assertion.rawValue)' statements")
        }
        self.treatments = treatments
        negators = Set(file.negators)
        modalAuxiliaries = Set(file.modalAuxiliaries)
        conditionalMarkers = Set(file.conditionalMarkers)
        governors = try Self.index(file.governors, "governors")
        hedgeAdverbs = try Self.index(file.hedgeAdverbs, "hedgeAdverbs")
        endedModifiers = Set(file.endedModifiers)
        reportingVerbs = Set(file.reportingVerbs)
        admittedObjects = Set(file.admittedObjects)
        unfinishedNouns = Set(file.unfinishedNouns)
    }

    private static func index(_ lists: [String: [String]], _ key: String) throws(ExtractionError) -> [String: Assertion]
    {
        var result: [String: Assertion] = [:]
        for (name, words) in lists {
            guard let assertion = Assertion(rawValue: name) else {
                throw .malformedData(file: "Resources/en/assertion.json", problem: "\(key): unknown case '\(name)'")
            }
            for word in words { result[word] = assertion }
        }
        return result
    }

    /// Verbs whose conditions belong to what they threaten, not to the threat.
    static let threatVerbs: Set<String> = ["threaten", "warn", "vow", "pledge", "promise"]

    /// How the sentence around `trigger` presents what the trigger says.
    ///
    /// Walks from the trigger up its clause chain (complements, coordinated verbs without their own subject,
    /// prepositional gerunds), looking at each level for a negator, a modal auxiliary, a conditional marker, a
    /// hedging adverb, and at each governing verb for what it does to its complement ("refused to", "plans
    /// to", "accused of"). It stops at a reporting verb: "X said that …" asserts what X said. Question sentences
    /// are hypothetical. The first strong case found wins; `ended` only if nothing stronger is found.
    func classify(_ trigger: Int, in parse: ParseIndex) -> Assertion {
        var token = trigger
        // An adverb or preposition trigger ("working *together*", "fought *alongside*") is asserted as its verb is.
        if [.ADV, .ADP].contains(parse.tokens[trigger].pos), [.advmod, .prep].contains(parse.tokens[trigger].dep),
            let head = parse.head(of: trigger)
        {
            token = head
        }
        var ended = false
        var depth = 0
        let sentence = parse.sentenceTokens[parse.sentenceOfToken[trigger]]
        // A yes/no question asks whether it holds; a wh-question ("Why did Mali leave ECOWAS?") presupposes it.
        if let last = sentence.last(where: { parse.tokens[$0].pos != .SPACE }), parse.tokens[last].text == "?",
            !sentence.contains(where: { [.WRB, .WP, .WDT].contains(parse.tokens[$0].tag) && $0 < trigger })
        {
            return .hypothetical
        }
        while depth < 10 {
            depth += 1
            // Negation before modality: "would never recognise" refuses (which a `whenNegated` rule reads).
            if !parse.children(of: token, .neg).isEmpty { return .negated }
            for child in parse.children[token] {
                let lemma = parse.lemmas[child]
                switch parse.tokens[child].dep {
                case .neg:
                    return .negated
                case .det where negators.contains(lemma):
                    return .negated
                case .aux, .auxpass:
                    if parse.tokens[child].tag == .MD && modalAuxiliaries.contains(lemma) { return .hypothetical }
                case .mark:
                    if conditionalMarkers.contains(lemma) { return .hypothetical }
                case .advcl:
                    // "… if sanctions continue": a conditional clause makes its main clause hypothetical (not a
                    // threat's: "threatened open war if attacks continue" is a threat made).
                    let conditional = parse.children(of: child, .mark).contains {
                        conditionalMarkers.contains(parse.lemmas[$0])
                    }
                    if conditional && !Self.threatVerbs.contains(parse.lemmas[token]) { return .hypothetical }
                case .advmod, .npadvmod:
                    // "no longer": a negator under the adverb.
                    if negators.contains(lemma)
                        || parse.children[child].contains(where: { negators.contains(parse.lemmas[$0]) })
                    {
                        return .negated
                    }
                    if let hedge = hedgeAdverbs[lemma] {
                        if hedge == .ended { ended = true } else { return hedge }
                    }
                case .amod:
                    if endedModifiers.contains(lemma) { ended = true }
                default:
                    break
                }
            }
            guard let head = parse.head(of: token) else { break }
            let dep = parse.tokens[token].dep
            switch dep {
            case .dobj, .attr, .oprd, .nsubjpass:
                // A noun trigger in a light-verb phrase ("imposed sanctions", "is a member") takes the verb's
                // negation and modality; a governing verb ("rejected sanctions") decides for it.
                if let governed = governors[parse.lemmas[head]], !admittedObjects.contains(parse.lemmas[token]) {
                    return governed
                }
                token = head
            case .pcomp:
                // "accused France of arming": the preposition, then the verb it completes.
                guard let verb = parse.head(of: head) else { return ended ? .ended : .asserted }
                if let governed = governors[parse.lemmas[verb]] { return governed }
                token = verb
            case .xcomp, .ccomp, .acomp:
                if dep == .ccomp && reportingVerbs.contains(parse.lemmas[head]) {
                    return ended ? .ended : .asserted
                }
                if let governed = governors[parse.lemmas[head]] { return governed }
                // "Morocco has yet to recognise …", "is yet to join": not (yet) done.
                if dep == .xcomp, parse.children(of: head, .advmod).contains(where: { parse.lemmas[$0] == "yet" }) {
                    return .negated
                }
                token = head
            case .acl:
                // "Sweden's bid to join NATO": the noun the clause completes may govern it; above the noun the clause
                // is a description ("vetoed a resolution condemning its invasion" still asserts the invasion).
                if let governed = governors[parse.lemmas[head]] { return governed }
                return ended ? .ended : .asserted
            case .pobj:
                // "accused of supporting", "lack of support": the preposition, then what it attaches to.
                guard let above = parse.head(of: head) else { return ended ? .ended : .asserted }
                if let governed = governors[parse.lemmas[above]] { return governed }
                if parse.lemmas[head] == "of", unfinishedNouns.contains(parse.lemmas[above]) { return .hypothetical }
                token = above
            case .conj:
                // A coordinated verb shares its first conjunct's negation or modal only when it has no subject
                // of its own and is not contrasted ("does not support Mali but arms Niger").
                let ownSubject = parse.hasChild(token, [.nsubj, .nsubjpass, .csubj])
                let contrasted = parse.children(of: head, .cc).contains { ["but", "yet"].contains(parse.lemmas[$0]) }
                guard !ownSubject, !contrasted else { return ended ? .ended : .asserted }
                // "vowed to take it back and *accused* China": a finite verb is no part of the infinitive the
                // parser hung it on, but a second verb of the clause that governs it.
                if [.VBD, .VBZ, .VBN].contains(parse.tokens[token].tag), parse.tokens[head].tag == .VB,
                    parse.tokens[head].dep == .xcomp, let clause = parse.head(of: head)
                {
                    token = clause
                    continue
                }
                token = head
            case .advcl:
                // A clause with a subject of its own is a statement of its own ("Dagalo accused the army …, while
                // the United States imposed sanctions on him"); a subjectless one ("denied the claims, calling
                // them …") is the governing verb's.
                if parse.hasChild(token, [.nsubj, .nsubjpass, .csubj]) { return ended ? .ended : .asserted }
                if let governed = governors[parse.lemmas[head]] { return governed }
                return ended ? .ended : .asserted
            default:
                return ended ? .ended : .asserted
            }
        }
        return ended ? .ended : .asserted
    }
}

private struct AssertionFile: Decodable {
    var policy: [String: AssertionPolicy.Treatment]
    var negators: [String]
    var modalAuxiliaries: [String]
    var conditionalMarkers: [String]
    var governors: [String: [String]]
    var hedgeAdverbs: [String: [String]]
    var endedModifiers: [String]
    var reportingVerbs: [String]
    var admittedObjects: [String]
    var unfinishedNouns: [String]
}
