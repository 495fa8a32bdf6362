import ActorGraphCore
import ActorGraphKit
import ArgumentParser
import Foundation

extension ActorGraphCommand {
    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Retract a document: its evidence goes, and relations and actors left with none are deleted.",
            discussion: "Example:\n  actorgraph remove 003_a33a895daf8ffad1.txt")

        @OptionGroup var store: StoreOptions
        @OptionGroup var output: OutputOptions
        @Argument(help: "The document id (its file name).") var document: String

        func run() throws {
            let report = try Workspace(databasePath: store.db).remove(document: document)
            if output.json { return try printJSON(report) }
            Terminal.say(
                "removed \(report.document): \(report.evidenceRemoved) evidence sentences, "
                    + "\(report.relationsDeleted) relations and \(report.entitiesDeleted) entities deleted")
        }
    }

    struct Merge: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Merge actor B into actor A: B becomes an alias of A (kept across re-ingest).",
            discussion: "Example:\n  actorgraph merge \"Alliance of Sahel States\" \"Confederation of Sahel States\"")

        @OptionGroup var store: StoreOptions
        @Argument(help: "The actor to keep.") var keep: String
        @Argument(help: "The actor to absorb.") var other: String

        func run() throws {
            try Workspace(databasePath: store.db).merge(keep, absorbing: other)
            Terminal.say("merged \(other) into \(keep)")
        }
    }

    struct Rename: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Rename an actor; the old name stays an alias (kept across re-ingest).",
            discussion: "Example:\n  actorgraph rename \"Wagner\" \"Wagner Group\"")

        @OptionGroup var store: StoreOptions
        @Argument(help: "The actor.") var name: String
        @Argument(help: "Its new canonical name.") var newName: String

        func run() throws {
            try Workspace(databasePath: store.db).rename(name, to: newName)
            Terminal.say("renamed \(name) to \(newName)")
        }
    }

    struct Retype: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Change an actor's type (kept across re-ingest).",
            discussion: "Example:\n  actorgraph retype \"Africa Corps\" group")

        @OptionGroup var store: StoreOptions
        @Argument(help: "The actor.") var name: String
        @Argument(help: "person|state|group|agreement.") var type: String

        func validate() throws {
            if EntityType(userInput: type) == nil {
                throw ValidationError("type must be person, state, group or agreement")
            }
        }

        func run() throws {
            guard let entityType = EntityType(userInput: type) else { return }
            try Workspace(databasePath: store.db).retype(name, to: entityType)
            Terminal.say("\(name) is now a \(entityType.rawValue)")
        }
    }

    struct RejectRelation: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "reject-relation",
            abstract: "Hide a wrongly extracted relation, now and after every later ingest.",
            discussion: "Example:\n  actorgraph reject-relation Russia opposes Mali")

        @OptionGroup var store: StoreOptions
        @Argument(help: "Source actor.") var source: String
        @Argument(help: "Relation type.") var type: String
        @Argument(help: "Target actor.") var target: String

        func validate() throws {
            if RelationType(rawValue: type) == nil {
                throw ValidationError(CoreError.unknownRelationType(type).description)
            }
        }

        func run() throws {
            guard let relationType = RelationType(rawValue: type) else { return }
            try Workspace(databasePath: store.db).rejectRelation(source: source, type: relationType, target: target)
            Terminal.say("rejected \(source) \(type) \(target)")
        }
    }
}
