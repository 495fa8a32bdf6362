/// Why a relation is worth a second look.
public enum ReviewReason: String, CaseIterable, Codable, Sendable, Hashable {
    /// Its actors also have a relation of the opposite polarity (cooperation against conflict) in the same
    /// period, such as "A supports B" and "A opposes B".
    case contradiction
    /// One sentence is all that supports it.
    case singleSentence = "single_sentence"
}
