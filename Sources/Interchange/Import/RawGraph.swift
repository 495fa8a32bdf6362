import ActorGraphCore

/// A node or edge as a format reader found it: text attributes by name, and where it stands.
struct RawElement {
    /// `node 'n3'`, `edge 'e7'`, `row 12`: how messages name it.
    var element: String
    var line: Int
    var id: String?
    var attributes: [String: String]
    /// Full evidence, when the format carries a list (node-link JSON).
    var sentences: [(sentence: String, document: String?)]?
    /// The ends of an edge, as node ids.
    var source: String?
    var target: String?
    /// The file it stands in, when not the graph's main file (a CSV node table).
    var file: String?
}

/// Turns the nodes and edges a reader found into typed actors and relations, with one error per problem.
///
/// The attribute names are those ActorGraph writes, with the common alternatives: a name from `name` or
/// `label` (else the id), the actor type from `type`, the relation type from `relation`, `type`, `kind`
/// or `label`, the evidence count from `weight`.
struct RawGraph {
    var file: String
    var nodes: [RawElement] = []
    var edges: [RawElement] = []
    /// Nodes may be named only by edges (an edge-list CSV): then they are created from the ends.
    var nodesFromEdges = false

    func resolve(_ defaults: ImportDefaults) throws(ImportError) -> ImportedGraph {
        var entities: [Entity] = []
        var nameByID: [String: String] = [:]
        var idByKey: [String: (id: String, line: Int)] = [:]
        func add(
            _ entity: Entity, id: String, line: Int, element: String, file elementFile: String? = nil
        ) throws(ImportError) {
            let key = NameKey.fold(entity.name)
            guard !key.isEmpty else {
                throw invalid(line, element, "the name is empty; give the node a name or label", in: elementFile)
            }
            if let other = idByKey[key] {
                throw invalid(
                    line, element,
                    "named '\(entity.name)' like node '\(other.id)' on line \(other.line); give them distinct names",
                    in: elementFile)
            }
            idByKey[key] = (id, line)
            nameByID[id] = entity.name
            entities.append(entity)
        }
        for node in nodes {
            guard let id = node.id, !id.isEmpty else {
                throw invalid(node.line, node.element, "the node has no id", in: node.file)
            }
            guard nameByID[id] == nil else {
                throw invalid(node.line, node.element, "a second node with id '\(id)'", in: node.file)
            }
            try add(
                try entity(node, id: id, defaults: defaults), id: id, line: node.line, element: node.element,
                file: node.file)
        }
        var relations: [ImportedGraph.Relation] = []
        for edge in edges {
            var ends: [String] = []
            for (role, value) in [("source", edge.source), ("target", edge.target)] {
                guard let value, !value.isEmpty else { throw invalid(edge.line, edge.element, "no \(role)") }
                if nameByID[value] == nil {
                    guard nodesFromEdges else {
                        throw invalid(edge.line, edge.element, "\(role) '\(value)' is not a node of the file")
                    }
                    var endpoint = RawElement(element: edge.element, line: edge.line, id: value, attributes: [:])
                    endpoint.attributes["type"] = edge.attributes["\(role)_type"]
                    try add(
                        try entity(endpoint, id: value, defaults: defaults), id: value, line: edge.line,
                        element: edge.element)
                }
                ends.append(nameByID[value] ?? value)
            }
            relations.append(try relation(edge, source: ends[0], target: ends[1], defaults: defaults))
        }
        // The store deletes actors without mentions or relations: an isolated actor counts as mentioned once.
        let connected = Set(relations.flatMap { [$0.source, $0.target] })
        for index in entities.indices where entities[index].mentions == 0 && !connected.contains(entities[index].name) {
            entities[index].mentions = 1
        }
        return ImportedGraph(entities: entities, relations: relations)
    }

    private func invalid(_ line: Int, _ element: String, _ message: String, in elementFile: String? = nil)
        -> ImportError
    {
        .invalidElement(file: elementFile ?? file, line: line, element: element, message: message)
    }

