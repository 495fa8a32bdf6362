import ArgumentParser

/// `--db PATH`, shared by every command that reads or writes the database.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The database file.", valueName: "path"))
    var db: String = "actorgraph.sqlite"
}

/// `--json`, shared by every command with structured output.
struct OutputOptions: ParsableArguments {
    @Flag(name: .long, help: "Print JSON (docs/json.md) instead of text.")
    var json: Bool = false
}

/// `--json` and `--quiet`, shared by the commands that change the store or write files.
struct StatusOptions: ParsableArguments {
    @Flag(name: .long, help: "Print JSON (docs/json.md) instead of text.")
    var json: Bool = false

    @Flag(name: .shortAndLong, help: "Print nothing on success (errors still go to standard error).")
    var quiet: Bool = false

    func validate() throws {
        if json && quiet { throw ValidationError("--json and --quiet exclude each other") }
    }

    /// Prints the result: JSON, the text line, or nothing.
    func report(_ value: some Encodable, text: @autoclosure () -> String) throws {
        if quiet { return }
        if json { return try printJSON(value) }
        Terminal.say(text())
    }
}
