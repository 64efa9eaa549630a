/// What `StorySketch` and `SourceSketch` share: a bottom-K sample of
/// distinct elements (story prints, outlet hashes), each with the days of
/// the articles it came from, that merges as a lattice join and splits by
/// window like the edge's `DayCounts` (issue 12).
///
/// Why days on every element: `--by month` writes the graph of each month,
/// and merging the monthly graphs must give the yearly graph byte for
/// byte. A sketch without days would give every month the whole year's
/// stories; with them, a window keeps the entries of its days, its counts
/// are those of its own articles, and the union of the windows' entries is
/// the whole's. An entry is `(element, day)`, undated articles on day 0
/// (`Day.undated`), a bucket of its own as in `DayCounts`: one text
/// reprinted on three days is three entries of one element, counted once.
///
/// Why a bound and not only a cap: past `capacity` distinct elements the
/// sample keeps the `capacity` smallest (a uniform sample when elements
/// are hashes) and records the largest kept as `bound`. The sample then
/// holds *every* entry of its articles whose element is at most `bound`,
/// and nothing above. A window of it keeps that property with the same
/// bound (fewer entries, not a sample of K of the window), so the windows
/// of a full sample merge back into it. Merging is: the lower bound, the
/// union of the entries below it, then the cut to the smaller capacity
/// (which may lower the bound again). That is the join of "all entries
/// up to a threshold" sets: commutative, associative and idempotent,
/// whatever the capacities, bounds and windows of the sides (property
/// tested in `StorySketchLawTests` and `EdgeStoryLawTests`).
///
/// Memory: `capacity` caps distinct elements, not entries; an element has
/// an entry per distinct day it was seen on, so a sample holds at most
/// `capacity × days` entries (a story reprinted for years is rare; news
/// copies come within days).
public struct DatedSample<Element: SampledElement>: Hashable, Sendable {
    public struct Entry: Hashable, Comparable, Sendable {
        public let element: Element
        /// `YYYYMMDD` (`Day`), 0 when undated.
        public let day: Int32

        public init(element: Element, day: Int32) {
            self.element = element
            self.day = day
        }

        public static func < (lhs: Entry, rhs: Entry) -> Bool {
            lhs.element != rhs.element ? lhs.element < rhs.element : lhs.day < rhs.day
        }
    }

    /// Sorted by element then day, each pair once.
    public private(set) var entries: [Entry]
    /// The most distinct elements kept; at least 1.
    public let capacity: Int
    /// nil while nothing was left out; else every entry whose element is at
    /// most `bound` is kept, and elements above it were left out.
    public private(set) var bound: Element?
    /// The distinct elements among `entries`.
    public private(set) var distinct: Int

    public init(capacity: Int) {
        entries = []
        self.capacity = max(1, capacity)
        bound = nil
        distinct = 0
    }

    /// A sample read back: entries sorted and made distinct here; nil when
    /// they break the invariants (an element above the bound, more
    /// distinct elements than the capacity).
    public init?(entries: [Entry], capacity: Int, bound: Element?) {
        self.init(capacity: capacity)
        guard capacity >= 1 else { return nil }
        var sorted = entries.sorted()
        var write = 0
        for index in sorted.indices where index == 0 || sorted[index] != sorted[write - 1] {
            sorted[write] = sorted[index]
            write += 1
        }
        sorted.removeLast(sorted.count - write)
        let count = Self.distinctElements(sorted)
        guard count <= self.capacity else { return nil }
        if let bound, let last = sorted.last, bound < last.element { return nil }
        self.entries = sorted
        self.bound = bound
        self.distinct = count
    }

    public var isExact: Bool { bound == nil }
    public var isEmpty: Bool { entries.isEmpty && bound == nil }

    /// The distinct elements kept, in order.
    public var elements: [Element] {
        var result: [Element] = []
        result.reserveCapacity(distinct)
        for entry in entries where result.last != entry.element { result.append(entry.element) }
        return result
    }

    /// Adds one article's element on its day. O(log n) to find its place,
    /// O(n) to insert (n entries).
    public mutating func insert(_ element: Element, day: Int32) {
        if let bound, bound < element { return }
        let entry = Entry(element: element, day: day)
        var low = 0, high = entries.count
        while low < high {
            let middle = (low + high) / 2
            if entries[middle] < entry { low = middle + 1 } else { high = middle }
        }
        if low < entries.count && entries[low] == entry { return }
        let isNew = !(low > 0 && entries[low - 1].element == element)
            && !(low < entries.count && entries[low].element == element)
        entries.insert(entry, at: low)
        if isNew { distinct += 1 }
        if distinct > capacity { cutToCapacity() }
    }

