public import ActorGraphCore
internal import Dispatch
internal import Foundation
import Language

/// Reads news articles into canonical entities and typed, evidence-backed relations.
///
/// Per document: the English parse (`Language`) → name chunks and titles → entities (gazetteer, head nouns,
/// named-entity spans; surnames, short names and acronyms resolved) → relations read from the parse by the
/// rules of `Resources/en/rules/`, keeping only what the text asserts. See `docs/extraction.md`.
public struct Extractor: Sendable {
    let readers: Readers
    let parser: @Sendable (String) -> ParsedDocument

    /// Loads the bundled parser, gazetteers, lexicons and rules, and adds `dictionary`'s entries (which win over
    /// built-ins).
    ///
    /// - Throws: ``ExtractionError/missingResource(name:)`` or ``ExtractionError/malformedData(file:problem:)``.
    public init(dictionary: UserDictionary = .empty) throws(ExtractionError) {
        let pipeline: EnglishPipeline
        do {
            pipeline = try EnglishPipeline.load()
        } catch {
            throw .parserUnavailable(problem: error.description)
        }
        try self.init(dictionary: dictionary) { pipeline.parse($0) }
    }

    /// An extractor reading with `parser` instead of the bundled pipeline (tests feed hand-made parses).
    init(dictionary: UserDictionary = .empty, parser: @escaping @Sendable (String) -> ParsedDocument)
        throws(ExtractionError)
    {
        readers = try Readers(dictionary: dictionary)
        self.parser = parser
    }

    /// Extracts one document; `known` entities (names and aliases) are recognised and their surnames resolved.
    public func extract(_ document: SourceDocument, known: [Entity] = []) -> ExtractedDocument {
        let readers = readers.knowing(known)
        let parse = ParagraphParser.parse(document.text, with: parser)
        return read(document, parse: parse, readers: readers, external: ExternalNames.from(known)).document
    }

    /// Extracts many documents on all cores; output in input order and identical to a sequential run.
    ///
    /// Surnames resolve within their document first, then to persons named in earlier documents, then to
    /// `known` entities.
    public func extract(_ documents: [SourceDocument], known: [Entity] = []) -> [ExtractedDocument] {
        let readers = readers.knowing(known)
        let baseExternal = ExternalNames.from(known)
        let parses = parallelMap(documents) { ParagraphParser.parse($0.text, with: parser) }
        var first = parallelMap(Array(documents.indices)) { i in
            read(documents[i], parse: parses[i], readers: readers, external: baseExternal)
        }
        // Corpus pass: single names that match a person of an earlier document are read again with that name.
        var surnames: [String: String] = [:]
        var redo: [(index: Int, external: ExternalNames)] = []
        for (i, result) in first.enumerated() {
            let renames = result.document.entities.filter { $0.type == .person && !$0.name.contains(" ") }
                .compactMap { e in surnames[NameKey.fold(e.name)].map { (e.name, $0) } }
            if !renames.isEmpty {
                first[i].document = Self.renamePersons(first[i].document, Dictionary(uniqueKeysWithValues: renames))
            }
            let hits = result.unresolved.filter { surnames[$0] != nil }
            if !hits.isEmpty {
                var external = baseExternal
                for key in hits { external.surnames[key] = surnames[key] }
                for (short, _) in renames { external.surnames[NameKey.fold(short)] = surnames[NameKey.fold(short)] }
                redo.append((i, external))
            }
            for (key, name) in result.surnames where surnames[key] == nil { surnames[key] = name }
        }
        let again = parallelMap(redo) {
            read(documents[$0.index], parse: parses[$0.index], readers: readers, external: $0.external)
        }
        for (slot, result) in zip(redo.map(\.index), again) { first[slot] = result }
        return first.map(\.document)
    }

    /// What reading one document gives, with the names a corpus pass needs.
    struct ReadResult: Sendable {
        var document: ExtractedDocument
        /// Folded single names that resolved to nothing.
        var unresolved: Set<String>
        /// Folded surname → full name of this document's persons.
        var surnames: [String: String]
        /// Readings the assertion policy dropped (negated, hypothetical, …), for evaluation reports.
        var dropped: [Relation]
    }

