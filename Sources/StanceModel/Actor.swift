/// A node of the stance graph: a state, territory, organisation or group.
///
/// `id` is the stable identifier (ISO 3166-1 alpha-3 for states, the usual
/// acronym for organisations); `label` is the human-readable name shown by
/// visualizers; `kind` is free text from the ontology (`state`, `igo`, ...).
public struct Actor: Hashable, Comparable, Codable, Sendable {
    public var id: String
    public var label: String
    public var kind: String

    public init(id: String, label: String, kind: String) {
        self.id = id
        self.label = label
        self.kind = kind
    }

    public static func < (lhs: Actor, rhs: Actor) -> Bool {
        (lhs.id, lhs.label, lhs.kind) < (rhs.id, rhs.label, rhs.kind)
    }

    /// Combines two descriptions of the same actor id. Symmetric, so graph
    /// merges stay commutative: a non-empty field wins over an empty one, and
    /// of two different non-empty values the smaller wins.
    public func reconciled(with other: Actor) -> Actor {
        precondition(id == other.id, "reconciling different actors")
        func pick(_ a: String, _ b: String) -> String {
            if a.isEmpty { return b }
            if b.isEmpty { return a }
            return min(a, b)
        }
        return Actor(id: id, label: pick(label, other.label), kind: pick(kind, other.kind))
    }
}
