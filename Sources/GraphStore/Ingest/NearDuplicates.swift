import ActorGraphCore
import Foundation
import GRDB

/// Wire copies: documents whose texts are near-identical (MinHash similarity at least
/// ``TextFingerprint/copyThreshold``) form a cluster, and a cluster counts once in relation weights.
///
/// The clusters are the connected components of the "is a copy of" graph (two documents are compared when
/// their fingerprints share a band), so they depend on the set of documents only, never on the order they
/// came in. A cluster's original is its earliest document (by date, undated last, then id); every other
/// member's `copy_of` names it. Adding a document joins it to every cluster holding a copy of it (merging
/// them); removing or changing one regroups its old cluster from the remaining members. Evidence of a
/// cluster counts once per relation (`evidence.counted`): the sentences of the one member with the most of
/// them for that relation (ties: the earlier in the order above), so 100 copies of a story weigh what one
/// does, and a sentence that only a copy has still counts.
struct NearDuplicates {
    /// Clusters whose members must be regrouped (their original's id, as stored in `copy_of`).
    private var dissolved = Set<String>()
    /// Documents given a new fingerprint (or none) in this transaction.
    private var added: [String: TextFingerprint?] = [:]
    /// Documents whose evidence changed in this transaction.
    private var touched = Set<String>()
    /// Documents taken out of a cluster, or whose evidence changed otherwise than by being added, in this
    /// transaction: their clusters are always recounted whole.
    private var unsettled = Set<String>()

    /// Takes `document` out of its cluster before its fingerprint is replaced, it is renamed or deleted.
    ///
    /// Call it while the stored fingerprint is still the old one: its bands are found from it.
    mutating func detach(_ db: Database, document: String) throws {
        touched.insert(document)
        unsettled.insert(document)
        let original = try Self.clusterOriginal(db, of: document)
        if let original { dissolved.insert(original) }
        if let fingerprint = try Self.fingerprint(db, of: document) {
            let delete = try db.cachedStatement(
                sql: "DELETE FROM document_bands WHERE band = ? AND bucket = ? AND cluster = ? AND document_id = ?")
            for (band, key) in fingerprint.bandKeys.enumerated() {
                try delete.execute(arguments: [band, key, original ?? document, document])
            }
        }
        try db.cachedStatement(sql: "UPDATE documents SET copy_of = NULL, copy_similarity = NULL WHERE id = ?")
            .execute(arguments: [document])
    }

    /// Records that `document` (whose row exists) now has `fingerprint`; nil: too short to have one.
    mutating func attach(_ document: String, fingerprint: TextFingerprint?) {
        touched.insert(document)
        added[document] = .some(fingerprint)
    }

    /// Notes that `document`'s evidence changed, so its cluster's counted sentences are chosen again.
    mutating func evidenceChanged(_ document: String) {
        touched.insert(document)
        unsettled.insert(document)
    }

    /// Regroups the dissolved clusters, adds the new fingerprints, and recounts the evidence of every cluster
    /// that changed.
    mutating func finish(_ db: Database) throws {
        var affected = Set<String>()
        // Fingerprints do not change while the clusters are rebuilt: each is read once per batch, not once per
        // document that shares a band with it; so is the list of clusters in a bucket, kept up to date as
        // documents are added and moved.
        let fingerprints = ClusterMemo()
        // A document given a new fingerprint is added afterwards, like any other.
        let adding = Set(added.keys)
        for original in dissolved.sorted() {
            affected.formUnion(try regroup(db, membersOf: original, leavingOut: adding, fingerprints: fingerprints))
        }
        // New documents that joined one cluster as a copy of its original, by original.
        var joined: [String: Set<String>] = [:]
        for (document, fingerprint) in added.sorted(by: { $0.key < $1.key }) {
            guard let fingerprint = fingerprint ?? nil,
                try Bool.fetchOne(db, sql: "SELECT 1 FROM documents WHERE id = ?", arguments: [document]) != nil
            else { continue }
            switch try insert(db, document: document, fingerprint: fingerprint, fingerprints: fingerprints) {
            case .joined(let original) where !unsettled.contains(document):
                joined[original, default: []].insert(document)
            case .joined(let original):
                affected.formUnion([document, original])
            case .regrouped(let members):
                affected.formUnion(members)
            }
        }
        var originals = Set<String>()
        for document in affected.union(touched.subtracting(joined.values.joined())) {
            originals.insert(try Self.clusterOriginal(db, of: document) ?? document)
        }
        for original in originals.sorted() { try recount(db, clusterOf: original) }
        // A new copy that leaves the original and the order of the other members as they were can only change
        // which member counts for the relations it has evidence for: only those are chosen again.
        // (A cluster a later document of the batch merged into another, or gave an earlier original, was
        // recounted whole above, under its new original.)
        for (original, documents) in joined.sorted(by: { $0.key < $1.key }) where !originals.contains(original) {
            guard try Self.clusterOriginal(db, of: original) == original else { continue }
            try recount(db, clusterOf: original, onlyRelationsOf: documents)
        }
        dissolved = []
        added = [:]
        touched = []
        unsettled = []
    }

