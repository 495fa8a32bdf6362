import ActorGraphCore
import ArgumentParser

/// `--polarity`: keep only cooperation, conflict, structural or neutral relations (or any).
struct PolarityOption: ParsableArguments {
    @Option(name: .long, help: "Keep only relations of this polarity: cooperation|conflict|structural|neutral|any.")
    var polarity: String = "any"

    func validate() throws {
        guard polarity == "any" || Polarity(rawValue: polarity) != nil else {
            throw ValidationError("--polarity must be one of cooperation, conflict, structural, neutral, any")
        }
    }

    /// The chosen polarity, nil for any.
    var value: Polarity? { Polarity(rawValue: polarity) }
}
