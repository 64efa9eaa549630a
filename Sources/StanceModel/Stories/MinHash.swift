/// MinHash signatures: `values.count` minima of shingle hashes, on each of
/// which two texts agree with a probability equal to the Jaccard
/// similarity of their shingle sets, so a signature estimates similarity
/// without keeping the shingles. Two ways to make one:
///
/// - `init(densifying:bins:seed:)`, one-permutation hashing with optimal
///   densification, what `StoryPrint` uses: one hash a shingle, so a
///   signature costs `shingles + empty bins × bins / filled bins` mixes.
/// - `init(text:family:)`, `family.count` independent hashes, what prints
///   used before (tag `stories2`): `shingles × family.count` mixes. Kept
///   as the reference the other is measured against.
///
/// Both read the text once, in a stream (see `Shingles.forEachShingle`),
/// in `values.count × 8` bytes, whatever its length.
///
/// Measured on the dev articles (`stancegraph-bench story-prints`, 90
/// texts, 264 shingles each on average, release build, one thread, best
/// pass, load 3): a print took 82 µs an article with 128 hashes (25 of
/// them reading the shingles), and takes 14 µs with one permutation (7.8
/// of them shingles, read faster since: `Shingles.forEachWord`). On
/// `stancegraph-bench real-news --jobs 1`, best of 5 runs interleaved,
/// extraction went from 21,400 to 26,300 sentences/s.
///
/// Accuracy, against exact Jaccard similarity (`StoryMeasurementTests.
/// jaccardEstimates`; mean absolute error, 128 values, 128 hashes -> one
/// permutation): on the 34 pairs of `Corpora/stories` that share shingles
/// 0.0215 -> 0.0280 (largest 0.073 -> 0.085), on the 382 such pairs of its
/// 115 synthetic copies 0.0342 -> 0.0308 (0.113 -> 0.116); over all 595 and
/// 6,555 pairs 0.0012 -> 0.0016 and 0.0020 -> 0.0018. Averaged over 20
/// other seeds the corpus pairs give 0.016 -> 0.023 and the copies 0.031 ->
/// 0.033: short texts (the corpus's have fewer shingles than bins) leave
/// bins empty, and bins that borrow one value move together, so the
/// estimate of two short texts is a little looser; for texts of more than
/// some 600 shingles nearly every bin is filled and the two are alike.
/// Each value still agrees with probability exactly `s` (densification
/// borrows for both texts from the same bin), so the banding's S-curve
/// (`StoryPrint`) still holds as it did for independent hashes, as an
/// approximation: the values of one permutation are not independent
/// (filled bins slightly repel, bins that borrow from one bin move
/// together). On the corpus and its copies the prints group the same
/// stories (`StoryMeasurementTests`).
public struct MinHashSignature: Hashable, Sendable {
    /// One minimum per permutation; every value is `UInt64.max` for a text
    /// without words (so all such texts share a signature, as they share a
    /// text).
    public let values: [UInt64]

    public init(values: [UInt64]) { self.values = values }

    public init(text: String, family: HashFamily, shingleWidth: Int = Shingles.defaultWidth) {
        var minima = [UInt64](repeating: .max, count: family.count)
        // Shingles are gathered a block at a time and each permutation
        // runs over the block with its minimum in a register: the same
        // values as one shingle at a time through all permutations, with
        // no load and store of a minimum per hash (measured: the loop
        // takes about half the time). Memory stays one block.
        var block: [UInt64] = []
        block.reserveCapacity(Self.blockSize)
        minima.withUnsafeMutableBufferPointer { minima in
            family.seeds.withUnsafeBufferPointer { seeds in
                Shingles.forEachShingle(text, width: shingleWidth) { shingle in
                    block.append(shingle)
                    if block.count == Self.blockSize {
                        Self.fold(block, seeds: seeds, into: minima)
                        block.removeAll(keepingCapacity: true)
                    }
                }
                Self.fold(block, seeds: seeds, into: minima)
            }
        }
        values = minima
    }

    static let blockSize = 256

    @inline(__always)
    private static func fold(_ block: [UInt64], seeds: UnsafeBufferPointer<UInt64>,
                             into minima: UnsafeMutableBufferPointer<UInt64>) {
        guard !block.isEmpty else { return }
        block.withUnsafeBufferPointer { block in
            for index in 0..<min(seeds.count, minima.count) {
                let seed = seeds[index]
                var smallest = minima[index]
                for shingle in block {
                    let value = StableHash.mix(shingle ^ seed)
                    smallest = value < smallest ? value : smallest
                }
                minima[index] = smallest
            }
        }
    }

    /// The share of positions on which two signatures agree: an unbiased
    /// estimate of the texts' Jaccard similarity (0 for signatures of
    /// different lengths).
    public func similarity(_ other: MinHashSignature) -> Double {
        guard values.count == other.values.count, !values.isEmpty else { return 0 }
        var equal = 0
        for index in values.indices where values[index] == other.values[index] { equal += 1 }
        return Double(equal) / Double(values.count)
    }
}

