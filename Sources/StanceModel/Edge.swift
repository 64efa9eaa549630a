/// A directed, typed edge: exact counts, the dates it was seen, and the
/// sentences that justify it (all of them, or the first K).
///
/// Invariants: `evidence` is sorted by Evidence's total order and holds at
/// most one item per location; `weight >= evidence.count`;
/// `articles >= ` the distinct articles of `evidence`; and while the
/// evidence is complete (`weight == evidence.count`) the counts are exactly
/// those of the evidence.
///
/// Merge semantics (see `merge(_:evidenceLimit:)`): evidence is a set union
/// cut to the K smallest items, which is commutative, associative and
/// idempotent whatever the inputs. Counts are exact sets while both sides
/// hold complete evidence (so merging a graph with itself changes nothing);
/// once a side has been capped, the articles it counted are no longer
/// known, so counts add, which is exact when the capped inputs come from
/// different articles. Overlap that the kept evidence still shows is
/// reported (`Overlap`) instead of being double counted silently.
public struct Edge: Hashable, Sendable {
    public let key: EdgeKey
    public private(set) var evidence: [Evidence]
    /// How many sentences support the edge, kept or not.
    public private(set) var weight: Int
    /// How many distinct articles support the edge, kept or not.
    public private(set) var articles: Int
    /// The earliest and latest day the edge was seen (`SeenDate` form,
    /// `YYYY-MM-DD`), when the articles had dates.
    public private(set) var firstSeen: String?
    public private(set) var lastSeen: String?

    /// An edge whose counts are those of `evidence` (complete evidence).
    public init(key: EdgeKey, evidence: [Evidence] = []) {
        self.key = key
        self.evidence = Edge.normalized(evidence)
        self.weight = self.evidence.count
        self.articles = Edge.distinctArticles(self.evidence)
    }

    /// An edge with counts and dates given explicitly, as read from a file
    /// whose evidence was capped. Throws when the numbers contradict the
    /// evidence or a date is not ISO 8601 (see `EdgeCountError`).
    public init(key: EdgeKey, evidence: [Evidence], weight: Int, articles: Int,
                firstSeen: String? = nil, lastSeen: String? = nil) throws(EdgeCountError) {
        self.init(key: key, evidence: evidence)
        let keptArticles = self.articles
        guard weight >= self.evidence.count else {
            throw EdgeCountError("weight \(weight) is less than the \(self.evidence.count) evidence sentences kept")
        }
        guard articles >= keptArticles else {
            throw EdgeCountError("articles \(articles) is less than the \(keptArticles) articles of the evidence kept")
        }
        guard articles <= weight, (weight == 0) == (articles == 0) else {
            throw EdgeCountError("articles \(articles) does not fit weight \(weight): every article gives "
                + "at least one sentence")
        }
        if weight == self.evidence.count, articles != keptArticles {
            throw EdgeCountError("articles \(articles) differs from the \(keptArticles) articles of the "
                + "evidence, which is complete (weight \(weight))")
        }
        self.weight = weight
        self.articles = articles
        self.firstSeen = try Self.day(firstSeen, name: "first_seen")
        self.lastSeen = try Self.day(lastSeen, name: "last_seen")
        if (self.firstSeen == nil) != (self.lastSeen == nil) {
            throw EdgeCountError("first_seen and last_seen must be given together")
        }
        if let first = self.firstSeen, let last = self.lastSeen, last < first {
            throw EdgeCountError("last_seen \(last) is before first_seen \(first)")
        }
    }

    public var source: String { key.source }
    public var relation: Relation { key.relation }
    public var target: String { key.target }

    /// Whether every counted sentence is still in `evidence`: true until the
    /// edge is capped below its weight.
    public var isEvidenceComplete: Bool { evidence.count == weight }

    /// Adds one item, keeping the invariant.
    public mutating func add(_ item: Evidence) {
        merge(Edge(key: key, evidence: [item]))
    }

