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
    /// merges stay commutative, associative and idempotent: of the two
    /// labels (kinds) the one of higher rank wins, and of two different
    /// values of one rank the lexicographically smaller.
    ///
    /// The ranks: empty; the id itself, which is what a node without a
    /// label gets (a networkx file's "PER" must not replace "Peru");
    /// `known`'s value, the ontology's default for this id; any other value,
    /// which a file or a user gave ("Polska" beats the ontology's "Poland").
    public func reconciled(with other: Actor, known: Actor? = nil) -> Actor {
        precondition(id == other.id, "reconciling different actors")
        func rank(_ value: String, default fallback: String?, isLabel: Bool) -> Int {
            if value.isEmpty { return 0 }
            if isLabel && value == id { return 1 }
            if value == fallback { return 2 }
            return 3
        }
        func pick(_ a: String, _ b: String, default fallback: String?, isLabel: Bool) -> String {
            let rankA = rank(a, default: fallback, isLabel: isLabel), rankB = rank(b, default: fallback, isLabel: isLabel)
            if rankA != rankB { return rankA > rankB ? a : b }
            return min(a, b)
        }
        return Actor(id: id, label: pick(label, other.label, default: known?.label, isLabel: true),
                     kind: pick(kind, other.kind, default: known?.kind, isLabel: false))
    }
}