// MARK: One permutation, densified

extension MinHashSignature {
    /// One-permutation hashing with optimal densification (Li, Owen and
    /// Zhang 2012; Shrivastava 2017): what `StoryPrint` uses.
    ///
    /// Each shingle is hashed once, `h = mix(shingle ^ seed)`; the high
    /// part of `h × bins` (a 128-bit product) picks its bin, uniformly for
    /// any `bins`, and the low part, which orders the hashes of one bin as
    /// `h` does, competes for the bin's minimum. Two texts agree on a bin
    /// with probability their Jaccard similarity, as with `bins`
    /// independent permutations, for one hash a shingle instead of `bins`.
    ///
    /// A text with fewer shingles than bins leaves bins empty (a text of
    /// 100 shingles about 60 of 128), and an empty bin must not agree with
    /// another text's empty bin. Densification fills each empty bin `j`
    /// from a bin that got shingles, chosen by probing bins `p(j, 1)`,
    /// `p(j, 2)`, ... until one was filled by shingles, the probes a fixed
    /// hash of `j` and the attempt (Shrivastava's optimal densification):
    /// the same sequence for every text, so two texts agree on `j` with
    /// probability exactly their Jaccard similarity, and the borrowed
    /// values of different bins come from independent probes (unlike
    /// borrowing from the next bin to the right, whose neighbours borrow
    /// alike and whose variance grows with the empty run). The expected
    /// probes for an empty bin are `bins / filled`; after `4 × bins`
    /// misses, which at 1 filled bin of 128 happens to 2% of the empty
    /// bins and at 8 filled to one in 10^14, it takes the next filled bin
    /// to the right, circularly, so the cost is bounded. Only bins filled
    /// by shingles are ever borrowed from, so the result is a function of
    /// the set of shingles, not of their order.
    ///
    /// A text without shingles keeps every value `UInt64.max`, as with
    /// `init(text:family:)`.
    public init(densifying text: String, bins: Int, seed: UInt64, shingleWidth: Int = Shingles.defaultWidth) {
        var sketch = OnePermutation(bins: bins, seed: seed)
        Shingles.forEachShingle(text, width: shingleWidth) { sketch.add($0) }
        values = sketch.densified()
    }

    /// The same signature of shingle hashes given directly (in any order,
    /// repeats allowed): for tests and measurements.
    public init<S: Sequence>(densifying shingles: S, bins: Int, seed: UInt64) where S.Element == UInt64 {
        var sketch = OnePermutation(bins: bins, seed: seed)
        for shingle in shingles { sketch.add(shingle) }
        values = sketch.densified()
    }
}

/// The bins of one-permutation hashing while shingles arrive.
struct OnePermutation {
    let seed: UInt64
    /// Each bin's smallest low part so far, `UInt64.max` while empty.
    var minima: [UInt64]
    /// Whether a shingle fell in the bin (a low part can be `UInt64.max`).
    var filled: [Bool]
    var filledCount = 0

    init(bins: Int, seed: UInt64) {
        self.seed = seed
        minima = [UInt64](repeating: .max, count: max(0, bins))
        filled = [Bool](repeating: false, count: max(0, bins))
    }

    @inline(__always)
    mutating func add(_ shingle: UInt64) {
        guard !minima.isEmpty else { return }
        let (high, low) = UInt64(minima.count).multipliedFullWidth(by: StableHash.mix(shingle ^ seed))
        let bin = Int(high)   // below `minima.count`: h × bins < 2^64 × bins
        if !filled[bin] {
            filled[bin] = true
            filledCount += 1
            minima[bin] = low
        } else if low < minima[bin] {
            minima[bin] = low
        }
    }

    /// Every bin's value, the empty ones borrowed (see
    /// `MinHashSignature.init(densifying:bins:seed:)`).
    func densified() -> [UInt64] {
        let bins = minima.count
        guard filledCount > 0, filledCount < bins else { return minima }
        var values = minima
        // The probes' own stream: the seed mixed with "DENSIFY1".
        let base = StableHash.combine(seed, 0x4445_4E53_4946_5931)
        let limit = 4 * bins
        for bin in 0..<bins where !filled[bin] {
            var source = -1
            var attempt = 0
            while attempt < limit {
                attempt += 1
                let probe = StableHash.combine(base &+ UInt64(truncatingIfNeeded: bin) &* 0x1_0000_0001,
                                               UInt64(truncatingIfNeeded: attempt))
                let candidate = Int(UInt64(bins).multipliedFullWidth(by: probe).high)
                if filled[candidate] { source = candidate; break }
            }
            if source < 0 {
                source = (bin + 1) % bins
                while !filled[source] { source = (source + 1) % bins }   // ends: some bin is filled
            }
            values[bin] = minima[source]
        }
        return values
    }
}
