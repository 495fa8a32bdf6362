import ActorGraphCore
import ArgumentParser

/// `--polarity`: keep only cooperation, conflict, structural or neutral relations (or any).
struct PolarityOption: ParsableArguments {
    @Option(name: .long, help: "Keep only relations of this polarity.")
    var polarity: PolarityChoice = .any

    /// The chosen polarity, nil for any.
    var value: Polarity? { polarity.polarity }
}
