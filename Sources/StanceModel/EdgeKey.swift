/// The identity of an edge: one directed relation between two actors.
/// A pair of actors may carry several relations, each its own edge.
public struct EdgeKey: Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    public var source: String
    public var relation: Relation
    public var target: String

    public init(source: String, relation: Relation, target: String) {
        self.source = source
        self.relation = relation
        self.target = target
    }

    public static func < (lhs: EdgeKey, rhs: EdgeKey) -> Bool {
        (lhs.source, lhs.target, lhs.relation) < (rhs.source, rhs.target, rhs.relation)
    }

    public var description: String { "\(source) \(relation.rawValue) \(target)" }
}
