import ActorGraphCore
import ArgumentParser

/// The three positional arguments that name one relation: source actor, relation type, target actor.
struct RelationTripleArguments: ParsableArguments {
    @Argument(help: "Source actor.") var source: String
    @Argument(help: "Relation type.") var type: RelationType
    @Argument(help: "Target actor.") var target: String

    /// The relation as the command line wrote it: "Russia supports Mali".
    var text: String { "\(source) \(type.rawValue) \(target)" }
}
