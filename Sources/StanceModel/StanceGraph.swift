/// The in-memory stance graph: actors as nodes, stance edges with exact
/// counts and (possibly capped) evidence, and foreign GraphML data carried
/// through unchanged.
///
/// A value type. Combining graphs is a union (see `Edge.merge` for counts
/// under an evidence cap), so the result never depends on the order in
/// which articles or files were read; writers iterate `sortedActors` and
/// `sortedEdges` for deterministic bytes.
public struct StanceGraph: Hashable, Sendable {
    public private(set) var actors: [String: Actor] = [:]
    public private(set) var edges: [EdgeKey: Edge] = [:]
    /// Data of other tools (yEd layout, Gephi colours, user attributes).
    public var foreign = ForeignData()
    /// No edge keeps more evidence than this. A merge under a cap walks
    /// every edge to cut it only when this is above the cap (once), not for
    /// every graph merged in: extraction merges each article under the cap,
    /// and walking the whole graph each time made `--evidence 100` several
    /// times slower than `--evidence all`. Not part of the value.
    private var evidenceBound = 0

    public init() {}

    public static func == (lhs: StanceGraph, rhs: StanceGraph) -> Bool {
        lhs.actors == rhs.actors && lhs.edges == rhs.edges && lhs.foreign == rhs.foreign
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(actors)
        hasher.combine(edges)
        hasher.combine(foreign)
    }

    public init(actors: some Sequence<Actor>, edges: some Sequence<Edge>) {
        for actor in actors { add(actor) }
        for edge in edges { add(edge) }
    }

    public var isEmpty: Bool { actors.isEmpty && edges.isEmpty && foreign.isEmpty }

    /// Adds an actor, reconciling it with one already known by the same id
    /// (`Actor.reconciled`; `known` is the ontology's default, if any).
    public mutating func add(_ actor: Actor, known: Actor? = nil) {
        if let present = actors[actor.id] {
            actors[actor.id] = present.reconciled(with: actor, known: known)
        } else {
            actors[actor.id] = actor
        }
    }

    /// Adds an edge, merging it into an existing edge with the same key
    /// (`Edge.merge`, counts added). Endpoints unknown to the graph are
    /// added with their id as label, so the graph never holds a dangling
    /// edge. For edges made in memory; counts read from files go through
    /// `add(_:rule:evidenceLimit:)`, which reports an overflow.
    @discardableResult
    public mutating func add(_ edge: Edge, evidenceLimit: Int? = nil) -> Edge.Overlap? {
        (try? add(edge, rule: .disjoint, evidenceLimit: evidenceLimit, saturating: true)) ?? nil
    }

    /// `add(_:evidenceLimit:)`, the overlap with an existing edge counted
    /// by `rule`; throws, leaving the graph as it was, when a count would
    /// pass `Int.max`.
    @discardableResult
    public mutating func add(_ edge: Edge, rule: CountRule, evidenceLimit: Int? = nil)
        throws(CountOverflow) -> Edge.Overlap? {
        try add(edge, rule: rule, evidenceLimit: evidenceLimit, saturating: false)
    }

    private mutating func add(_ edge: Edge, rule: CountRule, evidenceLimit: Int?, saturating: Bool)
        throws(CountOverflow) -> Edge.Overlap? {
        if actors[edge.source] == nil { actors[edge.source] = Actor(id: edge.source, label: edge.source, kind: "") }
        if actors[edge.target] == nil { actors[edge.target] = Actor(id: edge.target, label: edge.target, kind: "") }
        // One lookup for both cases: a million-edge file is mostly new keys.
        var isNew = false
        let overlap = try Self.update(&edges[edge.key, default: {
            isNew = true
            var added = edge
            added.capEvidence(evidenceLimit)
            return added
        }()]) { (known: inout Edge) throws(CountOverflow) -> (Edge.Overlap?, Int) in
            if isNew { return (nil, known.evidence.count) }
            let overlap = saturating ? known.merge(edge, evidenceLimit: evidenceLimit)
                : try known.merge(edge, rule: rule, evidenceLimit: evidenceLimit)
            return (overlap, known.evidence.count)
        }
        evidenceBound = max(evidenceBound, overlap.1)
        return overlap.0
    }

    /// Makes room for `count` more edges, so that a reader that knows how
    /// many are coming fills the table without growing it (which would
    /// briefly hold the old table and the new one).
    public mutating func reserveCapacity(edges count: Int) {
        edges.reserveCapacity(edges.count + count)
    }

    /// Adds many edges at once, as `add` one by one would, with the table
    /// sized once for all of them.
    public mutating func add(contentsOf newEdges: consuming [Edge]) {
        reserveCapacity(edges: newEdges.count)
        // Taken from the end: each edge moves into the table, none is copied.
        while let edge = newEdges.popLast() { add(edge) }
    }

    private static func update<T>(_ edge: inout Edge, _ body: (inout Edge) throws(CountOverflow) -> T)
        throws(CountOverflow) -> T { try body(&edge) }

    /// Adds one piece of evidence for `key`.
    public mutating func add(_ key: EdgeKey, evidence: Evidence) {
        add(Edge(key: key, evidence: [evidence]))
    }