    /// Merges an edge with the same key.
    ///
    /// - Evidence: the union (one item per location, the smaller item on a
    ///   clash), then the `evidenceLimit` smallest (nil keeps all).
    /// - Counts: when both sides are complete, those of the union (exact,
    ///   idempotent); otherwise the sum of both sides, which is exact when
    ///   the two sides counted different articles.
    /// - Dates: the earliest `firstSeen`, the latest `lastSeen`.
    ///
    /// Returns the overlap seen when counts were added although both sides'
    /// kept evidence names a common article, i.e. when an article was
    /// probably counted twice; nil otherwise.
    @discardableResult
    public mutating func merge(_ other: Edge, evidenceLimit: Int? = nil) -> Overlap? {
        precondition(other.key == key, "merging different edges")
        let union = Edge.union(evidence, other.evidence)
        var overlap: Overlap?
        if isEvidenceComplete && other.isEvidenceComplete {
            weight = union.count
            articles = Edge.distinctArticles(union)
        } else {
            let shared = Edge.sharedArticles(evidence, other.evidence)
            if !shared.isEmpty { overlap = Overlap(key: key, articles: shared) }
            weight += other.weight
            articles += other.articles
        }
        evidence = Edge.capped(union, evidenceLimit)
        firstSeen = Edge.earlier(firstSeen, other.firstSeen)
        lastSeen = Edge.later(lastSeen, other.lastSeen)
        return overlap
    }

    /// Keeps only the `limit` smallest evidence items (nil keeps all);
    /// counts and dates are unchanged.
    public mutating func capEvidence(_ limit: Int?) {
        evidence = Edge.capped(evidence, limit)
    }

    /// Widens the dates the edge was seen to include `day` (already in
    /// `SeenDate` form).
    mutating func include(day: String) {
        firstSeen = Edge.earlier(firstSeen, day)
        lastSeen = Edge.later(lastSeen, day)
    }

    /// Articles that two sides both counted, as far as their kept evidence
    /// shows.
    public struct Overlap: Hashable, Sendable {
        public var key: EdgeKey
        public var articles: [String]
    }

    static func capped(_ items: [Evidence], _ limit: Int?) -> [Evidence] {
        guard let limit, items.count > limit else { return items }
        return Array(items.prefix(max(limit, 0)))
    }

    static func earlier(_ a: String?, _ b: String?) -> String? {
        guard let a else { return b }
        guard let b else { return a }
        return min(a, b)
    }

    static func later(_ a: String?, _ b: String?) -> String? {
        guard let a else { return b }
        guard let b else { return a }
        return max(a, b)
    }

    /// The number of distinct articles of a normalized (article-sorted) array.
    static func distinctArticles(_ items: [Evidence]) -> Int {
        var count = 0
        var previous: String?
        for item in items where item.article != previous {
            count += 1
            previous = item.article
        }
        return count
    }

    /// The day of a `first_seen` or `last_seen` value, or an error naming it.
    private static func day(_ text: String?, name: String) throws(EdgeCountError) -> String? {
        guard let text else { return nil }
        guard let day = SeenDate.day(text) else {
            throw EdgeCountError("\(name) \"\(text)\" is not an ISO 8601 date (YYYY-MM-DD...)")
        }
        return day
    }

    /// Articles present in both normalized arrays, sorted.
    static func sharedArticles(_ a: [Evidence], _ b: [Evidence]) -> [String] {
        guard !a.isEmpty, !b.isEmpty else { return [] }
        let left = Set(a.map(\.article))
        return Array(Set(b.map(\.article)).intersection(left)).sorted()
    }

    static func normalized(_ items: [Evidence]) -> [Evidence] {
        // Most edges read back from a file are already normalized (one
        // sentence, or strictly increasing locations, which are sorted and
        // distinct): keep their array as it is.
        if zip(items, items.dropFirst()).allSatisfy({ $0.location < $1.location }) { return items }
        var result: [Evidence] = []
        result.reserveCapacity(items.count)
        for item in items.sorted() {
            if let last = result.last, last.location == item.location { continue }
            result.append(item)
        }
        return result
    }

    /// Linear merge of two normalized arrays.
    static func union(_ a: [Evidence], _ b: [Evidence]) -> [Evidence] {
        if b.isEmpty { return a }
        if a.isEmpty { return b }
        var result: [Evidence] = []
        result.reserveCapacity(a.count + b.count)
        var i = a.startIndex, j = b.startIndex
        while i < a.endIndex && j < b.endIndex {
            let x = a[i], y = b[j]
            if x.location < y.location {
                result.append(x); i += 1
            } else if y.location < x.location {
                result.append(y); j += 1
            } else {
                result.append(min(x, y)); i += 1; j += 1
            }
        }
        result.append(contentsOf: a[i...])
        result.append(contentsOf: b[j...])
        return result
    }
}

/// Why explicit edge counts or dates were refused.
public struct EdgeCountError: Error, Hashable, Sendable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
