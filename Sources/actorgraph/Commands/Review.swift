import ActorGraphCore
import ActorGraphKit
import ArgumentParser
import Foundation

extension ActorGraphCommand {
    struct Review: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "List relations to check, lowest confidence first, flagging contradictions and single-sentence edges.",
            discussion: """
                A contradiction is a relation of the opposite polarity between the same actors in an overlapping \
                period ("A supports B" and "A opposes B"). Accept or reject each one: it then leaves the list.
                Example:
                  actorgraph review --only contradiction
                  actorgraph accept-relation Russia supports Mali
                """)

        @OptionGroup var store: StoreOptions
        @OptionGroup var output: OutputOptions
        @Option(name: .long, help: "List at most this many (0 for all).") var limit: Int = 20
        @Option(name: .long, help: "Only relations with this flag.") var only: ReviewReason?

        func validate() throws {
            if limit < 0 { throw ValidationError("--limit must be 0 (all) or more") }
        }

        func run() throws {
            let report = try Workspace(databasePath: store.db).review(
                ReviewRequest(limit: limit == 0 ? nil : limit, only: only))
            if output.json { return try printJSON(report.items) }
            if report.items.isEmpty { return Terminal.say("nothing to review") }
            var lines: [String] = []
            for (index, row) in report.items.enumerated() {
                var notes = [String(format: "confidence %.2f", row.confidence), "weight \(row.weight)"]
                if !row.contradicts.isEmpty { notes.append("contradicts \(row.contradicts.joined(separator: ", "))") }
                if row.reasons.contains(.singleSentence) { notes.append("single sentence") }
                lines.append(
                    "\(index + 1). \(row.source) \(row.type.rawValue) \(row.target)  [\(notes.joined(separator: "; "))]"
                )
                if let evidence = row.evidence { lines.append("     \(evidenceLine(evidence))") }
            }
            if report.total > report.items.count {
                lines.append("and \(report.total - report.items.count) more (--limit 0 lists all)")
            }
            lines.append("accept one with: actorgraph accept-relation SOURCE TYPE TARGET; reject with reject-relation")
            Terminal.say(lines.joined(separator: "\n"))
        }
    }

    struct AcceptRelation: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "accept-relation",
            abstract: "Mark a relation checked and kept: review no longer lists it (kept across re-ingest).",
            discussion: "Example:\n  actorgraph accept-relation Russia supports Mali")

        @OptionGroup var store: StoreOptions
        @OptionGroup var status: StatusOptions
        @OptionGroup var relation: RelationTripleArguments

        func run() throws {
            try Workspace(databasePath: store.db).acceptRelation(
                source: relation.source, type: relation.type, target: relation.target)
            try status.report(
                CurationResult(action: "accept-relation", subject: relation.text, object: ""),
                text: "accepted \(relation.text)")
        }
    }
}
