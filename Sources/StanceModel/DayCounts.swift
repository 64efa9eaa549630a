/// An edge's counts day by day: for each day, how many sentences (weight)
/// and how many articles said it, so that the counts of any window of
/// days are exact however the graph was capped and merged (issue 12).
///
/// Why runs and not the evidence: evidence is capped (100 items by
/// default), counts are not; the days of the sentences that were cut are
/// known only here. Why not a map: a sorted array of 16-byte runs is the
/// smallest form that adds in one linear pass, and most edges have few
/// days.
///
/// Invariants: runs sorted by day, one per day, each with `weight >= 1`
/// and `0 <= articles <= weight`; their sums are the edge's `weight` and
/// `articles`. Undated sentences (an article without a date, a file
/// written before days were kept) are the run of day 0 (`Day.undated`),
/// first. An article counts on the day of its first sentence in Evidence's
/// order, so that it counts once however many days its items name.
public struct DayCounts: Hashable, Sendable {
    /// One day's counts. Weight and articles as 32-bit halves would save
    /// 8 bytes but cap a day at 4 billion sentences; counts here are 64-bit
    /// like the edge's.
    public struct Run: Hashable, Sendable {
        /// `YYYYMMDD` (see `Day`), 0 for undated.
        public var day: Int32
        public var weight: Int
        public var articles: Int

        public init(day: Int32, weight: Int, articles: Int) {
            self.day = day
            self.weight = weight
            self.articles = articles
        }

        /// `YYYY-MM-DD`, nil for the undated run.
        public var date: String? { Day.text(day) }
    }

    public internal(set) var runs: [Run]

    public init() { runs = [] }

    /// Runs that already satisfy the invariants (checked by `validated`).
    init(sortedRuns: [Run]) { runs = sortedRuns }

    /// All of `weight` and `articles` undated.
    public static func undated(weight: Int, articles: Int) -> DayCounts {
        weight == 0 ? DayCounts() : DayCounts(sortedRuns: [Run(day: Day.undated, weight: weight, articles: articles)])
    }

    /// The counts of a normalized (sorted) evidence array, each item on its
    /// provenance's day.
    public init(evidence: [Evidence]) {
        guard let first = evidence.first else { runs = []; return }
        // One day is the common case (an article, an edge of one day's news).
        let firstDay = first.provenance.day
        if evidence.allSatisfy({ $0.provenance.day == firstDay }) {
            runs = [Run(day: firstDay, weight: evidence.count, articles: Edge.distinctArticles(evidence))]
            return
        }
        // Runs kept sorted as days come: an edge has few days per batch
        // of evidence, and this is called on every exact merge.
        var sorted: [Run] = []
        for index in evidence.indices {
            let day = evidence[index].provenance.day
            let isFirst = index == 0 || evidence[index].article != evidence[index - 1].article
            var low = 0, high = sorted.count
            while low < high {
                let middle = (low + high) / 2
                if sorted[middle].day < day { low = middle + 1 } else { high = middle }
            }
            if low == sorted.count || sorted[low].day != day {
                sorted.insert(Run(day: day, weight: 0, articles: 0), at: low)
            }
            sorted[low].weight += 1
            if isFirst { sorted[low].articles += 1 }
        }
        runs = sorted
    }

    public var weight: Int { runs.reduce(0) { $0 &+ $1.weight } }
    public var articles: Int { runs.reduce(0) { $0 &+ $1.articles } }
    public var isEmpty: Bool { runs.isEmpty }
    /// Whether any sentence has a day.
    public var isDated: Bool { runs.contains { $0.day != Day.undated } }
    /// The undated sentences.
    public var undatedWeight: Int { runs.first?.day == Day.undated ? runs[0].weight : 0 }

    /// Day by day sums. The caller has checked that the totals fit, so no
    /// day's sum can overflow (each is at most a total).
    public func adding(_ other: DayCounts) -> DayCounts {
        combined(other) { a, b in Run(day: a.day, weight: a.weight &+ b.weight, articles: a.articles &+ b.articles) }
    }

