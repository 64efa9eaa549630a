/// MinHash: for each of `permutations` hash functions, the smallest hash
/// of any shingle of the text. Two texts agree on one position with a
/// probability equal to the Jaccard similarity of their shingle sets, so
/// the signature estimates similarity without keeping the shingles.
///
/// Computing one costs `shingles × permutations` mixes and
/// `permutations × 8` bytes, whatever the length of the text: a 16 MB page
/// is read once, in a stream (see `Shingles.forEachShingle`).
public struct MinHashSignature: Hashable, Sendable {
    /// One minimum per permutation; every value is `UInt64.max` for a text
    /// without words (so all such texts share a signature, as they share a
    /// text).
    public let values: [UInt64]

    public init(values: [UInt64]) { self.values = values }

    public init(text: String, family: HashFamily, shingleWidth: Int = Shingles.defaultWidth) {
        var minima = [UInt64](repeating: .max, count: family.count)
        let seeds = family.seeds
        minima.withUnsafeMutableBufferPointer { minima in
            seeds.withUnsafeBufferPointer { seeds in
                Shingles.forEachShingle(text, width: shingleWidth) { shingle in
                    for index in 0..<seeds.count {
                        let value = StableHash.mix(shingle ^ seeds[index])
                        if value < minima[index] { minima[index] = value }
                    }
                }
            }
        }
        values = minima
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
