/// Errors of writing a report that the modules below cannot judge.
public enum ReportError: Error, CustomStringConvertible, Equatable, Sendable {
    /// The output file's extension names no report format.
    case unknownExtension(path: String)
    /// PDF needs headless Chromium, which is not on the `PATH`.
    case pdfConverterMissing
    /// Chromium ran but produced no PDF.
    case pdfFailed(reason: String)
    /// Fewer than one actor to report on in the chosen view.
    case emptyView

    public var description: String {
        switch self {
        case .unknownExtension(let path):
            "\(path): cannot tell the report format from the extension; name the file .html, .md or .pdf"
        case .pdfConverterMissing:
            "a PDF report needs headless Chromium, which is not installed; install it (apt-get install chromium, or "
                + "make deps) or write .html and print it from a browser"
        case .pdfFailed(let reason):
            "Chromium could not print the report to PDF (\(reason)); write .html and print it from a browser"
        case .emptyView:
            "the view holds no relation to report on; ingest documents first, or loosen the filters"
        }
    }
}
