/// A directed, typed edge: exact counts, the dates it was seen, and the
/// sentences that justify it (all of them, or the first K).
///
/// Invariants: `evidence` is sorted by Evidence's total order and holds at
/// most one item per location; `weight >= evidence.count`;
/// `articles >= ` the distinct articles of `evidence`; and while the
/// evidence is complete (`weight == evidence.count`) the counts are exactly
/// those of the evidence.
///
/// Merge semantics (see `merge(_:rule:evidenceLimit:)`): evidence is a set
/// union cut to the K smallest items, which is commutative, associative
/// and idempotent whatever the inputs. Counts are exact sets while both
/// sides hold complete evidence (so merging a graph with itself changes
/// nothing); once a side has been capped, or never had evidence, the
/// sentences it counted are no longer known, and a `CountRule` decides:
/// add (exact when the inputs come from different articles) or take the
/// largest. Overlap that the kept evidence still shows is reported
/// (`Overlap`) instead of being double counted silently. No count passes
/// `Int.max`: such a merge throws `CountOverflow`.
public struct Edge: Hashable, Sendable {
    public let key: EdgeKey
    public internal(set) var evidence: [Evidence]
    /// How many sentences support the edge, kept or not.
    public internal(set) var weight: Int
    /// How many distinct articles support the edge, kept or not.
    public internal(set) var articles: Int
    /// The earliest and latest day the edge was seen (`SeenDate` form,
    /// `YYYY-MM-DD`), when the articles had dates.
    public internal(set) var firstSeen: String?
    public internal(set) var lastSeen: String?
    /// `weight` and `articles` day by day (`DayCounts`): what makes the
    /// counts of a window exact after caps and merges. Sums to the counts.
    public internal(set) var days: DayCounts
    /// The stories and outlets of its articles, day by day
    /// (`EdgeStories`): `stories.stories` counts independent reports,
    /// `stories.sources` distinct outlets. Empty when no article was
    /// traced (an edge made from evidence alone, or read from a file
    /// written before stories were kept).
    public internal(set) var stories: EdgeStories

    /// An edge whose counts are those of `evidence` (complete evidence).
    public init(key: EdgeKey, evidence: [Evidence] = []) {
        self.key = key
        self.evidence = Edge.normalized(evidence)
        self.weight = self.evidence.count
        self.articles = Edge.distinctArticles(self.evidence)
        self.days = DayCounts(evidence: self.evidence)
        self.stories = EdgeStories()
    }

    /// An edge with counts and dates given explicitly, as read from a file
    /// whose evidence was capped. Throws when the numbers contradict the
    /// evidence or a date is not ISO 8601 (see `EdgeCountError`).
    ///
    /// `days` (nil: as the evidence says when it is complete, else all
    /// undated, as files written before days were kept) must sum to the
    /// counts, agree with complete evidence, and hold every kept item's day.
    /// `stories` need an article, and their days must be days of `days`.
    public init(key: EdgeKey, evidence: [Evidence], weight: Int, articles: Int,
                firstSeen: String? = nil, lastSeen: String? = nil, days: DayCounts? = nil,
                stories: EdgeStories = EdgeStories()) throws(EdgeCountError) {
        self.init(key: key, evidence: evidence)
        let keptArticles = self.articles
        let evidenceDays = self.days
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
        if !stories.isEmpty {
            guard articles > 0 else { throw EdgeCountError("stories and sources are given for an edge without articles") }
            self.stories = stories
        }
        guard let days else {
            self.days = isEvidenceComplete ? evidenceDays : .undated(weight: weight, articles: articles)
            try checkStoryDays()
            return
        }
        guard let totals = days.checkedTotals, totals.weight == weight, totals.articles == articles else {
            throw EdgeCountError("days \(days.text.prefix(80)) do not add up to weight \(weight) and articles \(articles)")
        }
        if isEvidenceComplete, days != evidenceDays {
            throw EdgeCountError("days \(days.text.prefix(80)) differ from the days of the evidence, which is "
                + "complete: \(evidenceDays.text.prefix(80))")
        }
        var run = 0
        for kept in evidenceDays.runs {
            while run < days.runs.count, days.runs[run].day < kept.day { run += 1 }
            guard run < days.runs.count, days.runs[run].day == kept.day, days.runs[run].weight >= kept.weight else {
                throw EdgeCountError("days \(days.text.prefix(80)) count fewer sentences on \(kept.date ?? "undated") "
                    + "than the \(kept.weight) evidence items kept")
            }
        }
        self.days = days
        try checkStoryDays()
    }

