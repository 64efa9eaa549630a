/// The in-memory stance graph: actors as nodes, stance edges with evidence.
///
/// A value type. Every operation that combines graphs is a set union, so the
/// result never depends on the order in which articles or files were read;
/// writers iterate `sortedActors` and `sortedEdges` for deterministic bytes.
public struct StanceGraph: Hashable, Sendable {
    public private(set) var actors: [String: Actor] = [:]
    public private(set) var edges: [EdgeKey: Edge] = [:]

    public init() {}

    public init(actors: some Sequence<Actor>, edges: some Sequence<Edge>) {
        for actor in actors { add(actor) }
        for edge in edges { add(edge) }
    }

    public var isEmpty: Bool { actors.isEmpty && edges.isEmpty }

    /// Adds an actor, reconciling it with one already known by the same id.
    public mutating func add(_ actor: Actor) {
        if let known = actors[actor.id] {
            actors[actor.id] = known.reconciled(with: actor)
        } else {
            actors[actor.id] = actor
        }
    }

    /// Adds an edge, merging its evidence into an existing edge with the same
    /// key. Endpoints unknown to the graph are added with their id as label,
    /// so the graph never holds a dangling edge.
    public mutating func add(_ edge: Edge) {
        for id in [edge.source, edge.target] where actors[id] == nil {
            actors[id] = Actor(id: id, label: id, kind: "")
        }
        if var known = edges[edge.key] {
            known.merge(edge)
            edges[edge.key] = known
        } else {
            edges[edge.key] = edge
        }
    }

    /// Adds one piece of evidence for `key`.
    public mutating func add(_ key: EdgeKey, evidence: Evidence) {
        add(Edge(key: key, evidence: [evidence]))
    }

    /// Union with another graph: actors reconciled, evidence added without
    /// duplicates. Commutative, associative and idempotent.
    public mutating func merge(_ other: StanceGraph) {
        for actor in other.actors.values { add(actor) }
        for edge in other.edges.values { add(edge) }
    }

    public func merging(_ other: StanceGraph) -> StanceGraph {
        var copy = self
        copy.merge(other)
        return copy
    }

    public var sortedActors: [Actor] { actors.values.sorted { $0.id < $1.id } }
    public var sortedEdges: [Edge] { edges.values.sorted { $0.key < $1.key } }
}
