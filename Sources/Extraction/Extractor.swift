public import ActorGraphCore
internal import Dispatch
internal import Foundation

/// Reads news articles into canonical entities and typed, evidence-backed relations.
///
/// Pipeline per document: tokens → sentences → acronym definitions → candidates (titles, gazetteer,
/// head nouns, name shapes) → entities (surnames and short names resolved) → relations (triggers,
/// titles, succession, coordination). See `docs/extraction.md`.
public struct Extractor: Sendable {
    let knowledge: Knowledge

    /// Loads the bundled gazetteers and lexicons and adds `dictionary`'s entries (which win over built-ins).
    ///
    /// - Throws: ``ExtractionError/missingResource(name:)`` or ``ExtractionError/malformedData(file:problem:)``.
    public init(dictionary: UserDictionary = .empty) throws(ExtractionError) {
        knowledge = try Knowledge.load(dictionary: dictionary)
    }

    /// Extracts one document; `known` entities (names and aliases) are recognised and their surnames resolved.
    public func extract(_ document: SourceDocument, known: [Entity] = []) -> ExtractedDocument {
        read(document, external: ExternalNames.from(known), known: known).document
    }

    /// Extracts many documents on all cores; output in input order and identical to a sequential run.
    ///
    /// Surnames resolve within their document first, then to persons named in earlier documents,
    /// then to `known` entities.
    public func extract(_ documents: [SourceDocument], known: [Entity] = []) -> [ExtractedDocument] {
        let baseExternal = ExternalNames.from(known)
        var first = parallelMap(documents) { $0.read($1, external: baseExternal, known: known) }
        // Corpus pass: documents with unresolved single names that match a person of an earlier document.
        var surnames: [String: String] = [:]
        var redo: [(Int, ExternalNames)] = []
        for (i, result) in first.enumerated() {
            // One-word persons ("President Bazoum") named in full in an earlier document: rename in place.
            let renames = result.document.entities.filter { $0.type == .person && !$0.name.contains(" ") }
                .compactMap { e in surnames[Folding.fold(e.name)].map { (e.name, $0) } }
            if !renames.isEmpty {
                first[i].document = Self.renamePersons(first[i].document, Dictionary(uniqueKeysWithValues: renames))
            }
            // Dropped single names ("Lavrov said") need a re-read with the earlier full names.
            let hits = result.unresolved.filter { surnames[$0] != nil }
            if !hits.isEmpty {
                var external = baseExternal
                for key in hits { external.surnames[key] = surnames[key] }
                for (short, _) in renames { external.surnames[Folding.fold(short)] = surnames[Folding.fold(short)] }
                redo.append((i, external))
            }
            for (key, name) in result.surnames where surnames[key] == nil { surnames[key] = name }
        }
        let again = parallelMap(redo) { $0.read(documents[$1.0], external: $1.1, known: known) }
        for (slot, result) in zip(redo.map(\.0), again) { first[slot] = result }
        return first.map(\.document)
    }

    /// Maps `items` on all cores in contiguous chunks, one per core.
    ///
    /// Each worker reads with its own copy of the lexicons: shared hash tables would make the cores fight over
    /// reference counts.
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

    private func parallelMap<T: Sendable, R: Sendable>(_ items: [T], _ body: @Sendable (Extractor, T) -> R) -> [R] {
        let workers = min(items.count, max(1, ProcessInfo.processInfo.activeProcessorCount))
        guard workers > 1 else { return items.map { body(self, $0) } }
        let box = ResultBox<R>(count: items.count)
        let chunk = (items.count + workers - 1) / workers
        DispatchQueue.concurrentPerform(iterations: workers) { w in
            let worker = Extractor(knowledge: knowledge.isolatedCopy())
            for i in (w * chunk)..<min(items.count, (w + 1) * chunk) {
                box.set(i, body(worker, items[i]))
            }
        }
        return box.values()
    }

    init(knowledge: Knowledge) {
        self.knowledge = knowledge
    }

    struct ReadResult: Sendable {
        var document: ExtractedDocument
        var unresolved: Set<String>
        /// Folded surname → full name of this document's persons.
        var surnames: [String: String]
    }

