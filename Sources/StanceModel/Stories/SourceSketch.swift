/// The distinct outlets behind an edge (`sources`), as a value that merges
/// like the rest of the graph: the 64-bit stable hashes of the outlets'
/// normalised names, each with the days of the articles it came from
/// (`DatedSample`, so that a window counts its own outlets), cut to the
/// `capacity` smallest.
///
/// Why hashes and not names: 8 bytes an outlet whatever its name, and the
/// smallest hashes are a uniform sample, so past `capacity` outlets (1024
/// by default) the count becomes a "K minimum values" estimate instead of
/// memory growing with the corpus. Union and the cut are a lattice join:
/// merge is commutative, associative and idempotent. Below the cap the
/// count is exact (a 64-bit collision among a thousand names has odds
/// near 1 in 10^13).
///
/// An article without an outlet adds nothing: `sources` counts the outlets
/// known, and a user reads it beside `articles`.
public struct SourceSketch: Hashable, Sendable {
    public static let defaultCapacity = 1024

    public private(set) var sample: DatedSample<UInt64>

    public init(capacity: Int = SourceSketch.defaultCapacity) {
        sample = DatedSample(capacity: capacity)
    }

    init(sample: DatedSample<UInt64>) { self.sample = sample }

    /// The sketch of undated articles from these outlets.
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

    public var capacity: Int { sample.capacity }
    /// The distinct hashes kept, sorted.
    public var hashes: [UInt64] { sample.elements }
    public var isExact: Bool { sample.isExact }
    public var isEmpty: Bool { sample.isEmpty }

    public mutating func insert(_ outlet: String, day: Int32 = Day.undated) {
        guard let hash = Self.hash(outlet) else { return }
        insert(hash: hash, day: day)
    }

    mutating func insert(hash: UInt64, day: Int32 = Day.undated) { sample.insert(hash, day: day) }

    public mutating func merge(_ other: SourceSketch) { sample.merge(other.sample) }

    /// The union cut to the smaller capacity.
    public func merging(_ other: SourceSketch) -> SourceSketch { SourceSketch(sample: sample.merging(other.sample)) }

    /// The outlets of the days `keep` accepts.
    public func restricted(_ keep: (Int32) -> Bool) -> SourceSketch { SourceSketch(sample: sample.restricted(keep)) }

    /// The distinct outlets: exact while `isExact`, estimated beyond.
    public var count: Int {
        let estimate = sample.estimatedDistinct.rounded()
        guard estimate.isFinite, estimate < 9.0e18 else { return Int.max }
        return max(sample.distinct, Int(estimate))
    }
}

/// The string without leading and trailing white space (Unicode's).
private func trimmed(_ text: String) -> String {
    let scalars = text.unicodeScalars
    guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
          let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
    return String(scalars[first...last])
}
