/// What an edge carries for issue 12's `stories` and `sources`: one value
/// that merges with the edge, commutatively, associatively and
/// idempotently, so the edge keeps every merge law it had.
///
/// How it is wired:
/// 1. Per article, once, when it gave at least one edge: its
///    `ArticleTrace` (its text's `StoryPrint` and its outlet), made by
///    the extraction thread (`CorpusExtraction.Worker.stamped`) or by the
///    isolated worker process, which sends the print's keys.
/// 2. `StanceGraph.stamped(_:trace:)` adds it to every edge of the
///    article, on the article's day (`Edge.stories`).
/// 3. `Edge.merge` merges it: the union of the sketches. Counts read from
///    a file without sketches (below) are combined by the merge's
///    `CountRule`, as `articles` is for capped evidence.
/// 4. GraphML writes `stories` and `sources` (the counts a user reads) and
///    `stories_sketch` (`encoded`), so that `merge` of two files unites
///    the sketches instead of adding counts.
///
/// Counts without sketches (`extra`): an edge read from a file that gives
/// `stories` and `sources` but no sketch (another tool's, or edited) keeps
/// those numbers as given. Nothing says which stories they are, so they
/// cannot be united: `.disjoint` (extraction, `merge`'s default) adds them,
/// `.overlapping` takes the larger. Both are commutative and associative,
/// and the counts are then marked inexact. In a window they belong to the
/// edge's first day (`Edge.restricted`), so windows still add up to the
/// whole. An edge with no story information at all (a file written before
/// stories were kept) has an empty value: `isEmpty`, and no `stories` is
/// written for it; merged with a traced edge it adds nothing.
///
/// Stored in one box behind a reference (copied on write), so an edge pays
/// 8 bytes for it when it has none, and copying an edge copies no sketch.
///
/// `articles` stays the edge's own count; `stories <= articles` holds
/// whenever both are exact.
public struct EdgeStories: Hashable, Sendable {
    /// Counts known only as numbers.
    public struct Counts: Hashable, Sendable {
        public var stories: Int
        public var sources: Int

        public init(stories: Int = 0, sources: Int = 0) {
            self.stories = stories
            self.sources = sources
        }

        public static let zero = Counts()
    }

    private final class Box: @unchecked Sendable {
        // Changed only while uniquely referenced (`EdgeStories.box()`).
        var stories: StorySketch
        var sources: SourceSketch
        var extra: Counts

        init(stories: StorySketch, sources: SourceSketch, extra: Counts) {
            self.stories = stories
            self.sources = sources
            self.extra = extra
        }
    }

    private var storage: Box?

    public init(stories: StorySketch = StorySketch(), sources: SourceSketch = SourceSketch(),
                extra: Counts = .zero) {
        if !stories.isEmpty || !sources.isEmpty || extra != .zero
            || stories.capacity != StorySketch.defaultCapacity || sources.capacity != SourceSketch.defaultCapacity {
            storage = Box(stories: stories, sources: sources, extra: extra)
        }
    }

    public var storySketch: StorySketch { storage?.stories ?? StorySketch() }
    public var sourceSketch: SourceSketch { storage?.sources ?? SourceSketch() }
    public var extra: Counts { storage?.extra ?? .zero }

    /// No story information: no article traced, no count given.
    public var isEmpty: Bool {
        guard let storage else { return true }
        return storage.stories.isEmpty && storage.sources.isEmpty && storage.extra == .zero
    }

    /// Distinct stories (near-duplicate texts counted once), plus counts
    /// given without sketches.
    public var stories: Int { Self.sum(storySketch.count, extra.stories) }
    /// Distinct outlets, plus counts given without sketches.
    public var sources: Int { Self.sum(sourceSketch.count, extra.sources) }
    /// Whether both counts are exact: neither sketch reached its cap, and
    /// no count came without its sketch.
    public var isExact: Bool { storySketch.isExact && sourceSketch.isExact && extra == .zero }

    /// One article's trace, on its day.
    public mutating func add(_ trace: ArticleTrace, day: Int32 = Day.undated) {
        let box = box()
        box.stories.insert(trace.print, day: day)
        if let source = trace.sourceHash { box.sources.insert(hash: source, day: day) }
    }

    /// The union of the sketches; counts given without sketches combined
    /// by `rule`, without passing `Int.max`.
    public mutating func merge(_ other: EdgeStories, rule: CountRule = .disjoint) {
        guard let theirs = other.storage, !(storage === theirs) else { return }
        if storage == nil, theirs.stories.capacity == StorySketch.defaultCapacity,
           theirs.sources.capacity == SourceSketch.defaultCapacity {
            storage = theirs   // shared until either changes
            return
        }
        let box = box()
        box.stories.merge(theirs.stories)
        box.sources.merge(theirs.sources)
        if theirs.extra != .zero || box.extra != .zero {
            let (a, b) = (box.extra, theirs.extra)
            box.extra = rule == .disjoint
                ? Counts(stories: Self.sum(a.stories, b.stories), sources: Self.sum(a.sources, b.sources))
                : Counts(stories: max(a.stories, b.stories), sources: max(a.sources, b.sources))
        }
    }

