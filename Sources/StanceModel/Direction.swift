/// Which edges of an actor a query looks at.
public enum Direction: String, CaseIterable, Sendable {
    /// Edges the actor is the source of: its stances toward others.
    case outgoing = "out"
    /// Edges the actor is the target of: others' stances toward it.
    case incoming = "in"
    case both
}

extension StanceGraph {
    /// The edges that touch `actorID`, in deterministic order: heaviest first,
    /// then by key.
    public func relationships(of actorID: String, direction: Direction = .both,
                              relation: Relation? = nil) -> [Edge] {
        edges.values.filter { edge in
            if let relation, edge.relation != relation { return false }
            switch direction {
            case .outgoing: return edge.source == actorID
            case .incoming: return edge.target == actorID
            case .both: return edge.source == actorID || edge.target == actorID
            }
        }.sorted { lhs, rhs in
            lhs.weight != rhs.weight ? lhs.weight > rhs.weight : lhs.key < rhs.key
        }
    }
}
