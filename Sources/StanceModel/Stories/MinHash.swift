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