    private func checkStoryDays() throws(EdgeCountError) {
        guard !stories.isEmpty, !stories.days(within: Set(days.runs.map(\.day))) else { return }
        throw EdgeCountError("the stories sketch names days on which the edge has no sentence (days: "
            + "\(days.text.prefix(80)))")
    }

    public var source: String { key.source }
    public var relation: Relation { key.relation }
    public var target: String { key.target }

    /// Whether every counted sentence is still in `evidence`: true until the
    /// edge is capped below its weight.
    public var isEvidenceComplete: Bool { evidence.count == weight }

    /// Adds one item, keeping the invariant. Amortised O(1) when items
    /// come in order (as an article's findings do) and O(log n) searches
    /// otherwise, whatever the cap: the evidence is changed in place, never
    /// rebuilt.
    public mutating func add(_ item: Evidence) {
        merge(Edge(key: key, evidence: [item]))
    }

    /// Merges an edge with the same key, counts added when the two sides'
    /// overlap is not known (the sides come from different articles, as
    /// extraction's do).
    ///
    /// Counts made in memory from text cannot reach `Int.max`; should they,
    /// they stop there rather than trap. Counts read from files go through
    /// `merge(_:rule:evidenceLimit:)`, which reports it.
    @discardableResult
    public mutating func merge(_ other: Edge, evidenceLimit: Int? = nil) -> Overlap? {
        (try? merge(other, rule: .disjoint, evidenceLimit: evidenceLimit, saturating: true)) ?? nil
    }

    /// Merges an edge with the same key.
    ///
    /// - Evidence: the union (one item per location, the smaller item on a
    ///   clash), then the `evidenceLimit` smallest (nil keeps all).
    /// - Counts: when both sides are complete, those of the union (exact,
    ///   idempotent). Otherwise the overlap of the sides is not known and
    ///   `rule` decides: `.disjoint` adds them, `.overlapping` takes the
    ///   smallest counts that fit both sides and the union (see
    ///   `CountRule`). Both agree with the union on complete sides.
    /// - Dates: the earliest `firstSeen`, the latest `lastSeen`.
    ///
    /// Returns, under `.disjoint`, the overlap seen when counts were added
    /// although both sides' kept evidence names a common article, i.e. when
    /// an article was probably counted twice; nil otherwise. Throws when a
    /// count would pass `Int.max`, leaving the edge unchanged.
    @discardableResult
    public mutating func merge(_ other: Edge, rule: CountRule, evidenceLimit: Int? = nil)
        throws(CountOverflow) -> Overlap? {
        try merge(other, rule: rule, evidenceLimit: evidenceLimit, saturating: false)
    }

