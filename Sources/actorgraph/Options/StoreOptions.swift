import ArgumentParser

/// `--db PATH`, shared by every command that reads or writes the database.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The database file.", valueName: "path"))
    var db: String = "actorgraph.sqlite"
}

/// `--json`, shared by every command with structured output.
struct OutputOptions: ParsableArguments {
    @Flag(name: .long, help: "Print JSON instead of a table.")
    var json: Bool = false
}
