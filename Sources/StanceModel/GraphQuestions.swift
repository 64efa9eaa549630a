/// Questions about more than one actor: the stances between two, an
/// actor's neighbourhood, and the whole graph's statistics (`query --with`,
/// `query --depth`, `stancegraph stats`).
extension StanceGraph {
    /// Every stance between `a` and `b`, both ways (or only `a`'s toward
    /// `b` for `.outgoing`, `b`'s toward `a` for `.incoming`), heaviest
    /// first.
    public func stances(between a: String, and b: String, direction: Direction = .both,
                        relation: Relation? = nil) -> [Edge] {
        relationships(of: a, direction: direction, relation: relation).filter { edge in
            (edge.source == a && edge.target == b) || (edge.source == b && edge.target == a)
        }
    }

    /// The edges within `depth` steps of `actorID`: its own (depth 1), then
    /// those of the actors they reach, and so on, following `direction`
    /// from each actor reached. Each edge once, heaviest first, then by key.
    public func neighbourhood(of actorID: String, depth: Int, direction: Direction = .both,
                              relation: Relation? = nil) -> [Edge] {
        var reached: Set<String> = [actorID]
        var frontier = [actorID]
        var found: [EdgeKey: Edge] = [:]
        for _ in 0..<max(0, depth) {
            var next: [String] = []
            for actor in frontier {
                for edge in relationships(of: actor, direction: direction, relation: relation) {
                    found[edge.key] = edge
                    let other = edge.source == actor ? edge.target : edge.source
                    if reached.insert(other).inserted { next.append(other) }
                }
            }
            frontier = next.sorted()
            if frontier.isEmpty { break }
        }
        return found.values.sorted { lhs, rhs in
            lhs.weight != rhs.weight ? lhs.weight > rhs.weight : lhs.key < rhs.key
        }
    }

    /// Who holds and who receives stances, and which pairs are contested or
    /// reciprocated. Deterministic: every list is sorted.
    public var statistics: GraphStatistics { GraphStatistics(self) }
}

/// The numbers `stancegraph stats` prints.
public struct GraphStatistics: Codable, Sendable, Equatable {
    /// One actor's stances held (as source) and received (as target), by
    /// relation, in evidence sentences (`weight`) and in edges.
    public struct ActorCounts: Codable, Sendable, Equatable {
        public var id: String
        public var label: String
        public var held: [String: Int]
        public var received: [String: Int]
        public var heldWeight: Int
        public var receivedWeight: Int
    }

    /// Two actors whose stances disagree: `a` both supports and opposes
    /// `b` (`mixed`), or one supports the other while the other opposes
    /// (or warns) it (`oneSided`).
    public struct Pair: Codable, Sendable, Equatable {
        public var a: String
        public var b: String
        public var kind: String
        public var edges: [String]
    }

    public var actors: Int
    public var edges: Int
    public var byRelation: [String: Int]
    /// Actors by stances held, most first (ties by id).
    public var ranking: [ActorCounts]
    public var contested: [Pair]
    /// Pairs holding the same relation toward each other.
    public var reciprocated: [Pair]

    public init(_ graph: StanceGraph) {
        var counts: [String: ActorCounts] = [:]
        func entry(_ id: String) -> ActorCounts {
            counts[id] ?? ActorCounts(id: id, label: graph.actors[id]?.label ?? id, held: [:], received: [:],
                                      heldWeight: 0, receivedWeight: 0)
        }
        var byRelation: [String: Int] = [:]
        for edge in graph.edges.values {
            let relation = edge.relation.rawValue
            byRelation[relation, default: 0] += 1
            var source = entry(edge.source)
            source.held[relation, default: 0] += 1
            source.heldWeight = source.heldWeight.addingReportingOverflow(edge.weight).overflow
                ? Int.max : source.heldWeight + edge.weight
            counts[edge.source] = source
            var target = entry(edge.target)
            target.received[relation, default: 0] += 1
            target.receivedWeight = target.receivedWeight.addingReportingOverflow(edge.weight).overflow
                ? Int.max : target.receivedWeight + edge.weight
            counts[edge.target] = target
        }
        actors = graph.actors.count
        edges = graph.edges.count
        self.byRelation = byRelation
        ranking = counts.values.sorted { lhs, rhs in
            let (l, r) = (lhs.held.values.reduce(0, +), rhs.held.values.reduce(0, +))
            if l != r { return l > r }
            if lhs.heldWeight != rhs.heldWeight { return lhs.heldWeight > rhs.heldWeight }
            return lhs.id < rhs.id
        }
        func has(_ source: String, _ relation: Relation, _ target: String) -> Bool {
            graph.edges[EdgeKey(source: source, relation: relation, target: target)] != nil
        }
        var contested: [Pair] = []
        var reciprocated: [Pair] = []
        var pairs = Set<[String]>()
        for key in graph.edges.keys where key.source != key.target {
            pairs.insert([key.source, key.target].sorted())
        }
        for pair in pairs.sorted(by: { $0.lexicographicallyPrecedes($1) }) {
            let (a, b) = (pair[0], pair[1])
            for (x, y) in [(a, b), (b, a)] where has(x, .supports, y) && has(x, .opposes, y) {
                contested.append(Pair(a: x, b: y, kind: "mixed",
                                      edges: ["\(x) supports \(y)", "\(x) opposes \(y)"]))
            }
            for (x, y) in [(a, b), (b, a)] where has(x, .supports, y) {
                for hostile in [Relation.opposes, .warns] where has(y, hostile, x) {
                    contested.append(Pair(a: x, b: y, kind: "oneSided",
                                          edges: ["\(x) supports \(y)", "\(y) \(hostile.rawValue) \(x)"]))
                }
            }
            for relation in Relation.allCases where has(a, relation, b) && has(b, relation, a) {
                reciprocated.append(Pair(a: a, b: b, kind: relation.rawValue,
                                         edges: ["\(a) \(relation.rawValue) \(b)", "\(b) \(relation.rawValue) \(a)"]))
            }
        }
        self.contested = contested
        self.reciprocated = reciprocated
    }
}