    /// What adding a document did to the clusters.
    private enum Insertion {
        /// It joined one cluster as a copy of its original, which stays the original.
        case joined(original: String)
        /// Clusters were merged or re-ordered: these documents' cluster changed (none when it stands alone).
        case regrouped(Set<String>)
    }

    // MARK: - Clusters

    /// The cluster's original when `document` is in a cluster of two or more, else nil.
    static func clusterOriginal(_ db: Database, of document: String) throws -> String? {
        guard
            let row = try Row.fetchOne(
                db.cachedStatement(
                    sql: """
                        SELECT copy_of, EXISTS (SELECT 1 FROM documents c WHERE c.copy_of = d.id) AS has_copies
                        FROM documents d WHERE id = ?
                        """), arguments: [document])
        else { return nil }
        if let original: String = row["copy_of"] { return original }
        return row["has_copies"] as Bool ? document : nil
    }

    /// The members of the cluster whose original is `original` (the original included, if it is stored).
    private static func members(_ db: Database, of original: String) throws -> Set<String> {
        Set(try orderedMembers(db, of: original))
    }

    /// The members of the cluster whose original is `original`, in the order of ``ordered(_:_:)``, read in one
    /// query rather than one per member.
    private static func orderedMembers(_ db: Database, of original: String) throws -> [String] {
        let rows = try Row.fetchAll(
            db.cachedStatement(sql: "SELECT id, date FROM documents WHERE copy_of = ?1 OR id = ?1"),
            arguments: [original])
        return sortedForOriginal(rows.map { (id: $0["id"], date: $0["date"]) })
    }

    /// `ids` in the order that picks a cluster's original: dated before undated, earlier date, then id.
    private static func ordered(_ db: Database, _ ids: some Collection<String>) throws -> [String] {
        let statement = try db.cachedStatement(sql: "SELECT date FROM documents WHERE id = ?")
        return sortedForOriginal(try ids.map { (id: $0, date: try String.fetchOne(statement, arguments: [$0])) })
    }

    /// Dated before undated, earlier date, then id.
    private static func sortedForOriginal(_ dated: [(id: String, date: String?)]) -> [String] {
        dated.sorted { a, b in
            switch (a.date, b.date) {
            case (let x?, let y?) where x != y: return x < y
            case (.some, nil): return true
            case (nil, .some): return false
            default: return a.id < b.id
            }
        }.map(\.id)
    }

    fileprivate static func fingerprint(_ db: Database, of id: String) throws -> TextFingerprint? {
        try Data.fetchOne(
            db.cachedStatement(sql: "SELECT fingerprint FROM documents WHERE id = ?"), arguments: [id]
        ).flatMap { TextFingerprint(bytes: Array($0)) }
    }

