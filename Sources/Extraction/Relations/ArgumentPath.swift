internal import Foundation
import Language

/// A walk over the dependency tree from a trigger to the tokens that fill one argument of a relation.
///
/// Written in rules as steps joined by `/`, in the spirit of spaCy's DependencyMatcher:
/// - `dobj`, `nsubj|csubj` — to the children attached by one of these labels;
/// - `prep[in,into]` — the same, keeping only children whose lemma is listed;
/// - `ccomp{VB,VBP}[close]` — the same, keeping only children whose fine-grained tag is listed (a base-form verb: "demanded
///   that France *close* its bases" is a demand, "told reporters that Kyiv had *handed* Moscow a list" a report);
/// - `+prep[with]` — to the sibling that starts right after the current token's phrase, attached by that label
///   (and lemma): where the parser hangs a complement on the word before ("in solidarity *with Baku*", read as
///   "sealed … with Baku");
/// - `^amod`, `^dobj[provide,give]` — to the head, when the current token is attached to it by that label (and the
///   head's lemma is listed);
/// - `@subject`, `@object`, `@agent` — the logical subject, object and passive agent of a verb, with control,
///   coordination, relative and participial clauses followed (see `ArgumentRoles`);
/// - `@sentence` — every mention of the sentence (for rules that only need an entity named in the same sentence);
/// - `@sentenceActor` — the same, without the names of places someone goes to ("flew *to Kenya*", "visited
///   *Mali*"): the mentions that can be the state a bare title belongs to;
/// - `@before`, `@after` — the mention right before or after the trigger's words, in the same noun phrase
///   ("*Kosovo* Prime Minister *Albin Kurti*", "*Hungary*'s foreign minister", "Director, *Gita Gopinath*"): the
///   order of words, which a title phrase keeps even where the parse of a long compound goes wrong;
/// - `@list` — every name coordinated with the current one, before and after it ("France, Germany and the United
///   Kingdom, *known as* the E3", with the participle on the last);
/// - `@self` — the mention the trigger is part of ("the Argyle *Declaration* between Guyana and Venezuela");
/// - `@ownerState` — for a title a person's possessive owns, the state named before that person's own title
///   ("Kenyan President William Ruto …, and *his* foreign minister, Musalia Mudavadi").
struct ArgumentPath: Sendable, Hashable, CustomStringConvertible {
    /// One step of the walk.
    enum Step: Sendable, Hashable {
        case child(labels: Set<DependencyLabel>, tags: Set<Tag>?, lemmas: Set<String>?)
        case parent(labels: Set<DependencyLabel>, lemmas: Set<String>?)
        case follower(labels: Set<DependencyLabel>, lemmas: Set<String>?)
        case subject
        case object
        case agent
        case sentence
        case sentenceActor
        case before
        case after
        case selfMention
        case list
        case ownerState
    }

    let steps: [Step]
    /// The text the path was read from, for messages and provenance.
    let description: String

    /// Parses `text`; the error says which step is wrong.
    init(_ text: String) throws(PathError) {
        description = text
        var steps: [Step] = []
        for raw in text.split(separator: "/", omittingEmptySubsequences: false) {
            steps.append(try Self.step(String(raw)))
        }
        guard !steps.isEmpty else { throw PathError(path: text, problem: "empty path") }
        if steps.dropFirst().contains(where: { $0 == .before || $0 == .after }) {
            throw PathError(path: text, problem: "@before and @after can only start a path")
        }
        self.steps = steps
    }

    private static func step(_ raw: String) throws(PathError) -> Step {
        switch raw {
        case "@subject": return .subject
        case "@object": return .object
        case "@agent": return .agent
        case "@sentence": return .sentence
        case "@sentenceActor": return .sentenceActor
        case "@before": return .before
        case "@after": return .after
        case "@self": return .selfMention
        case "@list": return .list
        case "@ownerState": return .ownerState
        case "": throw PathError(path: raw, problem: "empty step")
        default: break
        }
        var body = Substring(raw)
        let up = body.hasPrefix("^")
        let next = body.hasPrefix("+")
        if up || next { body = body.dropFirst() }
        var lemmas: Set<String>?
        if let open = body.firstIndex(of: "[") {
            guard body.hasSuffix("]") else { throw PathError(path: raw, problem: "unclosed '['") }
            let list = body[body.index(after: open)..<body.index(before: body.endIndex)]
            lemmas = Set(list.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() })
            body = body[..<open]
        }
        var tags: Set<Tag>?
        if let open = body.firstIndex(of: "{") {
            guard body.hasSuffix("}") else { throw PathError(path: raw, problem: "unclosed '{'") }
            let list = body[body.index(after: open)..<body.index(before: body.endIndex)]
            var parsed: Set<Tag> = []
            for name in list.split(separator: ",") {
                let trimmed = name.trimmingCharacters(in: .whitespaces)
                guard let tag = Tag(rawValue: trimmed) else {
                    throw PathError(path: raw, problem: "'\(trimmed)' is not a tag of the parser")
                }
                parsed.insert(tag)
            }
            tags = parsed
            body = body[..<open]
        }
        var labels: Set<DependencyLabel> = []
        for name in body.split(separator: "|") {
            guard let label = DependencyLabel(rawValue: String(name)) else {
                throw PathError(path: raw, problem: "'\(name)' is not a dependency label of the parser")
            }
            labels.insert(label)
        }
        guard !labels.isEmpty else { throw PathError(path: raw, problem: "no dependency label") }
        if up || next {
            guard tags == nil else {
                throw PathError(path: raw, problem: "a tag filter '{…}' only follows a child step")
            }
            return up ? .parent(labels: labels, lemmas: lemmas) : .follower(labels: labels, lemmas: lemmas)
        }
        return .child(labels: labels, tags: tags, lemmas: lemmas)
    }

    /// Why a path does not parse.
    struct PathError: Error, Sendable {
        let path: String
        let problem: String
    }
}