    /// The union of two samples (see the type's comment).
    public mutating func merge(_ other: DatedSample) {
        if other.entries.isEmpty && other.bound == nil && other.capacity >= capacity { return }
        // One article's entry, as extraction merges: in place.
        if other.entries.count <= 2, other.bound == nil, other.capacity >= capacity {
            for entry in other.entries { insert(entry.element, day: entry.day) }
            return
        }
        self = merging(other)
    }

    public func merging(_ other: DatedSample) -> DatedSample {
        var result = DatedSample(capacity: min(capacity, other.capacity))
        let limit: Element?
        switch (bound, other.bound) {
        case let (a?, b?): limit = min(a, b)
        case let (a?, nil): limit = a
        case let (nil, b?): limit = b
        case (nil, nil): limit = nil
        }
        var united: [Entry] = []
        united.reserveCapacity(entries.count + other.entries.count)
        var i = 0, j = 0
        while i < entries.count || j < other.entries.count {
            let next: Entry
            if j == other.entries.count || (i < entries.count && entries[i] < other.entries[j]) {
                next = entries[i]; i += 1
            } else if i == entries.count || other.entries[j] < entries[i] {
                next = other.entries[j]; j += 1
            } else {
                next = entries[i]; i += 1; j += 1
            }
            if let limit, limit < next.element { continue }
            united.append(next)
        }
        result.entries = united
        result.bound = limit
        result.distinct = Self.distinctElements(united)
        if result.distinct > result.capacity { result.cutToCapacity() }
        return result
    }

    /// The entries whose day `keep` accepts, with the same bound: what the
    /// articles of those days gave, up to the bound.
    public func restricted(_ keep: (Int32) -> Bool) -> DatedSample {
        var copy = self
        copy.entries = entries.filter { keep($0.day) }
        copy.distinct = Self.distinctElements(copy.entries)
        return copy
    }

    /// Whether every entry's day is one `days` holds.
    public func days(within days: Set<Int32>) -> Bool {
        entries.allSatisfy { days.contains($0.day) }
    }

    /// Drops the entries of the elements beyond the `capacity` smallest and
    /// bounds the sample by the largest element kept.
    private mutating func cutToCapacity() {
        var seen = 0, end = 0
        while end < entries.count {
            if end == 0 || entries[end].element != entries[end - 1].element {
                if seen == capacity { break }
                seen += 1
            }
            end += 1
        }
        entries.removeLast(entries.count - end)
        distinct = seen
        bound = entries.last?.element ?? bound
    }

    private static func distinctElements(_ sorted: [Entry]) -> Int {
        var count = 0
        for index in sorted.indices where index == 0 || sorted[index].element != sorted[index - 1].element {
            count += 1
        }
        return count
    }

    /// The number of distinct elements of the articles: exact while
    /// `isExact`; else the "K minimum values" estimate from the bound's
    /// hash, never below the elements kept.
    public var estimatedDistinct: Double {
        guard let bound else { return Double(distinct) }
        let kept = entries.last?.element == bound ? distinct - 1 : distinct
        return DistinctEstimate.kmv(kept: kept, largest: bound.sampleHash, floor: distinct)
    }
}

/// An element of a `DatedSample`: ordered with its uniform 64-bit hash
/// first, so that the smallest elements are a uniform sample.
public protocol SampledElement: Hashable, Comparable, Sendable {
    /// A uniform hash, the first key of the element's order.
    var sampleHash: UInt64 { get }
}

extension UInt64: SampledElement {
    public var sampleHash: UInt64 { self }
}

/// The "K minimum values" estimate of a set's size: `kept` of its uniform
/// 64-bit hashes fell at or below `largest`, so the set holds about
/// `kept / (largest / 2^64)`; never below `floor`.
enum DistinctEstimate {
    static func kmv(kept: Int, largest: UInt64, floor: Int) -> Double {
        let fraction = (Double(largest) + 1) / 18_446_744_073_709_551_616.0
        return max(Double(floor), Double(max(kept, 0)) / fraction)
    }
}