    /// Indexes `document`'s fingerprint and joins it with every cluster holding a copy of it; returns the
    /// documents whose cluster changed.
    private func insert(
        _ db: Database, document: String, fingerprint: TextFingerprint, fingerprints: ClusterMemo
    ) throws -> Insertion {
        let keys = fingerprint.bandKeys
        // The distinct clusters in one bucket, by a loose index scan of the (band, bucket, cluster) prefix, each
        // with its first member in the bucket and whether it has another there: most clusters met are single
        // documents, which are then compared without a query of their own.
        let clustersInBucket = try db.cachedStatement(
            sql: """
                WITH RECURSIVE found (cluster) AS (
                    SELECT MIN(cluster) FROM document_bands WHERE band = ?1 AND bucket = ?2
                    UNION ALL
                    SELECT (SELECT MIN(cluster) FROM document_bands WHERE band = ?1 AND bucket = ?2 AND cluster > found.cluster)
                    FROM found WHERE found.cluster IS NOT NULL
                ), firsts (cluster, first) AS (
                    SELECT cluster, (SELECT MIN(document_id) FROM document_bands
                        WHERE band = ?1 AND bucket = ?2 AND cluster = found.cluster)
                    FROM found WHERE cluster IS NOT NULL
                )
                SELECT cluster, first, EXISTS (SELECT 1 FROM document_bands
                    WHERE band = ?1 AND bucket = ?2 AND cluster = firsts.cluster AND document_id > firsts.first) AS more
                FROM firsts
                """)
        let membersInBucket = try db.cachedStatement(
            sql:
                "SELECT document_id FROM document_bands WHERE band = ? AND bucket = ? AND cluster = ? ORDER BY document_id"
        )
        var joined = Set<String>()
        var compared = Set<String>()
        /// Whether `member` is a copy of `document`, comparing each member once.
        func isCopy(_ member: String) throws -> Bool {
            guard member != document, compared.insert(member).inserted,
                let other = try fingerprints.fingerprint(db, of: member)
            else { return false }
            return fingerprint.similarity(to: other) >= TextFingerprint.copyThreshold
        }
        for (band, key) in keys.enumerated() {
            for entry in try fingerprints.clusters(db, band: band, key: key, query: clustersInBucket) {
                let cluster = entry.cluster
                guard !joined.contains(cluster) else { continue }
                // Any one member that is a copy joins the clusters; the first one usually is.
                if let first = entry.first, try isCopy(first) {
                    joined.insert(cluster)
                    continue
                }
                guard entry.more || entry.first == nil else { continue }
                let cursor = try String.fetchCursor(membersInBucket, arguments: [band, key, cluster])
                while let member = try cursor.next() {
                    if try isCopy(member) {
                        joined.insert(cluster)
                        break
                    }
                }
            }
        }
        let insertBand = try db.cachedStatement(
            sql: "INSERT OR IGNORE INTO document_bands (band, bucket, cluster, document_id) VALUES (?, ?, ?, ?)")
        // The common case, a copy of one cluster that is not older than its original, changes no other member.
        if joined.count == 1, let cluster = joined.first, try Self.ordered(db, [cluster, document]).first == cluster {
            let similarity = try fingerprints.fingerprint(db, of: cluster).map(fingerprint.similarity)
            try db.cachedStatement(sql: "UPDATE documents SET copy_of = ?, copy_similarity = ? WHERE id = ?")
                .execute(arguments: [cluster, similarity, document])
            for (band, key) in keys.enumerated() {
                try insertBand.execute(arguments: [band, key, cluster, document])
                fingerprints.added(document, to: cluster, band: band, key: key)
            }
            return .joined(original: cluster)
        }
        var members: Set<String> = [document]
        for cluster in joined { members.formUnion(try Self.members(db, of: cluster)) }
        let original = try assign(db, cluster: members, fingerprints: fingerprints)
        for (band, key) in keys.enumerated() {
            try insertBand.execute(arguments: [band, key, original, document])
            fingerprints.added(document, to: original, band: band, key: key)
        }
        return .regrouped(members.count > 1 ? members : [])
    }

