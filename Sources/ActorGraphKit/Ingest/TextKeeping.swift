import ActorGraphCore
import Extraction

extension Extractor {
    /// Extracts a document and keeps its text with the result, so the store keeps it too: a sentence cited
    /// later as evidence for a relation added by hand is checked against it word for word.
    func extractKeepingText(_ document: SourceDocument) -> ExtractedDocument {
        var extracted = extract(document)
        extracted.text = document.text
        return extracted
    }
}