    private func entity(_ node: RawElement, id: String, defaults: ImportDefaults) throws(ImportError) -> Entity {
        let attributes = node.attributes
        let name = [attributes["name"], attributes["label"]].compactMap { $0 }.first { !$0.isEmpty } ?? id
        let type: EntityType
        if let text = attributes["type"], !text.isEmpty {
            guard let parsed = EntityType(userInput: text) else {
                throw invalid(
                    node.line, node.element,
                    "type '\(text)' is not an actor type (person, state, group, agreement); fix the attribute",
                    in: node.file)
            }
            type = parsed
        } else if let fallback = defaults.entityType {
            type = fallback
        } else {
            throw invalid(
                node.line, node.element,
                "no actor type; add a 'type' attribute (person, state, group, agreement) or give a default type",
                in: node.file)
        }
        var subtype: GroupSubtype?
        if let text = attributes["subtype"], !text.isEmpty, type == .group {
            guard let parsed = GroupSubtype(rawValue: text) else {
                let known = GroupSubtype.allCases.map(\.rawValue).joined(separator: ", ")
                throw invalid(
                    node.line, node.element, "subtype '\(text)' is not one of \(known)", in: node.file)
            }
            subtype = parsed
        }
        let aliases = (attributes["aliases"] ?? "").split(separator: "; ").map(String.init).filter {
            !$0.isEmpty && $0 != name
        }
        var mentions = 0
        if let text = attributes["mentions"], !text.isEmpty {
            guard let value = Self.wholeNumber(text), value >= 0 else {
                throw invalid(
                    node.line, node.element, "mentions '\(text)' is not a whole number of 0 or more", in: node.file)
            }
            mentions = value
        }
        return Entity(name: name, type: type, subtype: subtype, aliases: aliases, mentions: mentions)
    }

    /// Edges may weigh at most this many sentences: each becomes a row of evidence.
    static let maximumWeight = 100_000

    private func relation(
        _ edge: RawElement, source: String, target: String, defaults: ImportDefaults
    ) throws(ImportError) -> ImportedGraph.Relation {
        let attributes = edge.attributes
        var type: RelationType?
        for key in ["relation", "type", "kind", "label"] {
            guard let text = attributes[key], !text.isEmpty else { continue }
            // Gephi's CSV `Type` column is the direction, not the relation.
            if ["directed", "undirected", "mutual"].contains(text.lowercased()) { continue }
            guard let parsed = RelationType(rawValue: text.lowercased()) else {
                let known = RelationType.allCases.map(\.rawValue).joined(separator: ", ")
                throw invalid(edge.line, edge.element, "\(key) '\(text)' is not a relation type (\(known))")
            }
            type = parsed
            break
        }
        guard let type = type ?? defaults.relationType else {
            throw invalid(
                edge.line, edge.element,
                "no relation type; add a 'type' attribute (supports, opposes, …) or give a default relation type")
        }
        var sentences = edge.sentences ?? []
        if edge.sentences == nil, let sentence = attributes["evidence"], !sentence.isEmpty {
            sentences = [(sentence, attributes["document"].flatMap { $0.isEmpty ? nil : $0 })]
        }
        var weight = max(sentences.count, 1)
        if let text = attributes["weight"], !text.isEmpty {
            guard let value = Self.wholeNumber(text), value >= 1, value <= Self.maximumWeight else {
                throw invalid(
                    edge.line, edge.element,
                    "weight '\(text)' is not a whole number from 1 to \(Self.maximumWeight); ActorGraph weights "
                        + "count evidence sentences, so round the weights or remove the attribute")
            }
            weight = max(value, sentences.count)
        }
        var confidence = 1.0
        if let text = attributes["confidence"], !text.isEmpty {
            guard let value = Double(text), (0...1).contains(value) else {
                throw invalid(edge.line, edge.element, "confidence '\(text)' is not a number from 0 to 1")
            }
            confidence = value
        }
        return ImportedGraph.Relation(
            source: source, type: type, target: target, confidence: confidence, weight: weight, sentences: sentences)
    }

    /// A whole number written as `3` or `3.0` (NetworkX writes weights as floats).
    static func wholeNumber(_ text: String) -> Int? {
        if let value = Int(text) { return value }
        guard let value = Double(text), value.isFinite, value.rounded() == value, abs(value) < 1e15 else { return nil }
        return Int(value)
    }
}
