/// Stories across a whole corpus: articles are added one at a time and each
/// gets the label of its story, the first article of its component.
///
/// Kept per article: its 32 band keys in one dictionary (key → the first
/// article that had it) and one parent index, 1.4 KB an article measured
/// with the dictionary's slack, never the text or the signature. That is
/// what finding a story's earlier copies needs and no more; it grows with
/// the corpus (some 1.4 GB for a million articles), so it is a tool for a
/// report, a test or a benchmark. What a graph carries per edge is
/// `StorySketch`, bounded by its capacity.
///
/// Labels depend on the order articles are added (the first of a story
/// names it); the partition does not.
public struct StoryGrouping: Sendable {
    private var sets = UnionFind(count: 0)
    private var firstHolder: [UInt64: Int] = [:]

    public init() {}

    public var count: Int { articles }
    private var articles = 0

    /// Adds an article's print; returns its index.
    @discardableResult
    public mutating func add(_ print: StoryPrint) -> Int {
        let index = sets.append()
        articles += 1
        for key in print.keys {
            if let holder = firstHolder[key] { sets.union(holder, index) } else { firstHolder[key] = index }
        }
        return index
    }

    @discardableResult
    public mutating func add(text: String) -> Int { add(StoryPrint(text: text)) }

    /// The story of every article added, as the index of its story's first
    /// article.
    public mutating func labels() -> [Int] { (0..<articles).map { sets.root($0) } }

    /// The number of stories among the articles added.
    public mutating func stories() -> Int {
        var roots = 0
        for (index, label) in labels().enumerated() where label == index { roots += 1 }
        return roots
    }
}
