import ActorGraphKit
import ArgumentParser

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
            Ingest.self, Stats.self, Entities.self, Relations.self, Centrality.self, Path.self, Relate.self,
            Components.self, Communities.self, KCore.self, Clustering.self, Ego.self, Render.self, Report.self,
            Export.self,
            Import.self,
            Eval.self, Parse.self,
            Remove.self,
            Merge.self, Rename.self, Retype.self, RejectRelation.self,
        ]
    )
}