    /// The state each government body belongs to, read from its name ("*Chinese* Foreign Ministry", "*United
    /// States* Department of State"), when that state is an entity of the document.
    static func bodyStates(_ table: EntityTable, gazetteer: Gazetteer) -> [Int: Int] {
        var result: [Int: Int] = [:]
        for (i, entity) in table.entities.enumerated() where entity.type == .group && entity.subtype == .government {
            let words = entity.name.split(separator: " ").map(String.init)
            search: for length in stride(from: min(3, words.count - 1), through: 1, by: -1) {
                for start in 0...(words.count - length) {
                    let surface = words[start..<(start + length)].joined(separator: " ")
                    guard let state = gazetteer.entries(named: surface).first(where: { $0.type == .state }),
                        let j = table.existing(named: state.canonical, type: .state)
                    else { continue }
                    result[i] = j
                    break search
                }
            }
        }
        return result
    }

    /// Reads `document` given its parse.
    func read(_ document: SourceDocument, parse parsed: ParsedDocument, readers: Readers, external: ExternalNames)
        -> ReadResult
    {
        let parse = ParseIndex(parsed, text: document.text)
        let chunker = NameChunker(parse: parse, readers: readers, entities: parsed.entities)
        var chunks: [NameChunk] = []
        var titles: [[(tokens: Range<Int>, role: TitleRole)]] = []
        for sentence in parse.sentenceTokens.indices {
            let found = chunker.chunks(in: sentence)
            chunks += found.chunks
            titles.append(found.titles)
        }
        var resolver = EntityResolver(parse: parse, readers: readers, chunker: chunker)
        var mentions = resolver.resolve(chunks, external: external)
        mentions += resolver.describedAgreements(besides: &mentions)
        var mentionAt = [Int?](repeating: nil, count: parse.tokens.count)
        for (m, mention) in mentions.enumerated() {
            for token in mention.tokens { mentionAt[token] = m }
        }
        var titleEnd = [Int?](repeating: nil, count: parse.tokens.count)
        for title in titles.joined() { titleEnd[title.tokens.lowerBound] = title.tokens.upperBound }
        let roles = ArgumentRoles(
            parse: parse, lexicon: readers.lexicon, mentionAt: mentionAt, mentions: mentions, titleEnd: titleEnd,
            entityTypes: resolver.table.entities.map(\.type))
        let engine = RuleEngine(
            parse: parse, rules: readers.rules, policy: readers.policy, roles: roles, entities: resolver.table,
            bodyStates: Self.bodyStates(resolver.table, gazetteer: readers.gazetteer))
        var kept: [RelationReading] = []
        var dropped: [RelationReading] = []
        for sentence in parse.sentenceTokens.indices where !isByline(sentence, parse) {
            let found = engine.read(sentence: sentence, titles: titles[sentence])
            kept += found.kept
            dropped += found.dropped
        }
        let table = resolver.table
        kept = GuessReview.review(kept, entities: table)
        kept = SideReview.review(kept, entities: table)
        let relations = DocumentRelations.build(kept, document: document.id, parse: parse, entities: table)
        let used = Set(kept.flatMap { [$0.source, $0.target] })
        var entities: [Entity] = []
        var surnames: [String: String] = [:]
        for i in 0..<table.entities.count {
            let e = table[i]
            guard e.mentions > 0 || used.contains(i) else { continue }
            let aliases = e.surfaces.keys.filter { $0 != e.name }.sorted()
            let descriptions = e.descriptions.filter { $0 != e.name && e.surfaces[$0] == nil }.sorted()
            entities.append(
                Entity(
                    name: e.name, type: e.type, subtype: e.subtype, aliases: aliases, descriptions: descriptions,
                    mentions: e.mentions + e.weakMentions))
            if e.type == .person {
                let words = e.name.split(separator: " ")
                if words.count >= 2, let last = words.last { surnames[NameKey.fold(String(last))] = e.name }
            }
        }
        entities.sort { ($0.name, $0.type) < ($1.name, $1.type) }
        let extracted = ExtractedDocument(
            id: document.id, contentHash: SHA256.hex(of: Array(document.text.utf8)), length: parse.scalars.count,
            date: document.date, entities: entities, relations: relations, warnings: [])
        return ReadResult(
            document: extracted, unresolved: resolver.unresolved, surnames: surnames,
            dropped: DocumentRelations.build(dropped, document: document.id, parse: parse, entities: table))
    }

