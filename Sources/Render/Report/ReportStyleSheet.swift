/// The report page's CSS: every rule scoped to `.actorgraph-report`, so a report inlined into another page
/// styles only itself, plus print rules (A4, page breaks between the main sections).
enum ReportStyleSheet {
    static let css = """
        .actorgraph-report { max-width: 900px; margin: 0 auto; padding: 24px 28px; color: #1b1b1b;
          background: #ffffff; font: 16px/1.55 Georgia, "Times New Roman", serif; }
        .actorgraph-report h1, .actorgraph-report h2, .actorgraph-report h3, .actorgraph-report figcaption,
        .actorgraph-report table, .actorgraph-report .subtitle, .actorgraph-report .legend-notes {
          font-family: "Helvetica Neue", Arial, sans-serif; }
        .actorgraph-report h1 { font-size: 30px; line-height: 1.2; margin: 0 0 6px; }
        .actorgraph-report .subtitle { color: #555555; margin: 0 0 18px; }
        .actorgraph-report h2 { font-size: 22px; margin: 30px 0 10px; padding-top: 8px; border-top: 2px solid #222222; }
        .actorgraph-report h3 { font-size: 17px; margin: 20px 0 6px; }
        .actorgraph-report figure { margin: 16px 0; }
        .actorgraph-report figure svg { display: block; max-width: 100%; height: auto; margin: 0 auto; }
        .actorgraph-report figcaption { font-size: 14px; color: #333333; margin-top: 8px; }
        .actorgraph-report table { border-collapse: collapse; width: 100%; font-size: 14px; margin: 8px 0 12px; }
        .actorgraph-report caption { text-align: left; font-weight: bold; padding-bottom: 4px; }
        .actorgraph-report th, .actorgraph-report td { border-bottom: 1px solid #dddddd; padding: 4px 8px;
          text-align: left; vertical-align: top; }
        .actorgraph-report th { border-bottom: 2px solid #555555; }
        .actorgraph-report .num { text-align: right; font-variant-numeric: tabular-nums; }
        .actorgraph-report blockquote { margin: 6px 0 10px 18px; padding: 2px 12px; border-left: 3px solid #9a9a9a;
          color: #2a2a2a; }
        .actorgraph-report blockquote p { margin: 0; }
        .actorgraph-report sup a { text-decoration: none; }
        .actorgraph-report .legend td.mark { width: 56px; }
        .actorgraph-report .legend-notes { font-size: 14px; }
        .actorgraph-report ol.sources li, .actorgraph-report ol.notes li { margin-bottom: 4px; }
        .actorgraph-report ol.notes { font-size: 14px; }
        .actorgraph-report .file { color: #555555; font-family: "DejaVu Sans Mono", Menlo, monospace; font-size: 13px; }
        @page { size: A4; margin: 12mm; }
        @media print {
          .actorgraph-report { max-width: none; padding: 0; font-size: 11pt; }
          .actorgraph-report section.new-page { break-before: page; }
          .actorgraph-report h2, .actorgraph-report h3 { break-after: avoid; }
          .actorgraph-report figure, .actorgraph-report blockquote, .actorgraph-report tr { break-inside: avoid; }
          .actorgraph-report a { color: inherit; }
        }
        """
}
