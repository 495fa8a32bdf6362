import ActorGraphKit
import ArgumentParser
import Foundation

/// The `actorgraph` command line: each subcommand calls one use case of ActorGraphKit and prints its result.
@main
struct ActorGraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "actorgraph",
        abstract: "Read news articles into a graph of actors and relations; analyse and map it.",
        discussion: """
            Every relation keeps the sentences that justify it. Start with:
              actorgraph ingest seeds/
              actorgraph centrality --measure pagerank
              actorgraph path Russia Mali
              actorgraph render --format svg --out map.svg
              actorgraph export --format gexf --out graph.gexf
            """,
        version: ActorGraphVersion.description,
        subcommands: [
            Ingest.self, Documents.self, Stats.self, Entities.self, Relations.self, Centrality.self, Path.self,
            Relate.self, Components.self, Communities.self, KCore.self, Clustering.self, Ego.self, Render.self,
            Report.self, Export.self,
            Import.self,
            Eval.self, Parse.self,
            Remove.self,
            Merge.self, Rename.self, Retype.self, RejectRelation.self,
            Unalias.self, AddRelation.self, Review.self, AcceptRelation.self, Curations.self, Undo.self,
        ]
    )

    /// Runs the command; errors go through ``Terminal`` so a file or actor name in a message cannot drive the
    /// terminal (ArgumentParser's own `main` prints messages as they are).
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            let message = fullMessage(for: error)
            if code == .success {
                // Help and version text: ours, printed as written.
                if !message.isEmpty { Terminal.sayVerbatim(message) }
            } else if error is ValidationError || message.contains("\nUsage:") {
                // ArgumentParser's own messages: several lines of usage.
                Terminal.warnLines(message)
            } else {
                // Our errors are one line: a line break inside a name is escaped too.
                Terminal.warn(message)
            }
            Foundation.exit(code.rawValue)
        }
    }
}
