/// The 64-bit hashes that story detection is built on, fixed by this file
/// and nothing else.
///
/// Why not `Hasher`: the standard library seeds it per process, so a story
/// key computed today would differ tomorrow and two graphs written by two
/// runs could not be merged by their keys. Every value here is a pure
/// function of its input bytes and of the constants below, identical on
/// every platform and in every run; the tests pin a few of them.
public enum StableHash {
    /// FNV-1a's offset basis and prime (64-bit): a byte-at-a-time hash,
    /// cheap to feed while a word is being read, with no buffer.
    public static let fnvBasis: UInt64 = 0xCBF2_9CE4_8422_2325
    public static let fnvPrime: UInt64 = 0x0000_0100_0000_01B3

    /// Feeds one byte into a running FNV-1a hash.
    @inlinable
    public static func fnv(_ hash: UInt64, _ byte: UInt8) -> UInt64 {
        (hash ^ UInt64(byte)) &* fnvPrime
    }

    /// FNV-1a of a string's UTF-8 bytes.
    public static func fnv(_ text: String) -> UInt64 {
        var hash = fnvBasis
        for byte in text.utf8 { hash = fnv(hash, byte) }
        return hash
    }

    /// SplitMix64's finaliser (Stafford's mix 13): a bijection of the
    /// 64-bit integers whose every output bit depends on every input bit.
    /// FNV alone leaves the high bits of short inputs poorly mixed, and
    /// MinHash compares whole values, so every hash passes through this.
    @inlinable
    public static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// An order-sensitive combination: `combine(combine(s, a), b)` differs
    /// from `combine(combine(s, b), a)`, so "Turkey warns Sweden" and
    /// "Sweden warns Turkey" are different shingles.
    @inlinable
    public static func combine(_ hash: UInt64, _ value: UInt64) -> UInt64 {
        mix(hash &+ 0x9E37_79B9_7F4A_7C15 &+ value)
    }
}

/// A family of `count` hash functions on 64-bit values, each a permutation
/// of the 64-bit integers: `h_i(x) = mix(x ^ seed_i)`, with the seeds drawn
/// from SplitMix64 at a fixed seed. MinHash needs independent random
/// permutations; xor with a seed and a bijective mix is one, fixed forever,
/// so signatures computed by different runs and machines compare.
public struct HashFamily: Sendable, Hashable {
    public let seeds: [UInt64]

    /// The seed of the family stancegraph's prints used until they became
    /// one-permutation prints (`StoryPrint.seed`); kept as the reference
    /// `MinHashSignature.init(text:family:)` is measured with.
    public static let storySeed: UInt64 = 0x5354_4F52_4945_5331   // "STORIES1"

    public init(count: Int, seed: UInt64 = HashFamily.storySeed) {
        var generator = SplitMix64(seed: seed)
        seeds = (0..<max(0, count)).map { _ in generator.next() }
    }

    public var count: Int { seeds.count }

    /// The `index`-th function applied to `value`.
    @inlinable
    public func hash(_ index: Int, _ value: UInt64) -> UInt64 {
        StableHash.mix(value ^ seeds[index])
    }
}
