import ActorGraphCore
import GraphStore
import Render

extension ReportBuilder {
    // MARK: - Profile

    mutating func profileSection(_ actor: Entity, figures: ReportFigures) throws -> ReportSection {
        var blocks: [ReportBlock] = []
        var introduction: [ReportInline] = [
            .strong(actor.name), .text(" is \(article(actor.type.rawValue)) \(actor.type.rawValue)"),
        ]
        if let subtype = actor.subtype {
            introduction.append(.text(" (\(subtype.rawValue.replacing("_", with: " ")))"))
        }
        introduction.append(.text(", mentioned \(ReportNumbers.count(actor.mentions, "time")) in the documents"))
        if actor.aliases.isEmpty {
            introduction.append(.text("; it goes by no other name."))
        } else {
            introduction.append(.text("; also named "))
            for (index, alias) in actor.aliases.enumerated() {
                if index > 0 { introduction.append(.text(index == actor.aliases.count - 1 ? " and " : ", ")) }
                introduction.append(.emphasis(alias))
            }
            introduction.append(.text("."))
        }
        blocks.append(.paragraph(introduction))
        let relations = view.relations(of: actor.name)
        for type in RelationType.allCases {
            let ofType = relations.filter { $0.relation.type == type }
                .sorted {
                    ($1.relation.weight, $0.relation.source, $0.relation.target) < (
                        $0.relation.weight, $1.relation.source, $1.relation.target
                    )
                }
            guard !ofType.isEmpty else { continue }
            blocks.append(.subheading("\(type.shortLabel) (\(ofType.count))"))
            for span in ofType { blocks += relationBlocks(span) }
        }
        if relations.isEmpty {
            blocks.append(.paragraph([.text("\(actor.name) has no relation in this view.")]))
        } else {
            let drawn = try figures.egoMap(around: actor.name)
            var caption =
                "\(actor.name) and every actor one relation away: \(ReportNumbers.count(drawn.figure.model.nodes.count, "actor")) "
                + "and \(ReportNumbers.count(drawn.relations, "relation")), drawn as \(ReportNumbers.count(drawn.lines, "line")). "
                + "\(actor.name)’s own relations are bold; those among the others are faded."
            if !drawn.figure.omitted.isEmpty {
                caption +=
                    " \(ReportNumbers.count(drawn.figure.omitted.count, "less central neighbour")) "
                    + "left out to keep the labels legible."
                notes.append("ego map: \(ReportNumbers.count(drawn.figure.omitted.count, "neighbour")) left out")
            }
            blocks.append(
                .figure(
                    nextFigure(
                        key: "ego", drawn: drawn, caption: caption,
                        alternative: "Map of \(actor.name) and the actors one relation away")))
        }
        return ReportSection(kind: .profile, heading: "Profile: \(actor.name)", blocks: blocks, startsPage: true)
    }

    /// A relation as a line of text and its quotes: "Russia supports Mali — 3 sentences in 2 documents".
    mutating func relationBlocks(_ span: RelationSpan, quotes: Int = quotesPerRelation) -> [ReportBlock] {
        let relation = span.relation
        let documents = Set(relation.evidence.map(\.document)).count
        var details =
            " — \(ReportNumbers.count(relation.weight, "sentence")) in \(ReportNumbers.count(documents, "document")), "
            + "confidence \(ReportNumbers.fixed(relation.confidence, digits: 2))"
        if let first = span.firstSeen, let last = span.lastSeen {
            details += first == last ? ", dated \(first)" : ", dated \(first) to \(last)"
        }
        var blocks: [ReportBlock] = [.paragraph([.strong(sentence(relation)), .text(details + ".")])]
        let quoted = Self.quotable(relation.evidence, limit: quotes)
        for evidence in quoted { blocks.append(citations.quote(evidence)) }
        let rest = relation.weight - quoted.count
        if rest > 0 && !quoted.isEmpty {
            blocks.append(.paragraph([.emphasis("\(ReportNumbers.count(rest, "more sentence")) not quoted here.")]))
        }
        return blocks
    }