    public func merging(_ other: EdgeStories, rule: CountRule = .disjoint) -> EdgeStories {
        var result = self
        result.merge(other, rule: rule)
        return result
    }

    /// What the articles of the days `keep` accepts gave; the counts given
    /// without sketches only when `keep` accepts `extraDay` (the edge's
    /// first day), so that the windows of an edge add up to it.
    public func restricted(_ keep: (Int32) -> Bool, extraDay: Int32) -> EdgeStories {
        guard let storage else { return self }
        return EdgeStories(stories: storage.stories.restricted(keep), sources: storage.sources.restricted(keep),
                           extra: keep(extraDay) ? storage.extra : .zero)
    }

    /// Whether every traced day is one of `days`.
    public func days(within days: Set<Int32>) -> Bool {
        guard let storage else { return true }
        return storage.stories.sample.days(within: days) && storage.sources.sample.days(within: days)
    }

    // MARK: Text form

    /// Both sketches as one GraphML value: the stories' text, a space, the
    /// sources' text (see `SketchText`).
    public var encoded: String { storySketch.encoded + " " + sourceSketch.encoded }

    /// The value of a file: the sketches `text` holds (nil: none) and the
    /// counts it gives (nil: not given). With sketches, counts above theirs
    /// are counts given without sketches (`extra`), and counts below are
    /// refused; without, the counts are all `extra`. A story sketch of
    /// prints of the older kind (`stories2`) counts as no story sketch.
    /// Throws a message for anything malformed.
    public init(encoded text: String?, stories: Int?, sources: Int?) throws(EdgeCountError) {
        guard let text else {
            self.init(extra: Counts(stories: stories ?? 0, sources: sources ?? 0))
            return
        }
        // Split on bytes (a sketch is long, and ASCII): two fields between
        // white space.
        let parts = text.utf8.split(whereSeparator: { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D })
        func malformed() -> EdgeCountError { EdgeCountError("stories_sketch \"\(text.prefix(60))...\" is not two sketches "
            + "(stories3;CAP;BOUND;RECORDS sources2;CAP;BOUND;RECORDS)") }
        guard parts.count == 2, let sourceSketch = SourceSketch(encoded: String(decoding: parts[1], as: UTF8.self)) else {
            throw malformed()
        }
        let storyText = String(decoding: parts[0], as: UTF8.self)
        var stories = stories
        let storySketch: StorySketch
        if let sketch = StorySketch(encoded: storyText) {
            storySketch = sketch
        } else if let legacy = StorySketch.legacyCount(encoded: storyText) {
            // Prints of the older kind (`stories2`, 128 hashes) cannot be
            // united with today's: their count stands as given without a
            // sketch (the file's `stories`, else the sketch's own count).
            // The outlets' hashes have not changed and are kept.
            if let stories, stories < legacy {
                throw EdgeCountError("stories \(stories) is less than the \(legacy) stories of the edge's sketch")
            }
            stories = stories ?? legacy
            storySketch = StorySketch()
        } else {
            throw malformed()
        }
        let counted = (storySketch.count, sourceSketch.count)
        if let stories, stories < counted.0 {
            throw EdgeCountError("stories \(stories) is less than the \(counted.0) stories of the edge's sketch")
        }
        if let sources, sources < counted.1 {
            throw EdgeCountError("sources \(sources) is less than the \(counted.1) sources of the edge's sketch")
        }
        self.init(stories: storySketch, sources: sourceSketch,
                  extra: Counts(stories: stories.map { $0 - counted.0 } ?? 0, sources: sources.map { $0 - counted.1 } ?? 0))
    }

    // MARK: Storage

    public static func == (lhs: EdgeStories, rhs: EdgeStories) -> Bool {
        if lhs.storage === rhs.storage { return true }
        return lhs.storySketch == rhs.storySketch && lhs.sourceSketch == rhs.sourceSketch && lhs.extra == rhs.extra
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(storySketch)
        hasher.combine(sourceSketch)
        hasher.combine(extra)
    }

    /// The box, made unique before a change.
    private mutating func box() -> Box {
        if isKnownUniquelyReferenced(&storage), let box = storage { return box }
        let box = storage.map { Box(stories: $0.stories, sources: $0.sources, extra: $0.extra) }
            ?? Box(stories: StorySketch(), sources: SourceSketch(), extra: .zero)
        storage = box
        return box
    }

    private static func sum(_ a: Int, _ b: Int) -> Int {
        let (total, overflow) = a.addingReportingOverflow(b)
        return overflow ? .max : total
    }
}

/// What an article contributes to the edges it supports, computed once per
/// article: its print and its outlet. Its text is not kept.
public struct ArticleTrace: Hashable, Sendable {
    public let print: StoryPrint
    /// The outlet, normalised (`SourceSketch.normalized`); nil when unknown.
    public let source: String?
    let sourceHash: UInt64?

    public init(text: String, source: String?) {
        self.init(print: StoryPrint(text: text), source: source)
    }

    /// A trace whose print was made elsewhere (an isolated worker sends it).
    public init(print: StoryPrint, source: String?) {
        self.print = print
        self.source = source.flatMap(SourceSketch.normalized)
        sourceHash = self.source.map { StableHash.mix(StableHash.fnv($0)) }
    }
}
