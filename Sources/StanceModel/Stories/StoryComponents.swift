/// Connected components of prints linked by a shared band key: the one
/// place where "which articles are one story" is decided, used by
/// `StorySketch.count` and `StoryGrouping`.
///
/// Why components and not pairs: a trimmed copy and an extended copy of one
/// agency text may share no band with each other, yet each shares one with
/// the original; the story is the chain. Components depend only on the set
/// of prints, never on the order they come in, which is what lets a count
/// of stories survive merges in any order.
struct UnionFind {
    private var parent: [Int]

    init(count: Int) { parent = Array(0..<max(0, count)) }

    mutating func root(_ node: Int) -> Int {
        var node = node
        while parent[node] != node {
            parent[node] = parent[parent[node]]   // path halving
            node = parent[node]
        }
        return node
    }

    /// Joins two sets; the smaller index becomes the root, so labels are
    /// the first member of each component whatever the order of unions.
    mutating func union(_ a: Int, _ b: Int) {
        let (x, y) = (root(a), root(b))
        if x < y { parent[y] = x } else if y < x { parent[x] = y }
    }

    mutating func append() -> Int {
        parent.append(parent.count)
        return parent.count - 1
    }
}

enum StoryComponents {
    /// For each print, the index of the first print of its component.
    static func labels(_ prints: [StoryPrint]) -> [Int] {
        var sets = UnionFind(count: prints.count)
        var firstHolder: [UInt64: Int] = [:]
        firstHolder.reserveCapacity(prints.count * StoryPrint.bands)
        for (index, print) in prints.enumerated() {
            for key in print.keys {
                if let holder = firstHolder[key] { sets.union(holder, index) } else { firstHolder[key] = index }
            }
        }
        return prints.indices.map { sets.root($0) }
    }

    static func count(_ prints: [StoryPrint]) -> Int {
        var roots = 0
        for (index, label) in labels(prints).enumerated() where label == index { roots += 1 }
        return roots
    }
}
