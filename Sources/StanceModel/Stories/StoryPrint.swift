/// What story detection keeps of one article: its MinHash signature (one
/// permutation, densified: `MinHashSignature.init(densifying:bins:seed:)`)
/// cut into `bands` bands of `rows` values, each band hashed to one 64-bit
/// key. Two articles are candidates for one story when any band key is
/// equal, i.e. when they agree on every row of some band.
///
/// Why banding, and why 32 × 4: the chance that two texts of Jaccard
/// similarity `s` share a band is `1 - (1 - s^4)^32`, an S-curve whose
/// threshold sits near `(1/32)^(1/4) ≈ 0.42`:
///
/// | s    | 0.2   | 0.3  | 0.4  | 0.5  | 0.6   | 0.7     | 0.8     |
/// |------|-------|------|------|------|-------|---------|---------|
/// | P    | 0.05  | 0.23 | 0.56 | 0.87 | 0.988 | 0.99985 | >0.9999 |
///
/// The table is that of `rows × bands` independent hashes; one densified
/// permutation estimates `s` as closely (see `MinHash.swift` for the
/// measured error), so it still reads as the chance of sharing a band.
///
/// On the test corpus (`Corpora/stories`) a copy with one edit (a new
/// headline, a sentence trimmed, a paragraph added) keeps `s ≥ 0.68`
/// against its original on 5-word shingles, a copy with two edits `0.49`
/// (`P = 0.85`), and different stories about the same actors `s < 0.01`
/// (`P < 10^-6`). Some copies share no band, as the curve says: 3 pairs
/// of the 30 pairs of copies of one story (27 share one; with 128 hashes
/// 29 did): s1-c and s1-d, edited in different ways (`s = 0.52`,
/// `P = 0.91`), and s13-d, trimmed from s13-c, against s13-a and s13-b
/// (`s = 0.49`, `P = 0.85`). `StorySketch` counts components, so such
/// copies are one story through a copy that shares a band with each (the
/// original, or s13-c) whenever it is there too. On the 115 synthetic
/// copies of `StoryMeasurementTests`, 287 of 357 pairs of copies share a
/// band (285 with 128 hashes), and no pair of different stories does
/// (0 of 565 in the corpus, 0 of 6,198 in the copies).
///
/// Why keep the band keys and not the signature: 32 keys are 256 bytes
/// against 1 KB for the 128 minima, and grouping only ever asks "do these
/// two share a band?". The keys are a pure function of the text (the hash
/// family is fixed, see `StableHash`), so prints made by different runs
/// and machines compare, and a graph's stories can be merged by them.
///
/// Prints changed once: before one-permutation hashing they were made
/// with 128 independent hashes (sketches tagged `stories2`), and the two
/// kinds never share a band, even for the same text. A graph written
/// before keeps its stories as counts (see `SketchEncoding`), which merge
/// adds to today's instead of uniting.
public struct StoryPrint: Hashable, Comparable, Sendable {
    /// The parameters of stancegraph's prints; changing any of them changes
    /// every key (graphs written before would not merge with those after,
    /// so the sketch's tag must change with them: see `SketchEncoding`).
    public static let bands = 32
    public static let rows = 4
    /// The signature's length: one bin of one-permutation hashing a row.
    public static let bins = bands * rows
    /// The seed of the one hash a shingle gets ("OPHSTOR1"). Prints before
    /// it were made with 128 hashes (`HashFamily.storySeed`), and do not
    /// compare with these: their sketches carry the tag `stories2`, these
    /// `stories3` (see `SketchEncoding`).
    public static let seed: UInt64 = 0x4F50_4853_544F_5231

    /// The band keys, band by band. Each key hashes the band's index with
    /// its rows, so equal rows in different bands do not make equal keys.
    public let keys: [UInt64]

    /// The print of an article's text (title excluded: a reprint's
    /// headline is what outlets change first).
    public init(text: String) {
        self.init(signature: MinHashSignature(densifying: text, bins: Self.bins, seed: Self.seed), rows: Self.rows)
    }

    /// The print of any signature cut into bands of `rows` values (at
    /// least 1); a last, shorter band takes what is left.
    public init(signature: MinHashSignature, rows: Int) {
        self.init(keys: Self.bandKeys(signature, rows: rows))
    }

    public init(keys: [UInt64]) {
        self.keys = keys
        var hash: UInt64 = 0x5052_494E_5449_4431   // "PRINTID1"
        for key in keys { hash = StableHash.combine(hash, key) }
        id = hash
    }

    private static func bandKeys(_ signature: MinHashSignature, rows: Int) -> [UInt64] {
        let rows = max(1, rows)
        var keys: [UInt64] = []
        keys.reserveCapacity((signature.values.count + rows - 1) / rows)
        var start = 0
        while start < signature.values.count {
            var key = StableHash.combine(0x4241_4E44_5321_0000, UInt64(keys.count))   // "BANDS!"
            for value in signature.values[start..<min(start + rows, signature.values.count)] {
                key = StableHash.combine(key, value)
            }
            keys.append(key)
            start += rows
        }
        return keys
    }

    /// Whether the two articles are candidates for one story: they share a
    /// band key.
    public func collides(with other: StoryPrint) -> Bool {
        let mine = Set(keys)
        return other.keys.contains { mine.contains($0) }
    }

    /// Option (a) of the design, kept for comparison: one key per article
    /// from its text alone, the smallest band key. Two articles get the
    /// same key only when the band holding the smallest key is one they
    /// share, which for reprints happens far less often than sharing some
    /// band (its recall is measured in `StoryMeasurementTests`); grouping
    /// uses `StorySketch`'s components instead.
    public var storyKey: UInt64 { keys.min() ?? .max }

    /// A hash of all the keys: the order in which `StorySketch` samples
    /// prints once it is full, uniform over distinct texts.
    public let id: UInt64

    /// By `id`, then by keys: a total order fixed by the text alone, so
    /// what a full sketch keeps never depends on the order of merges.
    public static func < (lhs: StoryPrint, rhs: StoryPrint) -> Bool {
        let (a, b) = (lhs.id, rhs.id)
        if a != b { return a < b }
        return lhs.keys.lexicographicallyPrecedes(rhs.keys)
    }
}