    /// A byline ("By Jane Doe") names its author; it states no relation.
    private func isByline(_ sentence: Int, _ parse: ParseIndex) -> Bool {
        let tokens = parse.sentenceTokens[sentence].filter { parse.tokens[$0].pos != .SPACE }
        guard let first = tokens.first else { return true }
        return parse.keys[first] == "by" && parse.isCapitalised(first) && tokens.count <= 8
    }

    /// The document with one-word person names replaced by full names (aliases and mentions carried over).
    static func renamePersons(_ document: ExtractedDocument, _ renames: [String: String]) -> ExtractedDocument {
        var d = document
        var byName: [String: Entity] = [:]
        for var e in d.entities {
            if e.type == .person, let full = renames[e.name] {
                e.aliases = Array(Set(e.aliases + [e.name])).filter { $0 != full }.sorted()
                e.name = full
            }
            let key = e.type.rawValue + "|" + e.name
            if var existing = byName[key] {
                existing.aliases = Array(Set(existing.aliases + e.aliases)).filter { $0 != e.name }.sorted()
                existing.addDescriptions(e.descriptions)
                existing.mentions += e.mentions
                byName[key] = existing
            } else {
                byName[key] = e
            }
        }
        d.entities = byName.values.sorted { ($0.name, $0.type) < ($1.name, $1.type) }
        var relations: [RelationKey: Relation] = [:]
        for var r in d.relations {
            r.source = renames[r.source] ?? r.source
            r.target = renames[r.target] ?? r.target
            guard r.source != r.target else { continue }
            r = r.normalised()
            let key = RelationKey(source: r.source, type: r.type, target: r.target)
            if var existing = relations[key] {
                existing.confidence = max(existing.confidence, r.confidence)
                existing.evidence = Array(Set(existing.evidence + r.evidence)).sorted()
                relations[key] = existing
            } else {
                relations[key] = r
            }
        }
        d.relations = relations.values.sorted { ($0.source, $0.type, $0.target) < ($1.source, $1.type, $1.target) }
        return d
    }

    /// Maps `items` on all cores in contiguous chunks, one per core, keeping input order.
    private func parallelMap<T: Sendable, R: Sendable>(_ items: [T], _ body: @Sendable (T) -> R) -> [R] {
        let workers = min(items.count, max(1, ProcessInfo.processInfo.activeProcessorCount))
        guard workers > 1 else { return items.map(body) }
        let box = ResultBox<R>(count: items.count)
        let chunk = (items.count + workers - 1) / workers
        DispatchQueue.concurrentPerform(iterations: workers) { w in
            for i in (w * chunk)..<min(items.count, (w + 1) * chunk) { box.set(i, body(items[i])) }
        }
        return box.values()
    }
}

/// A relation's identity within a document or corpus.
struct RelationKey: Hashable {
    var source: String
    var type: RelationType
    var target: String
}

extension ExternalNames {
    static func from(_ known: [Entity]) -> ExternalNames {
        var names = ExternalNames()
        for e in known where e.type == .person {
            let words = e.name.split(separator: " ")
            if words.count >= 2, let last = words.last {
                let key = NameKey.fold(String(last))
                if names.surnames[key] == nil { names.surnames[key] = e.name }
            }
        }
        return names
    }
}

/// Slots written once each from `concurrentPerform` workers; a lock guards the array.
private final class ResultBox<R>: @unchecked Sendable {
    private var slots: [R?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ i: Int, _ value: R) {
        lock.withLock { slots[i] = value }
    }

    func values() -> [R] { lock.withLock { slots.compactMap { $0 } } }
}