    /// Union with another graph: actors reconciled, edges merged by
    /// `Edge.merge` with `evidenceLimit` (nil keeps all evidence), foreign
    /// data united. Commutative always; associative and idempotent while
    /// no evidence is capped, and associative when capped graphs come from
    /// different articles (counts then add). Returns the edges whose inputs
    /// visibly counted the same articles after capping.
    ///
    /// For graphs made in memory (extraction); graphs read from files are
    /// united by `GraphUnion`, which caps once at the end and reports what
    /// it could not count exactly.
    @discardableResult
    public mutating func merge(_ other: StanceGraph, evidenceLimit: Int? = nil) -> [Edge.Overlap] {
        (try? merge(other, rule: .disjoint, evidenceLimit: evidenceLimit, saturating: true)) ?? []
    }

    /// `merge(_:evidenceLimit:)` with the overlap of incomplete edges
    /// counted by `rule`; throws when a count would pass `Int.max` (the
    /// edges before it are merged, the graph is still valid).
    @discardableResult
    public mutating func merge(_ other: StanceGraph, rule: CountRule, evidenceLimit: Int? = nil)
        throws(CountOverflow) -> [Edge.Overlap] {
        try merge(other, rule: rule, evidenceLimit: evidenceLimit, saturating: false)
    }

    private mutating func merge(_ other: StanceGraph, rule: CountRule, evidenceLimit: Int?, saturating: Bool)
        throws(CountOverflow) -> [Edge.Overlap] {
        for actor in other.actors.values { add(actor) }
        var overlaps: [Edge.Overlap] = []
        for edge in other.edges.values {
            if let overlap = try add(edge, rule: rule, evidenceLimit: evidenceLimit, saturating: saturating) {
                overlaps.append(overlap)
            }
        }
        // Edges only this graph had are cut too, so the result does not
        // depend on which side was `self`.
        capEvidence(evidenceLimit)
        foreign.merge(other.foreign)
        return overlaps.sorted { $0.key < $1.key }
    }

    public func merging(_ other: StanceGraph, evidenceLimit: Int? = nil) -> StanceGraph {
        var copy = self
        copy.merge(other, evidenceLimit: evidenceLimit)
        return copy
    }

    /// Keeps at most `limit` evidence items per edge, the smallest by
    /// Evidence's order (nil keeps all). Counts stay exact.
    public mutating func capEvidence(_ limit: Int?) {
        guard let limit, evidenceBound > limit else { return }
        for index in edges.indices where edges.values[index].evidence.count > limit {
            edges.values[index].capEvidence(limit)
        }
        evidenceBound = max(limit, 0)
    }

    /// This graph with every edge seen on `date` (ISO 8601; see `SeenDate`):
    /// for the graph of one article, stamps its date as first and last seen.
    /// Dates already present are widened, never narrowed. nil changes
    /// nothing; a date that is not ISO 8601 throws.
    public func dated(_ date: String?) throws(InvalidDate) -> StanceGraph {
        guard let date else { return self }
        guard let day = SeenDate.day(date) else { throw InvalidDate(date) }
        return stamped(Provenance(date: day))
    }

    /// This graph, the graph of one article, with the article's provenance
    /// on every evidence item and its counts on the article's day (undated
    /// without one); first and last seen widened to that day. With a
    /// `trace`, each edge counts the article's story and outlet on that day
    /// (`Edge.stories`).
    public func stamped(_ provenance: Provenance, trace: ArticleTrace? = nil) -> StanceGraph {
        var copy = self
        for index in copy.edges.indices {
            copy.edges.values[index] = copy.edges.values[index].stamped(provenance, trace: trace)
        }
        return copy
    }

    public var sortedActors: [Actor] { actors.values.sorted { $0.id < $1.id } }
    public var sortedEdges: [Edge] { edgeOrder.map { edges.values[$0] } }

    /// The positions of the edges in `edges`, in key order (`EdgeKey.<`:
    /// source, target, relation), for writers that read each edge in place.
    ///
    /// Integers are sorted, not strings: every actor id gets its rank among
    /// the sorted ids once, and every edge one number packing the ranks of
    /// its source, target and relation, in that order of significance. On a
    /// million edges that is several times fewer instructions than comparing
    /// keys; the order is the same, since the ranks come from the same
    /// string comparison.
    public var edgeOrder: [Dictionary<EdgeKey, Edge>.Index] {
        let keys = edges.keys
        let ids = actors.keys.sorted()
        var rank: [String: UInt64] = [:]
        rank.reserveCapacity(ids.count)
        for (position, id) in ids.enumerated() { rank[id] = UInt64(position) }
        let relationRank = Dictionary(uniqueKeysWithValues: Relation.allCases.sorted().enumerated().map {
            ($0.element, UInt64($0.offset))
        })
        var packed: [(order: UInt64, index: Dictionary<EdgeKey, Edge>.Index)] = []
        packed.reserveCapacity(edges.count)
        for index in keys.indices {
            let key = keys[index]
            // Every endpoint is an actor (`add` sees to it); 2^28 of them
            // fit the packing.
            guard ids.count < 1 << 28, let source = rank[key.source], let target = rank[key.target] else {
                return keys.indices.sorted { keys[$0] < keys[$1] }
            }
            packed.append((source << 30 | target << 2 | relationRank[key.relation]!, index))
        }
        packed.sort { $0.order < $1.order }
        return packed.map(\.index)
    }
}
