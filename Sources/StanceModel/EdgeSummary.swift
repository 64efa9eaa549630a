/// An edge as the JSON of `query --json` and of the interactive page reads
/// it: the key's three parts, the counts (`stories` and `sources` only
/// when the edge has them), the first and last day, and the evidence
/// chosen to show (all, or the first).
public struct EdgeSummary: Encodable, Sendable {
    public var source: String
    public var relation: String
    public var target: String
    public var weight: Int
    public var articles: Int
    public var stories: Int?
    public var sources: Int?
    public var firstSeen: String?
    public var lastSeen: String?
    public var evidence: [Evidence]

    public init(_ edge: Edge, evidence: [Evidence]) {
        source = edge.source
        relation = edge.relation.rawValue
        target = edge.target
        weight = edge.weight
        articles = edge.articles
        stories = edge.stories.isEmpty ? nil : edge.stories.stories
        sources = edge.stories.isEmpty ? nil : edge.stories.sources
        firstSeen = edge.firstSeen
        lastSeen = edge.lastSeen
        self.evidence = evidence
    }
}
