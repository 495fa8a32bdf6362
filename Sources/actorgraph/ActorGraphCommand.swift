import ActorGraphKit
import ArgumentParser

/// The `actorgraph` command line: every subcommand calls one use case of ActorGraphKit.
@main
struct ActorGraphCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "actorgraph",
        abstract: "Extract actors and relations from news articles, analyse and map them.",
        subcommands: []
    )
}
