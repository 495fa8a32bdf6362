public import ActorGraphCore
import GraphStore

/// One relation to check, as `review` lists it (docs/json.md, "review item").
public struct ReviewRow: Codable, Sendable, Equatable {
    public var relationID: Int64?
    public var source: String
    public var type: RelationType
    public var target: String
    public var polarity: Polarity
    public var confidence: Double
    public var weight: Int
    /// Why it is listed (empty: listed for its confidence alone).
    public var reasons: [ReviewReason]
    /// The relations it contradicts, as "source type target".
    public var contradicts: [String]
    /// The sentence that shows it best.
    public var evidence: Evidence?
    public var firstSeen: String?
    public var lastSeen: String?

    init(_ item: ReviewItem) {
        relationID = item.relation.id?.rawValue
        source = item.relation.source
        type = item.relation.type
        target = item.relation.target
        polarity = item.relation.type.polarity
        confidence = item.relation.confidence
        weight = item.relation.weight
        reasons = item.reasons
        contradicts = item.contradicts
        evidence = item.sentence
        firstSeen = item.firstSeen
        lastSeen = item.lastSeen
    }
}

/// Which relations to list for review.
public struct ReviewRequest: Sendable, Equatable {
    /// At most this many; nil for all.
    public var limit: Int?
    /// Only relations flagged with this reason.
    public var only: ReviewReason?

    public init(limit: Int? = nil, only: ReviewReason? = nil) {
        self.limit = limit
        self.only = only
    }
}

/// The relations to check and how many there are in all.
public struct ReviewReport: Codable, Sendable, Equatable {
    /// The first ones, in review order.
    public var items: [ReviewRow]
    /// How many relations the request matches, listed or not.
    public var total: Int
}

extension Workspace {
    /// The relations to check, lowest confidence first, with contradictions and single-sentence edges flagged;
    /// accepted, rejected and hand-added relations are left out.
    public func review(_ request: ReviewRequest = ReviewRequest()) throws -> ReviewReport {
        let (items, total) = try store.review(limit: request.limit, only: request.only)
        return ReviewReport(items: items.map(ReviewRow.init), total: total)
    }
}
