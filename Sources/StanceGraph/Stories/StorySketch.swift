/// The stories behind an edge, as a value that merges like the rest of the
/// graph: the set of its articles' `StoryPrint`s, of which `count` counts
/// the connected components (prints sharing a band key are one story).
///
/// The design choice (issue 12, part 4): an article's story must not depend
/// on which other articles a run happened to see first, or merging graphs
/// in another order would count other stories. Two rules satisfy that:
/// (a) one key per article from its text alone (`StoryPrint.storyKey`, the
/// smallest band key), counted as distinct keys; or (b) this one: keep the
/// prints, merge by set union (commutative, associative, idempotent) and
/// count components only when asked, a deterministic function of the set.
/// (a) is 8 bytes an article but splits a reprint family whenever its
/// copies' smallest bands differ, which a trimmed or extended copy usually
/// does: on `Corpora/stories` (a) counts 28 stories where there are 16,
/// and 88 on 115 synthetic copies of them, while (b) counts 16 on both
/// (`StoryMeasurementTests`); (b) groups a family whenever its copies chain
/// through shared bands, at 313 bytes an article (measured) up to the cap.
///
/// Memory is bounded by `capacity` prints (default 128, 40 KB measured at
/// most per edge). Beyond it the sketch keeps the `capacity` smallest
/// prints by `StoryPrint`'s order, a uniform sample of the distinct texts
/// that is itself a lattice join (the smallest K of a union are the
/// smallest K of the two sides' smallest K), so the laws still hold; the
/// count is then an estimate (`isExact` false): the components of the
/// sample scaled by the distinct texts estimated from the K-th smallest
/// id (the "K minimum values" estimator). It leans high when one story
/// has many distinct copies (its copies stand for one component of the
/// sample, yet the scaling spreads them as if stories were of equal
/// size), so it is flagged, not passed off as exact. Most edges have far
/// fewer than 128 distinct texts and count exactly.
///
/// Components see only the edge's own articles: two copies edited in
/// different ways that share no band count apart unless a third copy (the
/// original, most often) links them; on the corpus that is 1 pair of 30.
///
/// Identical texts are one print: the sketch counts stories, not articles
/// (the edge's `articles` counts those).
public struct StorySketch: Hashable, Sendable {
    public static let defaultCapacity = 128

    /// The prints kept, sorted and distinct.
    public private(set) var prints: [StoryPrint]
    /// The most prints kept; at least 1.
    public let capacity: Int
    /// Whether prints were left out: the union of everything merged holds
    /// more than `capacity` distinct prints.
    public private(set) var isSaturated: Bool

    public init(capacity: Int = StorySketch.defaultCapacity) {
        prints = []
        self.capacity = max(1, capacity)
        isSaturated = false
    }

    public init<S: Sequence>(_ prints: S, capacity: Int = StorySketch.defaultCapacity) where S.Element == StoryPrint {
        self.init(capacity: capacity)
        var sorted = Array(Set(prints)).sorted()
        if sorted.count > self.capacity {
            sorted.removeLast(sorted.count - self.capacity)
            isSaturated = true
        }
        self.prints = sorted
    }

    /// Whether `count` is exact: no print was left out.
    public var isExact: Bool { !isSaturated }

    /// Records that prints were left out elsewhere (a decoded sketch that
    /// says so).
    mutating func markSaturated() { isSaturated = true }

    public var isEmpty: Bool { prints.isEmpty }

    /// Adds one article's print. O(log n) to find its place, O(n) to insert
    /// (n ≤ capacity).
    public mutating func insert(_ print: StoryPrint) {
        var low = 0, high = prints.count
        while low < high {
            let middle = (low + high) / 2
            if prints[middle] < print { low = middle + 1 } else { high = middle }
        }
        if low < prints.count && prints[low] == print { return }
        if low >= capacity { isSaturated = true; return }
        prints.insert(print, at: low)
        if prints.count > capacity {
            prints.removeLast()
            isSaturated = true
        }
    }

    /// The union of two sketches, cut to the smaller capacity: commutative,
    /// associative and idempotent (property-tested in `StorySketchLawTests`).
    public mutating func merge(_ other: StorySketch) {
        self = merging(other)
    }

    public func merging(_ other: StorySketch) -> StorySketch {
        var result = StorySketch(capacity: min(capacity, other.capacity))
        var united: [StoryPrint] = []
        united.reserveCapacity(min(prints.count + other.prints.count, result.capacity + 1))
        var i = 0, j = 0
        while (i < prints.count || j < other.prints.count) && united.count <= result.capacity {
            if j == other.prints.count || (i < prints.count && prints[i] < other.prints[j]) {
                united.append(prints[i]); i += 1
            } else if i == prints.count || other.prints[j] < prints[i] {
                united.append(other.prints[j]); j += 1
            } else {
                united.append(prints[i]); i += 1; j += 1
            }
        }
        result.isSaturated = isSaturated || other.isSaturated || united.count > result.capacity
        if united.count > result.capacity { united.removeLast(united.count - result.capacity) }
        result.prints = united
        return result
    }

    /// The stories among the prints kept: connected components.
    public var componentsKept: Int { StoryComponents.count(prints) }

    /// The number of stories: exact while `isExact`; otherwise the
    /// components of the sample times the estimated distinct texts over
    /// the sample's size, never below the components seen.
    public var count: Int {
        let components = componentsKept
        guard isSaturated, let largest = prints.last?.id, prints.count > 1 else { return components }
        let estimate = DistinctEstimate.kmv(kept: prints.count, largest: largest)
        let scaled = (Double(components) * estimate / Double(prints.count)).rounded()
        guard scaled.isFinite, scaled < 9.0e18 else { return Int.max }
        return max(components, Int(scaled))
    }
}

/// The "K minimum values" estimate of a set's size from the K smallest of
/// its uniform 64-bit hashes: `(K - 1) / (h_K / 2^64)`.
enum DistinctEstimate {
    static func kmv(kept: Int, largest: UInt64) -> Double {
        let fraction = (Double(largest) + 1) / 18_446_744_073_709_551_616.0
        return max(Double(kept), Double(kept - 1) / fraction)
    }
}