    /// `self = adding(other)` in place. An article's counts are one run,
    /// and extraction adds one per finding: that day is found by binary
    /// search and changed where it is, instead of copying every run of a
    /// year-long edge for each sentence (which made extraction 2.7 times
    /// slower).
    mutating func add(_ other: DayCounts) {
        guard other.runs.count == 1 else {
            self = adding(other)
            return
        }
        let run = other.runs[0]
        var low = 0, high = runs.count
        while low < high {
            let middle = (low + high) / 2
            if runs[middle].day < run.day { low = middle + 1 } else { high = middle }
        }
        if low < runs.count && runs[low].day == run.day {
            runs[low].weight &+= run.weight
            runs[low].articles &+= run.articles
        } else {
            runs.insert(run, at: low)
        }
    }

    /// Day by day union of two sorted run arrays, `both` settling a day
    /// present on each side.
    func combined(_ other: DayCounts, _ both: (Run, Run) -> Run) -> DayCounts {
        if other.runs.isEmpty { return self }
        if runs.isEmpty { return other }
        var result: [Run] = []
        result.reserveCapacity(runs.count + other.runs.count)
        var i = 0, j = 0
        while i < runs.count && j < other.runs.count {
            let a = runs[i], b = other.runs[j]
            if a.day < b.day { result.append(a); i += 1 }
            else if b.day < a.day { result.append(b); j += 1 }
            else { result.append(both(a, b)); i += 1; j += 1 }
        }
        result.append(contentsOf: runs[i...])
        result.append(contentsOf: other.runs[j...])
        return DayCounts(sortedRuns: result)
    }

    /// Whether both have counts on one day (the undated day included):
    /// only then can two inputs have counted the same sentence.
    public func sharesADay(with other: DayCounts) -> Bool {
        var i = 0, j = 0
        while i < runs.count && j < other.runs.count {
            if runs[i].day == other.runs[j].day { return true }
            if runs[i].day < other.runs[j].day { i += 1 } else { j += 1 }
        }
        return false
    }

    /// One article fewer on `day` (an article already counted elsewhere).
    mutating func removeArticle(on day: Int32) {
        guard let index = runs.firstIndex(where: { $0.day == day }), runs[index].articles > 0 else { return }
        runs[index].articles -= 1
    }

    /// The runs whose day `keep` accepts.
    public func filtered(_ keep: (Int32) -> Bool) -> DayCounts {
        DayCounts(sortedRuns: runs.filter { keep($0.day) })
    }

    // MARK: - Text form

    /// The GraphML `days` value: runs separated by spaces, each
    /// `YYYY-MM-DD=WEIGHT/ARTICLES` (`undated=...` for day 0), e.g.
    /// `2024-03-05=3/2 2024-03-09=1/1`.
    public var text: String {
        runs.map { "\($0.date ?? "undated")=\($0.weight)/\($0.articles)" }.joined(separator: " ")
    }

    /// Reads `text`, or says what is wrong with it.
    public init(text: String) throws(EdgeCountError) {
        var runs: [Run] = []
        for field in text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }) {
            let parts = field.split(separator: "=", omittingEmptySubsequences: false)
            let counts = parts.count == 2 ? parts[1].split(separator: "/", omittingEmptySubsequences: false) : []
            guard parts.count == 2, counts.count == 2, let weight = Int(counts[0]), let articles = Int(counts[1]) else {
                throw EdgeCountError("days: \"\(field.prefix(60))\" is not DAY=WEIGHT/ARTICLES")
            }
            let day: Int32
            if parts[0] == "undated" {
                day = Day.undated
            } else {
                guard parts[0].count == 10, let number = Day.number(String(parts[0])) else {
                    throw EdgeCountError("days: \"\(parts[0].prefix(40))\" is not a day (YYYY-MM-DD or undated)")
                }
                day = number
            }
            guard weight >= 1, articles >= 0, articles <= weight else {
                throw EdgeCountError("days: \(field) needs weight >= 1 and 0 <= articles <= weight")
            }
            if let last = runs.last, last.day >= day {
                throw EdgeCountError("days: \(field) is not after \(last.date ?? "undated") (days are sorted, "
                    + "each once, undated first)")
            }
            runs.append(Run(day: day, weight: weight, articles: articles))
        }
        self.runs = runs
    }

    /// Totals, or nil when they pass `Int.max`.
    var checkedTotals: (weight: Int, articles: Int)? {
        var weight = 0, articles = 0, overflow = false
        for run in runs {
            (weight, overflow) = weight.addingReportingOverflow(run.weight)
            if overflow { return nil }
            (articles, overflow) = articles.addingReportingOverflow(run.articles)
            if overflow { return nil }
        }
        return (weight, articles)
    }
}
