/// The distinct outlets behind an edge (`sources`), as a value that merges
/// like the rest of the graph: the set of 64-bit stable hashes of the
/// outlets' normalised names, cut to the `capacity` smallest.
///
/// Why hashes and not names: 8 bytes an outlet whatever its name, and the
/// smallest hashes are a uniform sample, so past `capacity` outlets (1024
/// by default: 8 KB at most per edge) the count becomes a "K minimum
/// values" estimate instead of memory growing with the corpus. Union and
/// the cut are a lattice join: merge is commutative, associative and
/// idempotent. Below the cap the count is exact (a 64-bit collision among
/// a thousand names has odds near 1 in 10^13).
///
/// An article without an outlet adds nothing: `sources` counts the outlets
/// known, and a user reads it beside `articles`.
public struct SourceSketch: Hashable, Sendable {
    public static let defaultCapacity = 1024

    public private(set) var hashes: [UInt64]
    public let capacity: Int
    public private(set) var isSaturated: Bool

    public init(capacity: Int = SourceSketch.defaultCapacity) {
        hashes = []
        self.capacity = max(1, capacity)
        isSaturated = false
    }

    public init<S: Sequence>(_ outlets: S, capacity: Int = SourceSketch.defaultCapacity) where S.Element == String {
        self.init(capacity: capacity)
        for outlet in outlets { insert(outlet) }
    }

    /// An outlet's name as counted: trimmed, lowercased, without a leading
    /// `www.` or a trailing dot, so `WWW.Example.com.` and `example.com`
    /// are one outlet; nil when nothing is left.
    public static func normalized(_ outlet: String) -> String? {
        var name = trimmed(outlet).lowercased()
        if name.hasPrefix("www.") { name.removeFirst(4) }
        while name.hasSuffix(".") { name.removeLast() }
        return name.isEmpty ? nil : name
    }

    /// The hash an outlet is counted by (nil for an empty name).
    public static func hash(_ outlet: String) -> UInt64? {
        normalized(outlet).map { StableHash.mix(StableHash.fnv($0)) }
    }

    public var isExact: Bool { !isSaturated }

    /// Records that prints were left out elsewhere (a decoded sketch that
    /// says so).
    mutating func markSaturated() { isSaturated = true }

    public mutating func insert(_ outlet: String) {
        guard let hash = Self.hash(outlet) else { return }
        insert(hash: hash)
    }

    mutating func insert(hash: UInt64) {
        var low = 0, high = hashes.count
        while low < high {
            let middle = (low + high) / 2
            if hashes[middle] < hash { low = middle + 1 } else { high = middle }
        }
        if low < hashes.count && hashes[low] == hash { return }
        if low >= capacity { isSaturated = true; return }
        hashes.insert(hash, at: low)
        if hashes.count > capacity {
            hashes.removeLast()
            isSaturated = true
        }
    }

    public mutating func merge(_ other: SourceSketch) { self = merging(other) }

    /// The union cut to the smaller capacity.
    public func merging(_ other: SourceSketch) -> SourceSketch {
        var result = SourceSketch(capacity: min(capacity, other.capacity))
        var united = Array(Set(hashes).union(other.hashes)).sorted()
        result.isSaturated = isSaturated || other.isSaturated || united.count > result.capacity
        if united.count > result.capacity { united.removeLast(united.count - result.capacity) }
        result.hashes = united
        return result
    }

    /// The distinct outlets: exact while `isExact`, estimated beyond.
    public var count: Int {
        guard isSaturated, let largest = hashes.last, hashes.count > 1 else { return hashes.count }
        let estimate = DistinctEstimate.kmv(kept: hashes.count, largest: largest).rounded()
        guard estimate.isFinite, estimate < 9.0e18 else { return Int.max }
        return max(hashes.count, Int(estimate))
    }
}

/// The string without leading and trailing white space (Unicode's).
private func trimmed(_ text: String) -> String {
    let scalars = text.unicodeScalars
    guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
          let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
    return String(scalars[first...last])
}
