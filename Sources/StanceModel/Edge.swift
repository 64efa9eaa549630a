/// A directed, typed edge with the sentences that justify it.
///
/// Invariant: `evidence` is sorted by `Evidence.Location` and holds at most
/// one item per location. Merging keeps the invariant and is commutative,
/// associative and idempotent, because a clash at one location is settled
/// by the total order of `Evidence` (the smaller item wins).
public struct Edge: Hashable, Sendable {
    public let key: EdgeKey
    public private(set) var evidence: [Evidence]

    public init(key: EdgeKey, evidence: [Evidence] = []) {
        self.key = key
        self.evidence = []
        self.evidence = Edge.normalized(evidence)
    }

    public var source: String { key.source }
    public var relation: Relation { key.relation }
    public var target: String { key.target }

    /// How many sentences support the edge.
    public var weight: Int { evidence.count }

    /// How many distinct articles support the edge.
    public var articles: Int {
        var count = 0
        var previous: String?
        for item in evidence where item.article != previous {
            count += 1
            previous = item.article
        }
        return count
    }

    /// Adds one item, keeping the invariant.
    public mutating func add(_ item: Evidence) {
        merge(Edge(key: key, evidence: [item]))
    }

    /// Unions the evidence of an edge with the same key.
    public mutating func merge(_ other: Edge) {
        precondition(other.key == key, "merging different edges")
        evidence = Edge.union(evidence, other.evidence)
    }

    static func normalized(_ items: [Evidence]) -> [Evidence] {
        var result: [Evidence] = []
        result.reserveCapacity(items.count)
        for item in items.sorted() {
            if let last = result.last, last.location == item.location { continue }
            result.append(item)
        }
        return result
    }

    /// Linear merge of two normalized arrays.
    static func union(_ a: [Evidence], _ b: [Evidence]) -> [Evidence] {
        if b.isEmpty { return a }
        if a.isEmpty { return b }
        var result: [Evidence] = []
        result.reserveCapacity(a.count + b.count)
        var i = a.startIndex, j = b.startIndex
        while i < a.endIndex && j < b.endIndex {
            let x = a[i], y = b[j]
            if x.location < y.location {
                result.append(x); i += 1
            } else if y.location < x.location {
                result.append(y); j += 1
            } else {
                result.append(min(x, y)); i += 1; j += 1
            }
        }
        result.append(contentsOf: a[i...])
        result.append(contentsOf: b[j...])
        return result
    }
}