    func read(_ document: SourceDocument, external: ExternalNames, known: [Entity]) -> ReadResult {
        let text = document.text
        let scalars = Array(text.unicodeScalars)
        var tokens = Tokenizer.tokenize(scalars)
        knowledge.annotate(&tokens)
        let sentences = SentenceSplitter.split(tokens)
        var matcher = PhraseMatcher(knowledge: knowledge)
        for entity in known {
            let entry = PhraseEntry(canonical: entity.name, type: entity.type, subtype: entity.subtype, kind: .name)
            for surface in [entity.name] + entity.aliases {
                let key = Knowledge.phraseKey(surface)
                if !key.isEmpty && (key.contains(" ") || entity.type != .person) { matcher.addLocal(key, entry) }
            }
        }
        let utf8 = Array(text.utf8)
        var scanner = CandidateScanner(
            tokens: tokens, scalars: scalars, utf8: utf8, sentences: sentences, matcher: matcher)
        scanner.scanAcronyms()
        let candidates = sentences.indices.map { scanner.candidates(in: $0) }
        var resolver = EntityResolver()
        let mentions = resolver.resolve(candidates, scanner: scanner, external: external)
        let reader = RelationReader(
            tokens: tokens, sentences: sentences, mentions: mentions, entities: resolver.entities,
            knowledge: knowledge)
        let found = reader.read()

        let used = Set(found.flatMap { [$0.source, $0.target] })
        var relations: [RelationKey: Relation] = [:]
        var sentenceText: [Int: String] = [:]
        for f in found {
            let sentence = sentences[f.sentence]
            let text: String
            if let cached = sentenceText[f.sentence] {
                text = cached
            } else {
                text = String(
                    decoding: utf8[tokens[sentence.firstToken].utf8Start..<tokens[sentence.endToken - 1].utf8End],
                    as: UTF8.self)
                sentenceText[f.sentence] = text
            }
            let evidence = Evidence(document: document.id, sentence: text, start: sentence.start, end: sentence.end)
            let relation = Relation(
                source: resolver.entities[f.source].name, type: f.type, target: resolver.entities[f.target].name,
                confidence: f.confidence, evidence: [evidence]
            ).normalised()
            let key = RelationKey(source: relation.source, type: relation.type, target: relation.target)
            if var existing = relations[key] {
                existing.confidence = max(existing.confidence, relation.confidence)
                if !existing.evidence.contains(evidence) { existing.evidence.append(evidence) }
                relations[key] = existing
            } else {
                relations[key] = relation
            }
        }
        var entities: [Entity] = []
        var surnames: [String: String] = [:]
        for (i, e) in resolver.entities.enumerated() where e.mentions > 0 || used.contains(i) {
            let aliases = e.surfaces.keys.filter { $0 != e.name }.sorted()
            entities.append(
                Entity(name: e.name, type: e.type, subtype: e.subtype, aliases: aliases, mentions: e.mentions))
            if e.type == .person {
                let words = e.name.split(separator: " ")
                if words.count >= 2, let last = words.last {
                    surnames[NameKey.fold(String(last))] = e.name
                }
            }
        }
        entities.sort { ($0.name, $0.type) < ($1.name, $1.type) }
        let sortedRelations = relations.values.map { r -> Relation in
            var r = r
            r.evidence.sort()
            return r
        }.sorted { ($0.source, $0.type, $0.target) < ($1.source, $1.type, $1.target) }
        var warnings: [String] = []
        let cuts = sentences.filter(\.isForcedCut).count
        if cuts > 0 {
            warnings.append(
                "\(document.id): \(cuts) over-long sentence part(s) cut at \(SentenceSplitter.maxTokens) tokens; "
                    + "evidence for relations there is a sentence fragment")
        }
        let extracted = ExtractedDocument(
            id: document.id, contentHash: SHA256.hex(of: utf8), length: scalars.count,
            date: document.date, entities: entities, relations: sortedRelations, warnings: warnings)
        return ReadResult(document: extracted, unresolved: resolver.unresolved, surnames: surnames)
    }
}

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
    private let lock = Lock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ i: Int, _ value: R) {
        lock.withLock { slots[i] = value }
    }

    func values() -> [R] { lock.withLock { slots.compactMap { $0 } } }
}