    /// Regroups the remaining members of the cluster whose original was `original` into the components they
    /// now form; returns them.
    private func regroup(
        _ db: Database, membersOf original: String, leavingOut adding: Set<String>, fingerprints memo: ClusterMemo
    ) throws -> Set<String> {
        let members = try Self.members(db, of: original).subtracting(adding)
        guard !members.isEmpty else { return [] }
        // Rebuilt in memory by adding the members one by one, as `insert` adds a document: a member joins
        // every component it has a copy in among those sharing one of its bands.
        let ids = members.sorted()
        var fingerprints: [TextFingerprint?] = []
        for id in ids { fingerprints.append(try memo.fingerprint(db, of: id)) }
        // Wire copies are alike all round: when every member is a copy of one of them (sharing a band, similar
        // enough), they are one component, found in n comparisons.
        if let pivot = fingerprints.compactMap({ $0 }).first {
            let pivotKeys = Set(pivot.bandKeys.enumerated().map { BucketKey(band: $0.offset, key: $0.element) })
            let star = fingerprints.allSatisfy { fingerprint in
                guard let fingerprint else { return false }
                let shares = fingerprint.bandKeys.enumerated().contains {
                    pivotKeys.contains(BucketKey(band: $0.offset, key: $0.element))
                }
                return shares && fingerprint.similarity(to: pivot) >= TextFingerprint.copyThreshold
            }
            if star {
                try assign(db, cluster: members, fingerprints: memo)
                return members
            }
        }
        var buckets: [BucketKey: [Int]] = [:]
        var parent = Array(ids.indices)
        func find(_ i: Int) -> Int {
            var root = i
            while parent[root] != root { root = parent[root] }
            var node = i
            while parent[node] != root { (parent[node], node) = (root, parent[node]) }
            return root
        }
        for (i, fingerprint) in fingerprints.enumerated() {
            guard let fingerprint else { continue }
            let keys = fingerprint.bandKeys
            var compared = Set<Int>()
            for (band, key) in keys.enumerated() {
                for j in buckets[BucketKey(band: band, key: key), default: []] where find(i) != find(j) {
                    guard compared.insert(j).inserted, let other = fingerprints[j] else { continue }
                    if fingerprint.similarity(to: other) >= TextFingerprint.copyThreshold { parent[find(j)] = find(i) }
                }
            }
            for (band, key) in keys.enumerated() { buckets[BucketKey(band: band, key: key), default: []].append(i) }
        }
        var components: [Int: Set<String>] = [:]
        for i in ids.indices { components[find(i), default: []].insert(ids[i]) }
        for component in components.values { try assign(db, cluster: component, fingerprints: memo) }
        return members
    }

    fileprivate struct BucketKey: Hashable {
        var band: Int
        var key: Int64
    }

    /// Writes one cluster and returns its original.
    ///
    /// Its earliest member is the original; every other names it, with its similarity; their band rows name
    /// the cluster.
    @discardableResult
    private func assign(_ db: Database, cluster members: Set<String>, fingerprints: ClusterMemo) throws -> String {
        let ordered = try Self.ordered(db, members)
        guard let original = ordered.first else { return "" }
        let update = try db.cachedStatement(
            sql: "UPDATE documents SET copy_of = ?, copy_similarity = ? WHERE id = ?")
        let currentCluster = try db.cachedStatement(sql: "SELECT COALESCE(copy_of, id) FROM documents WHERE id = ?")
        // Band rows are found by their whole key (the bands come from the stored fingerprint), so moving a
        // member to another cluster touches its 32 rows and nothing else.
        let rebucket = try db.cachedStatement(
            sql: """
                UPDATE document_bands SET cluster = ? WHERE band = ? AND bucket = ? AND cluster = ? AND document_id = ?
                """)
        let originalFingerprint = try fingerprints.fingerprint(db, of: original)
        for member in ordered {
            let copyOf = member == original ? nil : original
            let fingerprint = try fingerprints.fingerprint(db, of: member)
            let similarity =
                copyOf == nil ? nil : fingerprint.flatMap { copy in originalFingerprint.map(copy.similarity) }
            let previous = try String.fetchOne(currentCluster, arguments: [member]) ?? member
            try update.execute(arguments: [copyOf, similarity, member])
            if previous != original, let fingerprint {
                for (band, key) in fingerprint.bandKeys.enumerated() {
                    try rebucket.execute(arguments: [original, band, key, previous, member])
                    fingerprints.moved(member, from: previous, to: original, band: band, key: key)
                }
            }
        }
        return original
    }

    // MARK: - Counted evidence

