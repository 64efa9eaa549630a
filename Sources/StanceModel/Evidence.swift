/// One sentence that justifies an edge, with enough provenance for a user to
/// find it again and to see why the extractor drew the edge.
///
/// `start` and `end` are offsets in Unicode scalars (what Python's `str`
/// indexes) into the article text, end exclusive.
public struct Evidence: Hashable, Comparable, Codable, Sendable {
    public var article: String
    public var start: Int
    public var end: Int
    public var sentence: String
    /// The cue words that fired, as they appear in the text.
    public var cue: String
    /// The name of the extraction rule that turned the cue into an edge.
    public var rule: String
    /// Who said it, when the stance was reported speech.
    public var speaker: String?

    public init(article: String, start: Int, end: Int, sentence: String,
                cue: String, rule: String, speaker: String? = nil) {
        self.article = article
        self.start = start
        self.end = end
        self.sentence = sentence
        self.cue = cue
        self.rule = rule
        self.speaker = speaker
    }

    /// Evidence is one per sentence: two items for the same sentence of the
    /// same article are the same evidence, whatever cue fired.
    public struct Location: Hashable, Comparable, Sendable {
        public var article: String
        public var start: Int
        public var end: Int

        public static func < (lhs: Location, rhs: Location) -> Bool {
            (lhs.article, lhs.start, lhs.end) < (rhs.article, rhs.start, rhs.end)
        }
    }

    public var location: Location { Location(article: article, start: start, end: end) }

    /// A total order over every field, so that choosing between two items for
    /// one location never depends on which graph they came from.
    public static func < (lhs: Evidence, rhs: Evidence) -> Bool {
        if lhs.location != rhs.location { return lhs.location < rhs.location }
        if lhs.sentence != rhs.sentence { return lhs.sentence < rhs.sentence }
        if lhs.cue != rhs.cue { return lhs.cue < rhs.cue }
        if lhs.rule != rhs.rule { return lhs.rule < rhs.rule }
        return (lhs.speaker ?? "") < (rhs.speaker ?? "")
    }
}
