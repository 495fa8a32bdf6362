public import ActorGraphCore

/// A dossier ready to be written as HTML or Markdown: sections of typed blocks, the figures as SVG, the
/// sources and the notes every quote cites.
///
/// Built by ActorGraphKit from the store and the analysis; the writers only lay it out, so the HTML page and
/// the Markdown file always say the same thing.
public struct ReportDocument: Sendable, Hashable {
    public var title: String
    /// A line under the title (what the dossier covers).
    public var subtitle: String?
    /// Starts every id in the document and in its figures, so two reports inlined in one page never collide.
    public var idPrefix: String
    public var sections: [ReportSection]
    /// The notes, numbered from 1 in order of first citation; quotes refer to them by number.
    public var notes: [ReportNote]
    /// The cited documents, numbered from 1; notes refer to them by number.
    public var sources: [ReportSource]
    /// Written in the page's `generator` metadata and the methodology: `ActorGraph 0.5.0`.
    public var generator: String

    public init(
        title: String, subtitle: String? = nil, idPrefix: String, sections: [ReportSection], notes: [ReportNote],
        sources: [ReportSource], generator: String
    ) {
        self.title = title
        self.subtitle = subtitle
        self.idPrefix = idPrefix
        self.sections = sections
        self.notes = notes
        self.sources = sources
        self.generator = generator
    }

    /// Every figure, in document order.
    public var figures: [ReportFigure] {
        sections.flatMap(\.blocks).compactMap { block in
            if case .figure(let figure) = block { return figure }
            return nil
        }
    }
}

/// The kinds of section a report has; each names its section's id (`<prefix>-summary`).
public enum ReportSectionKind: String, Sendable, Hashable, CaseIterable {
    case summary, map, legend, actors, profile, connection, sources, notes, methodology
}

/// One section: a heading and its blocks.
public struct ReportSection: Sendable, Hashable {
    public var kind: ReportSectionKind
    public var heading: String
    public var blocks: [ReportBlock]
    /// Whether printing starts it on a new page.
    public var startsPage: Bool

    public init(kind: ReportSectionKind, heading: String, blocks: [ReportBlock], startsPage: Bool = false) {
        self.kind = kind
        self.heading = heading
        self.blocks = blocks
        self.startsPage = startsPage
    }
}

/// A piece of a section.
public enum ReportBlock: Sendable, Hashable {
    case paragraph([ReportInline])
    /// A sub-heading inside a section.
    case subheading(String)
    case figure(ReportFigure)
    case table(ReportTable)
    /// A quoted evidence sentence and the note that cites it.
    case quote(ReportQuote)
    case list([[ReportInline]])
    /// The key of shapes, colours and lines of the figures.
    case legend(ReportLegend)
    /// The numbered list of cited documents.
    case sourceList
    /// The numbered list of notes.
    case noteList
}

/// Text inside a paragraph or list item.
public enum ReportInline: Sendable, Hashable {
    case text(String)
    case strong(String)
    case emphasis(String)
    /// A superscript call of note `n`.
    case note(Int)
}

/// An evidence sentence, exactly as it stands in its document, and the note that says where.
public struct ReportQuote: Sendable, Hashable {
    public var sentence: String
    public var note: Int

    public init(sentence: String, note: Int) {
        self.sentence = sentence
        self.note = note
    }
}

/// A drawing: its SVG, number, caption and the text that stands in for it.
public struct ReportFigure: Sendable, Hashable {
    /// Names the figure's id and, in Markdown, its file: `map`, `ego`, `connection`.
    public var key: String
    public var number: Int
    /// The SVG as the renderer wrote it (XML declaration included).
    public var svg: [UInt8]
    public var caption: String
    /// A one-line description for `alt` text.
    public var alternative: String

    public init(key: String, number: Int, svg: [UInt8], caption: String, alternative: String) {
        self.key = key
        self.number = number
        self.svg = svg
        self.caption = caption
        self.alternative = alternative
    }
}

/// A table of text cells.
public struct ReportTable: Sendable, Hashable {
    public var caption: String?
    public var headers: [String]
    public var rows: [[String]]
    /// Columns whose cells are right-aligned numbers.
    public var numericColumns: Set<Int>

    public init(caption: String? = nil, headers: [String], rows: [[String]], numericColumns: Set<Int> = []) {
        self.caption = caption
        self.headers = headers
        self.rows = rows
        self.numericColumns = numericColumns
    }
}

/// One note: which source a quote comes from and where in it.
public struct ReportNote: Sendable, Hashable {
    public var number: Int
    /// The number of its entry in ``ReportDocument/sources``.
    public var source: Int
    /// Offsets of the sentence in the document's text, in Unicode scalars.
    public var start: Int
    public var end: Int
    /// The graph file the sentence was imported from, when it was not read from the document.
    public var importedFrom: String?

    public init(number: Int, source: Int, start: Int, end: Int, importedFrom: String? = nil) {
        self.number = number
        self.source = source
        self.start = start
        self.end = end
        self.importedFrom = importedFrom
    }
}

/// One cited document and how much of the report rests on it.
public struct ReportSource: Sendable, Hashable {
    public var number: Int
    public var source: DocumentSource
    /// Evidence sentences it contributes to the relations in the report's view.
    public var evidenceCount: Int

    public init(number: Int, source: DocumentSource, evidenceCount: Int) {
        self.number = number
        self.source = source
        self.evidenceCount = evidenceCount
    }
}

/// The key of the figures: which actor types and polarities appear, and what size, width and `+N` mean.
public struct ReportLegend: Sendable, Hashable {
    public var types: [EntityType]
    public var polarities: [Polarity]
    /// Sentences on what node size, line width and labels mean.
    public var notes: [String]

    public init(types: [EntityType], polarities: [Polarity], notes: [String]) {
        self.types = types
        self.polarities = polarities
        self.notes = notes
    }
}
