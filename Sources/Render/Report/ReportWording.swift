import ActorGraphCore

/// Sentences both writers share, so the HTML page and the Markdown file cite in the same words.
enum ReportWording {
    /// How much a source gives, as "12 evidence sentences in this view; quoted in notes 1, 3 and 7".
    static func sourceUse(_ entry: ReportSource, notes: [Int]) -> String {
        var text = "\(entry.evidenceCount) evidence sentence\(entry.evidenceCount == 1 ? "" : "s") in this view"
        if !notes.isEmpty {
            text += "; quoted in note\(notes.count == 1 ? "" : "s") " + list(notes.map(String.init))
        }
        return text + "."
    }

    /// Where a note's sentence is: "characters 318–569 of 000_x.txt" (the file named only when the source has a
    /// title of its own), or the imported file that cites it.
    static func position(_ note: ReportNote, source: DocumentSource) -> String {
        if let file = note.importedFrom { return "as cited by the imported file \(file)." }
        let file = source.displayTitle == source.document ? "" : " of \(source.document)"
        return "characters \(note.start)–\(note.end)\(file)."
    }

    /// "a", "a and b", "a, b and c".
    static func list(_ items: [String]) -> String {
        switch items.count {
        case 0: ""
        case 1: items[0]
        default: items.dropLast().joined(separator: ", ") + " and " + (items.last ?? "")
        }
    }
}