    /// Up to `limit` sentences to quote, one per document first, in document order.
    static func quotable(_ evidence: [Evidence], limit: Int) -> [Evidence] {
        let usable = evidence.filter { !$0.sentence.isEmpty }.sorted()
        var chosen: [Evidence] = []
        var documents: Set<String> = []
        for item in usable where chosen.count < limit && documents.insert(item.document).inserted {
            chosen.append(item)
        }
        for item in usable where chosen.count < limit && !chosen.contains(item) { chosen.append(item) }
        return chosen.sorted()
    }

    private func article(_ word: String) -> String {
        "aeiou".contains(word.first ?? "x") ? "an" : "a"
    }

    // MARK: - Connection

    mutating func connectionSection(_ relate: RelateReport, figures: ReportFigures) throws -> ReportSection {
        var blocks: [ReportBlock] = [.paragraph([.text(relate.summary)])]
        blocks.append(.subheading("Direct relations (\(relate.direct.count))"))
        if relate.direct.isEmpty {
            blocks.append(
                .paragraph([.text("\(relate.first) and \(relate.second) have no direct relation in this view.")]))
        }
        for direct in relate.direct {
            let relation = Relation(
                source: direct.source, type: direct.type, target: direct.target, confidence: direct.confidence,
                evidence: direct.evidence)
            blocks += relationBlocks(
                RelationSpan(relation: relation, firstSeen: direct.firstSeen, lastSeen: direct.lastSeen))
        }
        blocks.append(.subheading("Indirect connections (\(relate.indirect.count))"))
        if relate.indirect.isEmpty {
            blocks.append(.paragraph([.text("No indirect connection joins them in this view.")]))
        }
        for (index, path) in relate.indirect.enumerated() {
            let names = [path.hops.first?.from ?? relate.first] + path.hops.map(\.to)
            blocks.append(
                .paragraph([
                    .strong("\(index + 1). " + names.joined(separator: " — ")),
                    .text(" (\(ReportNumbers.count(path.hops.count, "hop")))"),
                ]))
            for hop in path.hops {
                let (source, target) = hop.forward ? (hop.from, hop.to) : (hop.to, hop.from)
                let verb = hop.type?.verbPhrase ?? "is linked to"
                blocks.append(.paragraph([.text("\(source) \(verb) \(target)")]))
                if let evidence = hop.evidence, !evidence.sentence.isEmpty {
                    blocks.append(citations.quote(evidence))
                } else {
                    blocks.append(.paragraph([.emphasis("No sentence for this hop in this view.")]))
                }
            }
        }
        if !relate.shared.isEmpty {
            blocks.append(.subheading("Shared neighbours (\(relate.shared.count))"))
            let rows = relate.shared.map { neighbour in
                [
                    neighbour.role, neighbour.name, neighbour.type.rawValue,
                    neighbour.withFirst.map(\.shortLabel).joined(separator: ", "),
                    neighbour.withSecond.map(\.shortLabel).joined(separator: ", "),
                ]
            }
            blocks.append(
                .table(
                    ReportTable(
                        headers: ["Role", "Actor", "Type", "With \(relate.first)", "With \(relate.second)"], rows: rows)
                ))
        }
        let actors = Set(
            [relate.first, relate.second] + relate.indirect.flatMap { $0.hops.flatMap { [$0.from, $0.to] } })
        let relationIDs = Set(
            (relate.direct.compactMap(\.relationID) + relate.indirect.flatMap { $0.hops.compactMap(\.relationID) })
                .map { RelationID($0) })
        let drawn = try figures.connectionMap(actors: actors, relations: relationIDs)
        let caption =
            "How \(relate.first) and \(relate.second) are connected: the direct relations and the "
            + "\(ReportNumbers.count(relate.indirect.count, "indirect connection")) above are bold, other relations among "
            + "the same \(ReportNumbers.count(drawn.figure.model.nodes.count, "actor")) are faded."
        blocks.append(
            .figure(
                nextFigure(
                    key: "connection", drawn: drawn, caption: caption,
                    alternative: "Map of how \(relate.first) and \(relate.second) are connected")))
        return ReportSection(
            kind: .connection, heading: "How \(relate.first) and \(relate.second) are connected", blocks: blocks,
            startsPage: true)
    }
}
