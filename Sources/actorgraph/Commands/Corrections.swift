import ActorGraphCore
import ActorGraphKit
import ArgumentParser
import Foundation

extension ActorGraphCommand {
    struct Unalias: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Take a wrong alias off an actor; its mentions are resolved again (kept across re-ingest).",
            discussion: """
                The alias then joins no names together: documents that call an actor by it alone give an actor of \
                that name. Every stored document is read again. Names match ignoring case and accents.
                Example:
                  actorgraph unalias "Ibrahim Traore" "Traore"
                """)

        @OptionGroup var store: StoreOptions
        @OptionGroup var status: StatusOptions
        @Argument(help: "The actor.") var actor: String
        @Argument(help: "The alias to take off.") var alias: String

        func run() throws {
            let report = try Workspace(databasePath: store.db).unalias(actor, alias: alias)
            try printOutcome(
                report, status: status,
                done: "took the alias '\(report.curation.object)' off '\(report.curation.subject)'"
                    + " (curation \(report.curation.id))")
        }
    }

    struct AddRelation: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add-relation",
            abstract: "Add a missing relation by hand, citing a sentence of a stored document (kept across re-ingest).",
            discussion: """
                The evidence must stand in the document word for word; the relation type must admit the actors' \
                types. The relation is marked curated wherever it is shown and exported.
                Example:
                  actorgraph add-relation Russia supports Niger --document 001_3dc2b227b6bf868c.txt \\
                    --evidence "Russia has agreed to provide arms and military training"
                """)

        @OptionGroup var store: StoreOptions
        @OptionGroup var status: StatusOptions
        @Argument(help: "Source actor.") var source: String
        @Argument(help: "Relation type.") var type: RelationType
        @Argument(help: "Target actor.") var target: String
        @Option(name: .long, help: ArgumentHelp("The stored document the evidence is in.", valueName: "id"))
        var document: String
        @Option(name: .long, help: ArgumentHelp("The supporting sentence, word for word.", valueName: "text"))
        var evidence: String

        func run() throws {
            let row = try Workspace(databasePath: store.db).addRelation(
                AddRelationRequest(source: source, type: type, target: target, document: document, evidence: evidence))
            try status.report(
                row,
                text: "added \(row.subject) \(type.rawValue) \(row.object) (curation \(row.id)), citing "
                    + "\(row.evidence.map { "\($0.document):\($0.start)-\($0.end)" } ?? document)")
        }
    }
}
