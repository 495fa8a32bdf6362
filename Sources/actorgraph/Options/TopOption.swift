import ArgumentParser

/// `--top N`: how many ranked rows to show; tables default to 10, JSON to all.
struct TopOption: ParsableArguments {
    @Option(name: .long, help: "How many to show; 0 shows all (default: 10 in a table, all in JSON).")
    var top: Int?

    func validate() throws {
        if let top, top < 0 { throw ValidationError("--top must be 0 (all) or more") }
    }

    /// The row limit for this output: 0 means all.
    func limit(json: Bool) -> Int { top ?? (json ? 0 : 10) }
}