    private mutating func merge(_ other: Edge, rule: CountRule, evidenceLimit: Int?, saturating: Bool)
        throws(CountOverflow) -> Overlap? {
        precondition(other.key == key, "merging different edges")
        let exact = isEvidenceComplete && other.isEvidenceComplete
        var overlap: Overlap?
        var newWeight: Int, newArticles: Int
        var newDays: DayCounts
        func sum(_ a: Int, _ b: Int, _ name: String) throws(CountOverflow) -> Int {
            let (total, overflow) = a.addingReportingOverflow(b)
            guard overflow else { return total }
            if saturating { return .max }
            throw CountOverflow(key: key, count: name, left: a, right: b)
        }
        if !exact && rule == .disjoint {
            // Counts first: an overflow must leave the edge as it was.
            newWeight = try sum(weight, other.weight, "weight")
            newArticles = try sum(articles, other.articles, "articles")
            let shared = Edge.sharedArticles(evidence, other.evidence)
            if !shared.isEmpty { overlap = Overlap(key: key, articles: shared) }
            Edge.insert(other.evidence, into: &evidence)
            newDays = DayCounts()
            swap(&newDays, &days)   // uniquely referenced: changed in place
            newDays.add(other.days)
        } else if exact {
            let before = evidence.count
            // Items that all come after ours (an article merged into a graph
            // of earlier ones): the days add, minus the article the two
            // sides share at the seam, counted on our side already. Else
            // the union is counted again (linear, as the union itself).
            let appended = evidence.last.map { last in other.evidence.first.map { last.location < $0.location } ?? true } ?? true
            let seam = appended && evidence.last != nil && evidence.last?.article == other.evidence.first?.article
                ? other.evidence.first?.provenance.day : nil
            let (added, addedArticles) = Edge.insert(other.evidence, into: &evidence)
            newWeight = before + added
            newArticles = articles + addedArticles
            if appended {
                newDays = DayCounts()
                swap(&newDays, &days)
                newDays.add(other.days)
                if let seam { newDays.removeArticle(on: seam) }
            } else {
                newDays = DayCounts(evidence: evidence)
            }
        } else {
            // On a copy, so that an overflow leaves the edge as it was; this
            // rule is `merge --assume-overlapping`'s, not extraction's.
            var united = evidence
            let (added, addedArticles) = Edge.insert(other.evidence, into: &united)
            let unionCount = evidence.count + added
            let unionArticles = Edge.distinctArticles(evidence) + addedArticles
            // Every article a side counted gives at least one sentence;
            // those the union does not show give sentences outside it.
            newArticles = max(articles, other.articles, unionArticles)
            newWeight = max(weight, other.weight, try sum(unionCount, newArticles - unionArticles, "weight"))
            // The same rule day by day when days are known: the sides may
            // share a day's sentences, never those of different days.
            if days.isDated || other.days.isDated {
                let unionDays = DayCounts(evidence: united)
                newDays = try Edge.overlappingDays(days, other.days, union: unionDays, key: key)
                guard let totals = newDays.checkedTotals else {
                    throw CountOverflow(key: key, count: "weight", left: weight, right: other.weight)
                }
                (newWeight, newArticles) = totals
                if newWeight == united.count {
                    // Nothing beyond the evidence: counted as complete
                    // evidence is (an article once, on its first day).
                    newDays = DayCounts(evidence: united)
                    newArticles = Edge.distinctArticles(united)
                }
            } else {
                newDays = .undated(weight: newWeight, articles: newArticles)
            }
            evidence = united
        }
        weight = newWeight
        articles = newArticles
        days = newDays
        stories.merge(other.stories, rule: rule)
        capEvidence(evidenceLimit)
        firstSeen = Edge.earlier(firstSeen, other.firstSeen)
        lastSeen = Edge.later(lastSeen, other.lastSeen)
        return overlap
    }

    /// Keeps only the `limit` smallest evidence items (nil keeps all);
    /// counts and dates are unchanged.
    public mutating func capEvidence(_ limit: Int?) {
        guard let limit, evidence.count > limit else { return }
        evidence.removeLast(evidence.count - max(limit, 0))
    }

    /// `CountRule.overlapping` day by day: on each day the smallest counts
    /// that fit both sides and the union's evidence of that day.
    /// Commutative, associative and idempotent while each article has one
    /// day (property-tested); an article given two days by different files
    /// counts on the day of its first sentence, which adding evidence can
    /// move, and grouping can then change its day's counts.
    static func overlappingDays(_ a: DayCounts, _ b: DayCounts, union: DayCounts, key: EdgeKey)
        throws(CountOverflow) -> DayCounts {
        let sides = a.combined(b) { x, y in
            DayCounts.Run(day: x.day, weight: max(x.weight, y.weight), articles: max(x.articles, y.articles))
        }
        var result: [DayCounts.Run] = []
        let sidesByDay = Dictionary(uniqueKeysWithValues: sides.runs.map { ($0.day, $0) })
        let unionByDay = Dictionary(uniqueKeysWithValues: union.runs.map { ($0.day, $0) })
        for day in sides.combined(union, { x, _ in x }).runs.map(\.day) {
            let run = sidesByDay[day] ?? DayCounts.Run(day: day, weight: 0, articles: 0)
            let u = unionByDay[day] ?? DayCounts.Run(day: day, weight: 0, articles: 0)
            let articles = max(run.articles, u.articles)
            let (extra, overflow) = u.weight.addingReportingOverflow(articles - u.articles)
            if overflow { throw CountOverflow(key: key, count: "weight", left: u.weight, right: articles - u.articles) }
            result.append(DayCounts.Run(day: run.day, weight: max(run.weight, extra), articles: articles))
        }
        return DayCounts(sortedRuns: result)
    }

