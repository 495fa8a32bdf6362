import ActorGraphCore
import ActorGraphKit
import ArgumentParser
import Foundation

/// What a curation command's `--json` prints: the action and the actors it touched.
struct CurationResult: Codable {
    var action: String
    var subject: String
    var object: String
}

extension ActorGraphCommand {
    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Retract a document: its evidence goes, and relations and actors left with none are deleted.",
            discussion:
                "Example:\n  actorgraph remove 003_a33a895daf8ffad1.txt\n  actorgraph remove import:graph.graphml")

        @OptionGroup var store: StoreOptions
        @OptionGroup var status: StatusOptions
        @Argument(help: "The document id (its file name, or import:<file> for an import).") var document: String

        func run() throws {
            let report = try Workspace(databasePath: store.db).remove(document: document)
            try status.report(
                report,
                text: "removed \(report.document): \(report.evidenceRemoved) evidence sentences, "
                    + "\(report.relationsDeleted) relations and \(report.entitiesDeleted) entities deleted")
        }
    }

    struct Merge: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Merge actor B into actor A: B becomes an alias of A (kept across re-ingest).",
            discussion: "Example:\n  actorgraph merge \"Alliance of Sahel States\" \"Confederation of Sahel States\"")

        @OptionGroup var store: StoreOptions
        @OptionGroup var status: StatusOptions
        @Argument(help: "The actor to keep.") var keep: String
        @Argument(help: "The actor to absorb.") var other: String

        func run() throws {
            try Workspace(databasePath: store.db).merge(keep, absorbing: other)
            try status.report(
                CurationResult(action: "merge", subject: keep, object: other), text: "merged \(other) into \(keep)")
        }
    }

    struct Rename: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Rename an actor; the old name stays an alias (kept across re-ingest).",
            discussion: "Example:\n  actorgraph rename \"Wagner\" \"Wagner Group\"")

        @OptionGroup var store: StoreOptions
        @OptionGroup var status: StatusOptions
        @Argument(help: "The actor.") var name: String
        @Argument(help: "Its new canonical name.") var newName: String

        func run() throws {
            try Workspace(databasePath: store.db).rename(name, to: newName)
            try status.report(
                CurationResult(action: "rename", subject: name, object: newName), text: "renamed \(name) to \(newName)")
        }
    }

    struct Retype: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Change an actor's type (kept across re-ingest).",
            discussion: "Example:\n  actorgraph retype \"Africa Corps\" group")

        @OptionGroup var store: StoreOptions
        @OptionGroup var status: StatusOptions
        @Argument(help: "The actor.") var name: String
        @Argument(help: "Its new type.") var type: EntityType

        func run() throws {
            try Workspace(databasePath: store.db).retype(name, to: type)
            try status.report(
                CurationResult(action: "retype", subject: name, object: type.rawValue),
                text: "\(name) is now \(type == .agreement ? "an" : "a") \(type.rawValue)")
        }
    }

    struct RejectRelation: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "reject-relation",
            abstract: "Hide a wrongly extracted relation, now and after every later ingest.",
            discussion: "Example:\n  actorgraph reject-relation Russia opposes Mali")

        @OptionGroup var store: StoreOptions
        @OptionGroup var status: StatusOptions
        @OptionGroup var relation: RelationTripleArguments

        func run() throws {
            try Workspace(databasePath: store.db).rejectRelation(
                source: relation.source, type: relation.type, target: relation.target)
            try status.report(
                CurationResult(action: "reject-relation", subject: relation.text, object: ""),
                text: "rejected \(relation.text)")
        }
    }
}