    /// Chooses again, for every relation with evidence in the cluster of `original`, the member whose
    /// sentences count; a document alone in its cluster counts all of its own.
    ///
    /// With `onlyRelationsOf`, only the relations those members have evidence for are chosen again.
    private func recount(_ db: Database, clusterOf original: String, onlyRelationsOf changed: Set<String>? = nil)
        throws
    {
        let members = try Self.orderedMembers(db, of: original)
        guard members.count > 1 else {
            try db.execute(
                sql: "UPDATE evidence SET counted = 1 WHERE document_id = ? AND counted = 0", arguments: [original])
            return
        }
        let rank = Dictionary(uniqueKeysWithValues: members.enumerated().map { ($0.element, $0.offset) })
        var relations = Set<Int64>()
        let relationsOf = try db.cachedStatement(sql: "SELECT DISTINCT relation_id FROM evidence WHERE document_id = ?")
        for member in changed.map({ Array($0) }) ?? members {
            relations.formUnion(try Int64.fetchAll(relationsOf, arguments: [member]))
        }
        let counts = try db.cachedStatement(
            sql: "SELECT document_id, COUNT(*) AS n FROM evidence WHERE relation_id = ? GROUP BY document_id")
        let setCounted = try db.cachedStatement(
            sql: "UPDATE evidence SET counted = ? WHERE relation_id = ? AND document_id = ? AND counted <> ?")
        for relation in relations.sorted() {
            var best: (document: String, count: Int, rank: Int)?
            var inCluster: [String] = []
            for row in try Row.fetchAll(counts, arguments: [relation]) {
                let document: String = row["document_id"]
                guard let position = rank[document] else { continue }
                inCluster.append(document)
                let count: Int = row["n"]
                if best.map({ count > $0.count || (count == $0.count && position < $0.rank) }) ?? true {
                    best = (document, count, position)
                }
            }
            for document in inCluster {
                let counted = document == best?.document ? 1 : 0
                try setCounted.execute(arguments: [counted, relation, document, counted])
            }
        }
    }
}

/// What one transaction's cluster rebuild has read: stored fingerprints, and the clusters met in each bucket.
///
/// Only for ``NearDuplicates/finish(_:)``, which writes no fingerprint (the documents' rows are final by then)
/// and tells the memo of every band row it adds or moves, so a bucket's list is read once per batch rather
/// than once per document that has the bucket.
private final class ClusterMemo {
    /// A cluster met in a bucket: one of its members there (nil when unknown), and whether it may have others.
    struct Entry {
        var cluster: String
        var first: String?
        var more: Bool
    }

    private var read: [String: TextFingerprint?] = [:]
    private var buckets: [NearDuplicates.BucketKey: (entries: [Entry], index: [String: Int])] = [:]

    func fingerprint(_ db: Database, of id: String) throws -> TextFingerprint? {
        if let known = read[id] { return known }
        let found = try NearDuplicates.fingerprint(db, of: id)
        read[id] = .some(found)
        return found
    }

    /// The clusters with a member in the bucket: every one there, and perhaps some that left it (whose member
    /// query then finds no one).
    func clusters(_ db: Database, band: Int, key: Int64, query: Statement) throws -> [Entry] {
        let bucket = NearDuplicates.BucketKey(band: band, key: key)
        if let known = buckets[bucket] { return known.entries }
        let entries = try Row.fetchAll(query, arguments: [band, key]).map {
            Entry(cluster: $0[0], first: $0[1], more: $0[2])
        }
        buckets[bucket] = (entries, Dictionary(uniqueKeysWithValues: entries.enumerated().map { ($1.cluster, $0) }))
        return entries
    }

    /// Notes that `document`'s row for this bucket now names `cluster`.
    func added(_ document: String, to cluster: String, band: Int, key: Int64) {
        let bucket = NearDuplicates.BucketKey(band: band, key: key)
        guard let known = buckets[bucket] else { return }
        // Changed in place, not copied: a bucket of a large cluster lists many.
        if let position = known.index[cluster] {
            buckets[bucket]?.entries[position].more = true
        } else {
            buckets[bucket]?.index[cluster] = known.entries.count
            buckets[bucket]?.entries.append(Entry(cluster: cluster, first: document, more: false))
        }
    }

    /// Notes that `member`'s row for this bucket moved from cluster `previous` to `cluster`.
    func moved(_ member: String, from previous: String, to cluster: String, band: Int, key: Int64) {
        let bucket = NearDuplicates.BucketKey(band: band, key: key)
        if let position = buckets[bucket]?.index[previous], buckets[bucket]?.entries[position].first == member {
            // Its other members, if any, are read again when it is met; without any it is left as met, empty.
            buckets[bucket]?.entries[position].first = nil
        }
        added(member, to: cluster, band: band, key: key)
    }
}
