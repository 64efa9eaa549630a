/// The three stance relations of the annotation standard
/// (`shared/docs/stance-guidelines.md`). The raw values are the exact strings
/// written to GraphML and expected by scorers, so they must never change.
public enum Relation: String, CaseIterable, Codable, Comparable, Hashable, Sendable {
    case supports
    case warns
    case opposes

    /// Order used for deterministic output: the order of the guidelines.
    private var rank: Int {
        switch self {
        case .supports: 0
        case .warns: 1
        case .opposes: 2
        }
    }

    public static func < (lhs: Relation, rhs: Relation) -> Bool { lhs.rank < rhs.rank }
}
