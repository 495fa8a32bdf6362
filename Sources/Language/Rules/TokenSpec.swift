/// One token of a Matcher pattern as the attribute ruler uses it: every constraint must hold.
///
/// Source: spaCy 3.8 spacy/matcher/matcher.pyx (`_preprocess_pattern`, `_SetPredicate`, `_RegexPredicate`): a
/// plain value compares the attribute for equality, `IN` / `NOT_IN` test set membership, `REGEX` is `re.search`.
/// Attributes are read from the incoming document, before any rule has changed it (spaCy matches every rule first
/// and applies the matches afterwards).
struct TokenSpec: Sendable {
    /// A string attribute of the token itself.
    enum TextAttribute: Sendable {
        /// ORTH / TEXT: the verbatim text.
        case orth
        /// LOWER: the lower-cased text.
        case lower
        /// NORM: the normalised form.
        case norm
    }

    /// A test on a string attribute, with Python's code-point equality.
    enum TextTest: Sendable {
        case equals(ExactString)
        case isIn(Set<ExactString>)
        case notIn(Set<ExactString>)
        case regex(PatternRegex)
    }

    /// One attribute constraint.
    enum Constraint: Sendable {
        case text(TextAttribute, TextTest)
        /// The tag is in the set (or, negated, not in it); values the tagger cannot produce are left out.
        case tag(Set<Tag>, negated: Bool)
        /// The dependency label is in the set (or, negated, not in it).
        case dependency(Set<DependencyLabel>, negated: Bool)
        /// IS_SPACE equals the value.
        case isSpace(Bool)
    }

    let constraints: [Constraint]

    /// Whether the token with this tag and label satisfies every constraint.
    func matches(_ token: Token, tag: Tag, dependency: DependencyLabel) -> Bool {
        constraints.allSatisfy { constraint in
            switch constraint {
            case .text(let attribute, let test):
                let value: String
                switch attribute {
                case .orth: value = token.text
                case .lower: value = token.lower
                case .norm: value = token.norm
                }
                return Self.passes(value, test)
            case .tag(let tags, let negated): return tags.contains(tag) != negated
            case .dependency(let labels, let negated): return labels.contains(dependency) != negated
            case .isSpace(let expected): return token.isSpace == expected
            }
        }
    }

    /// The tags a token must have to match, when a positive TAG constraint limits them.
    var requiredTags: Set<Tag>? {
        var result: Set<Tag>?
        for case .tag(let tags, negated: false) in constraints {
            result = result.map { $0.intersection(tags) } ?? tags
        }
        return result
    }

    /// The LOWER values a token must have to match, when an equality or IN constraint limits them.
    var requiredLowerForms: Set<ExactString>? {
        var result: Set<ExactString>?
        for case .text(.lower, let test) in constraints {
            let allowed: Set<ExactString>
            switch test {
            case .equals(let value): allowed = [value]
            case .isIn(let values): allowed = values
            case .notIn, .regex: continue
            }
            result = result.map { $0.intersection(allowed) } ?? allowed
        }
        return result
    }

    private static func passes(_ value: String, _ test: TextTest) -> Bool {
        switch test {
        case .equals(let expected): ExactString(value) == expected
        case .isIn(let values): values.contains(ExactString(value))
        case .notIn(let values): !values.contains(ExactString(value))
        case .regex(let regex): regex.matches(value)
        }
    }
}

extension TokenSpec {
    /// Reads one token spec of `attribute_ruler.json` (`{"LOWER": "the", "TAG": {"IN": [...]}}`).
    init(json: [String: RuleJSON], rule: Int) throws(LanguageError) {
        var constraints: [Constraint] = []
        for (key, value) in json.sorted(by: { $0.key < $1.key }) {
            switch key {
            case "ORTH", "TEXT": constraints.append(.text(.orth, try Self.textTest(value, key: key, rule: rule)))
            case "LOWER": constraints.append(.text(.lower, try Self.textTest(value, key: key, rule: rule)))
            case "NORM": constraints.append(.text(.norm, try Self.textTest(value, key: key, rule: rule)))
            case "TAG":
                let (values, negated) = try Self.membership(value, key: key, rule: rule)
                constraints.append(.tag(Set(values.compactMap(Tag.init(rawValue:))), negated: negated))
            case "DEP":
                let (values, negated) = try Self.membership(value, key: key, rule: rule)
                constraints.append(
                    .dependency(Set(values.compactMap(DependencyLabel.init(rawValue:))), negated: negated))
            case "IS_SPACE":
                guard case .bool(let flag) = value else {
                    throw Self.problem(rule, "IS_SPACE \(value) is not a boolean")
                }
                constraints.append(.isSpace(flag))
            default:
                throw Self.problem(rule, "token attribute \(key) is not implemented by the rule matcher")
            }
        }
        self.constraints = constraints
    }

    private static func textTest(_ value: RuleJSON, key: String, rule: Int) throws(LanguageError) -> TextTest {
        if case .object(let members) = value, members.count == 1, case .string(let pattern)? = members["REGEX"] {
            return .regex(try PatternRegex(pattern))
        }
        let (values, negated) = try membership(value, key: key, rule: rule)
        let set = Set(values.map(ExactString.init))
        if negated { return .notIn(set) }
        if case .string(let single) = value { return .equals(ExactString(single)) }
        return .isIn(set)
    }

    /// A plain string value, `{"IN": [...]}` or `{"NOT_IN": [...]}`, as the strings and whether they are excluded.
    private static func membership(
        _ value: RuleJSON, key: String, rule: Int
    ) throws(LanguageError) -> (values: [String], negated: Bool) {
        switch value {
        case .string(let single): return ([single], false)
        case .object(let members) where members.count == 1:
            guard let (operation, list) = members.first, operation == "IN" || operation == "NOT_IN",
                case .array(let items) = list
            else { break }
            var strings: [String] = []
            for item in items {
                guard case .string(let string) = item else { break }
                strings.append(string)
            }
            guard strings.count == items.count else { break }
            return (strings, operation == "NOT_IN")
        default: break
        }
        throw problem(rule, "\(key) \(value) is not a string, IN, NOT_IN or REGEX the rule matcher implements")
    }

    static func problem(_ rule: Int, _ text: String) -> LanguageError {
        .malformedResource(name: "en_core_web_sm/attribute_ruler.json", problem: "rule \(rule): \(text)")
    }
}
