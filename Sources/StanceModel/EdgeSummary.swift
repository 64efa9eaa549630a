/// An edge as the JSON of `query --json` and of the interactive page reads
/// it: the key's three parts, the counts, the first and last day, and the
/// evidence chosen to show (all, or the first).
public struct EdgeSummary: Encodable, Sendable {
    public var source: String
    public var relation: String
    public var target: String
    public var weight: Int
    public var articles: Int
    public var firstSeen: String?
    public var lastSeen: String?
    public var evidence: [Evidence]

    public init(_ edge: Edge, evidence: [Evidence]) {
        source = edge.source
        relation = edge.relation.rawValue
        target = edge.target
        weight = edge.weight
        articles = edge.articles
        firstSeen = edge.firstSeen
        lastSeen = edge.lastSeen
        self.evidence = evidence
    }
}