    /// This edge with `provenance` on every evidence item and its counts on
    /// that day, and the article's `trace` on its stories: for the graph of
    /// one article, whose edges are complete.
    func stamped(_ provenance: Provenance, trace: ArticleTrace? = nil) -> Edge {
        var copy = self
        if let trace, weight > 0 { copy.stories.add(trace, day: provenance.day) }
        for index in copy.evidence.indices { copy.evidence[index].provenance = provenance }
        copy.days = isEvidenceComplete ? DayCounts(evidence: copy.evidence)
            : DayCounts(sortedRuns: [DayCounts.Run(day: provenance.day, weight: weight, articles: articles)])
        if weight == 0 { copy.days = DayCounts() }
        if let date = provenance.date { copy.include(day: date) }
        return copy
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

    /// Articles present in both normalized arrays, sorted. O(1) when the
    /// arrays' articles do not interleave (an article merged into a graph
    /// of earlier ones); otherwise each article of the smaller side is
    /// looked up in the larger by binary search.
    static func sharedArticles(_ a: [Evidence], _ b: [Evidence]) -> [String] {
        guard let firstA = a.first, let lastA = a.last, let firstB = b.first, let lastB = b.last,
              firstB.article <= lastA.article, firstA.article <= lastB.article else { return [] }
        let (small, large) = a.count <= b.count ? (a, b) : (b, a)
        var shared: [String] = []
        var previous: String?
        for item in small where item.article != previous {
            previous = item.article
            let index = lowerBound(large) { $0.article < item.article }
            if index < large.count && large[index].article == item.article { shared.append(item.article) }
        }
        return shared
    }

    /// The first index of the sorted `items` for which `isBefore` is false.
    static func lowerBound(_ items: [Evidence], _ isBefore: (Evidence) -> Bool) -> Int {
        var low = 0, high = items.count
        while low < high {
            let middle = (low + high) / 2
            if isBefore(items[middle]) { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// Adds the normalized `items` to the normalized `array` in place (one
    /// item per location, the smaller on a clash) and returns how many
    /// locations and articles were new to it.
    ///
    /// In place, because rebuilding the array for each finding made an
    /// edge with n sentences cost O(n^2): items after the last are
    /// appended, a few items are put in by binary search (no item is
    /// copied, the tail is moved), more are merged in one linear pass.
    @discardableResult
    static func insert(_ items: [Evidence], into array: inout [Evidence]) -> (locations: Int, articles: Int) {
        guard let first = items.first else { return (0, 0) }
        guard let last = array.last, !(last.location < first.location) else {
            let overlapping = array.last?.article == first.article ? 1 : 0
            array.append(contentsOf: items)
            return (items.count, distinctArticles(items) - overlapping)
        }
        if items.count <= 8 {
            var locations = 0, articles = 0
            for item in items {
                let location = item.location
                let index = lowerBound(array) { $0.location < location }
                if index < array.count && array[index].location == location {
                    if item < array[index] { array[index] = item }
                    continue
                }
                if !(index > 0 && array[index - 1].article == item.article)
                    && !(index < array.count && array[index].article == item.article) {
                    articles += 1
                }
                locations += 1
                array.insert(item, at: index)
            }
            return (locations, articles)
        }
        let before = array.count, beforeArticles = distinctArticles(array)
        array = union(array, items)
        return (array.count - before, distinctArticles(array) - beforeArticles)
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

/// How `Edge.merge` counts when the overlap of two sides is not known
/// (a side whose evidence was capped, or that has no evidence, as a
/// weighted graph of networkx or Gephi). Sides with complete evidence are
/// counted exactly under either rule.
public enum CountRule: String, Hashable, Sendable, CaseIterable {
    /// The sides counted different sentences: counts add
    /// (`merge --assume-disjoint`, and extraction, whose articles differ).
    case disjoint
    /// The sides may have counted the same sentences: the smallest counts
    /// that fit every side and the evidence kept, the largest count of a
    /// side when nothing else is known (`merge --assume-overlapping`).
    /// Commutative, associative and idempotent.
    case overlapping
}

/// A count (`weight` or `articles`) that would pass `Int.max`, the
/// largest a GraphML `long` holds; the edge is left as it was.
public struct CountOverflow: Error, Hashable, Sendable, CustomStringConvertible {
    public var key: EdgeKey
    /// "weight" or "articles".
    public var count: String
    public var left: Int
    public var right: Int

    public init(key: EdgeKey, count: String, left: Int, right: Int) {
        self.key = key
        self.count = count
        self.left = left
        self.right = right
    }

    public var description: String {
        "edge \(key): \(count) \(left) + \(right) is more than \(Int.max), the largest count there can be"
    }
}

/// Why explicit edge counts or dates were refused.
public struct EdgeCountError: Error, Hashable, Sendable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
