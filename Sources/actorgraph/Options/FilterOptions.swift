import ArgumentParser

/// `--min-confidence`, `--since` and `--until`: which relations and which evidence count.
struct FilterOptions: ParsableArguments {
    @Option(name: .customLong("min-confidence"), help: "Keep only relations at or above this confidence (0–1).")
    var minConfidence: Double = 0

    @Option(name: .long, help: ArgumentHelp("Keep only evidence dated on or after this day.", valueName: "YYYY-MM-DD"))
    var since: String?

    @Option(name: .long, help: ArgumentHelp("Keep only evidence dated on or before this day.", valueName: "YYYY-MM-DD"))
    var until: String?

    func validate() throws {
        guard (0...1).contains(minConfidence) else { throw ValidationError("--min-confidence must be between 0 and 1") }
    }
}
