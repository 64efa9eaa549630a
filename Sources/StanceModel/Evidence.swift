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
    /// The article's address, title, outlet and day (issue 12); empty for
    /// evidence read from files written before.
    public var provenance: Provenance

    public init(article: String, start: Int, end: Int, sentence: String,
                cue: String, rule: String, speaker: String? = nil, provenance: Provenance = Provenance()) {
        self.article = article
        self.start = start
        self.end = end
        self.sentence = sentence
        self.cue = cue
        self.rule = rule
        self.speaker = speaker
        self.provenance = provenance
    }

    /// The provenance flattened beside the other fields (`url`, `title`,
    /// `source`, `date`, each optional), as the GraphML evidence JSON has it.
    enum CodingKeys: String, CodingKey {
        case article, start, end, sentence, cue, rule, speaker, url, title, source, date
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(article: try c.decode(String.self, forKey: .article), start: try c.decode(Int.self, forKey: .start),
                  end: try c.decode(Int.self, forKey: .end), sentence: try c.decode(String.self, forKey: .sentence),
                  cue: try c.decode(String.self, forKey: .cue), rule: try c.decode(String.self, forKey: .rule),
                  speaker: try c.decodeIfPresent(String.self, forKey: .speaker))
        let date = try c.decodeIfPresent(String.self, forKey: .date)
        if let date, SeenDate.day(date) == nil {
            throw DecodingError.dataCorruptedError(forKey: .date, in: c,
                                                   debugDescription: "\"\(date.prefix(40))\" is not an ISO 8601 date")
        }
        provenance = Provenance(url: try c.decodeIfPresent(String.self, forKey: .url),
                                title: try c.decodeIfPresent(String.self, forKey: .title),
                                source: try c.decodeIfPresent(String.self, forKey: .source),
                                date: date.flatMap(SeenDate.day))
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(article, forKey: .article)
        try c.encode(start, forKey: .start)
        try c.encode(end, forKey: .end)
        try c.encode(sentence, forKey: .sentence)
        try c.encode(cue, forKey: .cue)
        try c.encode(rule, forKey: .rule)
        try c.encodeIfPresent(speaker, forKey: .speaker)
        try c.encodeIfPresent(provenance.url, forKey: .url)
        try c.encodeIfPresent(provenance.title, forKey: .title)
        try c.encodeIfPresent(provenance.source, forKey: .source)
        try c.encodeIfPresent(provenance.date, forKey: .date)
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
        if lhs.speaker != rhs.speaker { return (lhs.speaker ?? "") < (rhs.speaker ?? "") }
        return lhs.provenance < rhs.provenance
    }
}
