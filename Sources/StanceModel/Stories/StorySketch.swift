/// The stories behind an edge, as a value that merges like the rest of the
/// graph: the `StoryPrint`s of its articles, each with the days it was
/// seen on (`DatedSample`), of which `count` counts the connected
/// components (prints sharing a band key are one story).
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
/// does: on `Corpora/stories` (a) counts 27 stories where there are 16,
/// and 93 on 115 synthetic copies of them, while (b) counts 16 on both
/// (`StoryMeasurementTests`); (b) groups a family whenever its copies chain
/// through shared bands, at some 300 bytes a distinct text up to the cap.
///
/// Days: a window of the sketch (`restricted`) keeps the prints of the
/// articles of its days, and counts the components among those alone, so
/// the stories of a month are those of the month's articles; the windows
/// of a sketch merge back into it (see `DatedSample`).
///
/// Memory is bounded by `capacity` distinct prints (default 128). Beyond
/// it the sketch keeps the `capacity` smallest prints by `StoryPrint`'s
/// order, a uniform sample of the distinct texts, and everything up to
/// that bound, a lattice join, so the laws still hold; the count is then
/// an estimate (`isExact` false): the components of the sample scaled by
/// the distinct texts estimated from the bound's id (the "K minimum
/// values" estimator). It leans high when one story has many distinct
/// copies (its copies stand for one component of the sample, yet the
/// scaling spreads them as if stories were of equal size), so it is
/// flagged, not passed off as exact. Most edges have far fewer than 128
/// distinct texts and count exactly.
///
/// Components see only the edge's own articles: two copies edited in
/// different ways that share no band count apart unless a third copy (the
/// original, most often) links them; on the corpus that is 3 pairs of 30.
///
/// Identical texts are one print: the sketch counts stories, not articles
/// (the edge's `articles` counts those).
public struct StorySketch: Hashable, Sendable {
    public static let defaultCapacity = 128

    public private(set) var sample: DatedSample<StoryPrint>

    public init(capacity: Int = StorySketch.defaultCapacity) {
        sample = DatedSample(capacity: capacity)
    }

    init(sample: DatedSample<StoryPrint>) { self.sample = sample }

    /// The sketch of undated articles with these prints.
    public init<S: Sequence>(_ prints: S, capacity: Int = StorySketch.defaultCapacity) where S.Element == StoryPrint {
        self.init(capacity: capacity)
        for print in prints { insert(print) }
    }

    public var capacity: Int { sample.capacity }
    /// The distinct prints kept, sorted.
    public var prints: [StoryPrint] { sample.elements }
    /// Whether `count` is exact: no print was left out.
    public var isExact: Bool { sample.isExact }
    public var isEmpty: Bool { sample.isEmpty }

    /// Adds one article's print, on its day (undated by default).
    public mutating func insert(_ print: StoryPrint, day: Int32 = Day.undated) {
        sample.insert(print, day: day)
    }

    /// The union of two sketches, cut to the smaller capacity: commutative,
    /// associative and idempotent (property-tested in `StorySketchLawTests`).
    public mutating func merge(_ other: StorySketch) { sample.merge(other.sample) }

    public func merging(_ other: StorySketch) -> StorySketch { StorySketch(sample: sample.merging(other.sample)) }

    /// The prints of the days `keep` accepts.
    public func restricted(_ keep: (Int32) -> Bool) -> StorySketch { StorySketch(sample: sample.restricted(keep)) }

    /// The stories among the prints kept: connected components.
    public var componentsKept: Int { StoryComponents.count(prints) }

    /// The number of stories: exact while `isExact`; otherwise the
    /// components of the sample times the estimated distinct texts over
    /// the sample's size, never below the components seen.
    public var count: Int {
        let kept = prints
        let components = StoryComponents.count(kept)
        guard !isExact, !kept.isEmpty else { return components }
        let scaled = (Double(components) * sample.estimatedDistinct / Double(kept.count)).rounded()
        guard scaled.isFinite, scaled < 9.0e18 else { return Int.max }
        return max(components, Int(scaled))
    }
}

extension StoryPrint: SampledElement {
    public var sampleHash: UInt64 { id }
}
