/// The union of any number of graphs read from files, as `merge` makes it:
/// the result depends on which graphs were given, never on their order,
/// and evidence is cut once, at the end.
///
/// Why not fold `StanceGraph.merge` over the files: a cap applied between
/// merges makes a complete input look capped, so an article counted in
/// both would be added twice or not depending on the order (issue 11); and
/// exact unions and added counts do not associate (`(A ∪ C) + B` is not
/// `(A + B) + C` when A and C share sentences). So edges with complete
/// evidence are united exactly in one graph, the others combined by `rule`
/// in a second, and each edge of the second is combined with the first
/// once, in `result`.
///
/// What cannot be counted exactly is reported: the edges present in more
/// than one input where some input had no or capped evidence (their
/// overlap is unknown, `rule` decided) and the inputs' counts share a day
/// (undated counts share the undated day): inputs whose counts fall on
/// different days, as the graphs `--by` writes, said different sentences,
/// so adding them is exact. Under `.disjoint` the articles the kept
/// evidence shows were counted more than once are reported too.
public struct GraphUnion: Sendable {
    public let rule: CountRule
    /// The ontology's actors by id, whose labels and kinds any other value
    /// from a file overrides (`Actor.reconciled`).
    public let known: [String: Actor]
    /// Every input's actors (reconciled with `known`) and foreign data,
    /// and their edges with complete evidence, united exactly.
    private var exact = StanceGraph()
    /// Inputs' edges with capped or no evidence, combined by `rule`.
    private var counted = StanceGraph()
    private var uncertain = Set<EdgeKey>()
    private var shared: [EdgeKey: Set<String>] = [:]
    public private(set) var inputs = 0

    public init(rule: CountRule = .disjoint, known: [String: Actor] = [:]) {
        self.rule = rule
        self.known = known
    }

    /// What the union could not count exactly.
    public struct Report: Hashable, Sendable {
        /// Edges found in more than one input, some with no or capped
        /// evidence: their counts were added or maximised by `rule`.
        public var uncertain: [EdgeKey]
        /// Under `.disjoint`: edges whose kept evidence shows articles
        /// counted by more than one input, so counted twice.
        public var overlaps: [Edge.Overlap]
    }

    /// Adds one input. Throws when a count would pass `Int.max` (naming the
    /// edge; the caller names the file).
    public mutating func add(_ graph: StanceGraph) throws(CountOverflow) {
        inputs += 1
        // Actors before edges: an edge adds an unknown endpoint with its id
        // as label, which must not stand beside the input's own description.
        for actor in graph.actors.values { exact.add(actor, known: known[actor.id]) }
        exact.foreign.merge(graph.foreign)
        for edge in graph.edges.values {
            if edge.isEvidenceComplete {
                if let known = counted.edges[edge.key], known.days.sharesADay(with: edge.days) {
                    uncertain.insert(edge.key)
                }
                exact.add(edge)
            } else {
                if let known = counted.edges[edge.key], known.days.sharesADay(with: edge.days) {
                    uncertain.insert(edge.key)
                }
                if let known = exact.edges[edge.key], known.days.sharesADay(with: edge.days) {
                    uncertain.insert(edge.key)
                }
                if let overlap = try counted.add(edge, rule: rule), rule == .disjoint {
                    shared[edge.key, default: []].formUnion(overlap.articles)
                }
            }
        }
    }

    /// The union, its evidence cut to `evidenceLimit` (nil keeps all), and
    /// what could not be counted exactly. Consumes the union, so that the
    /// graph is not held twice.
    public consuming func result(evidenceLimit: Int?) throws(CountOverflow)
        -> (graph: StanceGraph, report: Report) {
        var graph = StanceGraph()
        swap(&graph, &exact)
        var shared = shared
        for edge in counted.edges.values {
            if let overlap = try graph.add(edge, rule: rule), rule == .disjoint {
                shared[edge.key, default: []].formUnion(overlap.articles)
            }
        }
        graph.capEvidence(evidenceLimit)
        let overlaps = shared.map { Edge.Overlap(key: $0.key, articles: $0.value.sorted()) }.sorted { $0.key < $1.key }
        return (graph, Report(uncertain: uncertain.sorted(), overlaps: overlaps))
    }
}
