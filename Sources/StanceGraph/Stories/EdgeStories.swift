/// What an edge carries for issue 12's `stories` and `sources`: one value
/// that merges with the edge, commutatively, associatively and
/// idempotently, so wiring it in keeps every merge law the graph has.
///
/// How to wire it (left to the rest of issue 12):
/// 1. Per article, once: `let trace = ArticleTrace(text: article.text,
///    source: outlet)` (about 40 µs for a 500-byte article, optimised).
/// 2. For each edge the article supports: `edge.stories.add(trace)`; an
///    edge's `stories` starts as `EdgeStories()`.
/// 3. On merge: `edge.stories.merge(other.stories)`; no `CountRule` is
///    needed, since union never double counts.
/// 4. On writing: GraphML keys `stories` = `stories.stories`, `sources` =
///    `stories.sources` (counts a user reads), and the sketches themselves
///    (`encoded`, a few hundred bytes an article up to the caps) in a key
///    of their own, so that `merge` of two files can unite them instead of
///    adding counts. A file without the sketch (older, or foreign) gives
///    no union: take its counts as they are, like capped evidence.
///
/// `articles` stays the edge's own count; `stories <= articles` holds
/// whenever both are exact.
public struct EdgeStories: Hashable, Sendable {
    public private(set) var storySketch: StorySketch
    public private(set) var sourceSketch: SourceSketch

    public init(stories: StorySketch = StorySketch(), sources: SourceSketch = SourceSketch()) {
        storySketch = stories
        sourceSketch = sources
    }

    /// Distinct stories (near-duplicate texts counted once).
    public var stories: Int { storySketch.count }
    /// Distinct outlets.
    public var sources: Int { sourceSketch.count }
    /// Whether both counts are exact (neither sketch reached its cap).
    public var isExact: Bool { storySketch.isExact && sourceSketch.isExact }

    public mutating func add(_ trace: ArticleTrace) {
        storySketch.insert(trace.print)
        if let source = trace.source { sourceSketch.insert(source) }
    }

    public mutating func merge(_ other: EdgeStories) {
        storySketch.merge(other.storySketch)
        sourceSketch.merge(other.sourceSketch)
    }

    public func merging(_ other: EdgeStories) -> EdgeStories {
        var result = self
        result.merge(other)
        return result
    }
}

/// What an article contributes to the edges it supports, computed once per
/// article: its print and its outlet. Its text is not kept.
public struct ArticleTrace: Hashable, Sendable {
    public let print: StoryPrint
    /// The outlet, normalised (`SourceSketch.normalized`); nil when unknown.
    public let source: String?

    public init(text: String, source: String?) {
        print = StoryPrint(text: text)
        self.source = source.flatMap(SourceSketch.normalized)
    }
}
