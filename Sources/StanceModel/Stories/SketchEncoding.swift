/// Sketches as text, for a GraphML data value: what a graph file must keep
/// for `merge` to unite two edges' stories instead of adding their counts.
///
///     stories3;CAP;BOUND;RECORDS      sources2;CAP;BOUND;RECORDS
///
/// The tag names the kind of print as well as the layout: `stories3`
/// holds one-permutation prints (`StoryPrint`), `stories2` (the same
/// layout) held prints of 128 independent hashes, which never share a band
/// with today's even for the same text. `StorySketch(encoded:)` refuses a
/// `stories2` sketch; `EdgeStories(encoded:stories:sources:)` reads one as
/// counts without a sketch (`legacyCount`), so an older graph's stories
/// add under `merge`'s count rule instead of being united with new ones.
///
/// `CAP` is the capacity; `BOUND` the bound in base64 (empty when nothing
/// was left out: a print's key count then its keys, or an outlet hash);
/// `RECORDS` one record an entry in base64: the day (4 bytes, `YYYYMMDD`,
/// 0 undated), then for a print its key count (1 byte) and its keys, for an
/// outlet its hash. Integers are little-endian. A print of one day is 261
/// bytes, 348 characters; an outlet of one day 12 bytes, 16 characters.
///
/// Why base64 written here and not Foundation's: `StanceModel` holds the
/// graph's values and imports no Foundation; 40 lines of the standard
/// alphabet (RFC 4648, padded) cost less than a dependency for it. Hex
/// would be simpler and a third longer (a print 522 characters).
///
/// Decoding refuses (returns nil for) anything malformed, never traps, and
/// re-sorts, so a hand-edited file cannot break the sketch's invariants:
/// a capacity outside 1...2^20, a day that is no calendar day, an entry
/// above the bound, more distinct elements than the capacity.
extension StorySketch {
    public var encoded: String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(sample.entries.count * (5 + 8 * StoryPrint.bands))
        for entry in sample.entries {
            SketchText.append(UInt32(bitPattern: entry.day), 4, to: &bytes)
            Self.append(entry.element, to: &bytes)
        }
        var bound: [UInt8] = []
        if let print = sample.bound { Self.append(print, to: &bound) }
        return SketchText.text(tag: Self.tag, capacity: capacity, bound: bound, records: bytes)
    }

    /// The tag of today's sketches, and of those of 128-hash prints.
    static let tag = "stories3"
    static let legacyTag = "stories2"

    public init?(encoded: String) { self.init(encoded: encoded, tag: Self.tag) }

    /// The stories counted by a well-formed sketch of prints of the older
    /// kind (`stories2`), nil for anything else: the count the file that
    /// holds it gave, and nothing more can be done with its prints.
    public static func legacyCount(encoded: String) -> Int? {
        StorySketch(encoded: encoded, tag: legacyTag)?.count
    }

    private init?(encoded: String, tag: String) {
        guard let (capacity, boundBytes, records) = SketchText.parts(encoded, tag: tag) else { return nil }
        var bound: StoryPrint?
        if let boundBytes {
            var reader = SketchText.Reader(bytes: boundBytes)
            guard let print = Self.print(&reader), reader.isAtEnd else { return nil }
            bound = print
        }
        var reader = SketchText.Reader(bytes: records)
        var entries: [DatedSample<StoryPrint>.Entry] = []
        while !reader.isAtEnd {
            guard let day = reader.day(), let print = Self.print(&reader) else { return nil }
            entries.append(.init(element: print, day: day))
        }
        guard let sample = DatedSample(entries: entries, capacity: capacity, bound: bound) else { return nil }
        self.init(sample: sample)
    }

    private static func append(_ print: StoryPrint, to bytes: inout [UInt8]) {
        let keys = print.keys.prefix(255)
        bytes.append(UInt8(keys.count))
        for key in keys { SketchText.append(key, 8, to: &bytes) }
    }

    private static func print(_ reader: inout SketchText.Reader) -> StoryPrint? {
        guard let count = reader.integer(1) else { return nil }
        var keys: [UInt64] = []
        keys.reserveCapacity(Int(count))
        for _ in 0..<count {
            guard let key = reader.integer(8) else { return nil }
            keys.append(key)
        }
        return StoryPrint(keys: keys)
    }
}

extension SourceSketch {
    public var encoded: String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(sample.entries.count * 12)
        for entry in sample.entries {
            SketchText.append(UInt32(bitPattern: entry.day), 4, to: &bytes)
            SketchText.append(entry.element, 8, to: &bytes)
        }
        var bound: [UInt8] = []
        if let hash = sample.bound { SketchText.append(hash, 8, to: &bound) }
        return SketchText.text(tag: "sources2", capacity: capacity, bound: bound, records: bytes)
    }

    public init?(encoded: String) {
        guard let (capacity, boundBytes, records) = SketchText.parts(encoded, tag: "sources2") else { return nil }
        var bound: UInt64?
        if let boundBytes {
            var reader = SketchText.Reader(bytes: boundBytes)
            guard let hash = reader.integer(8), reader.isAtEnd else { return nil }
            bound = hash
        }
        var reader = SketchText.Reader(bytes: records)
        var entries: [DatedSample<UInt64>.Entry] = []
        while !reader.isAtEnd {
            guard let day = reader.day(), let hash = reader.integer(8) else { return nil }
            entries.append(.init(element: hash, day: day))
        }
        guard let sample = DatedSample(entries: entries, capacity: capacity, bound: bound) else { return nil }
        self.init(sample: sample)
    }
}

enum SketchText {
    /// Caps above this are refused on reading: a file cannot make a merge
    /// keep more than a million prints an edge.
    static let largestCapacity = 1 << 20

    static func text(tag: String, capacity: Int, bound: [UInt8], records: [UInt8]) -> String {
        "\(tag);\(capacity);\(Base64.encode(bound));\(Base64.encode(records))"
    }

    /// Capacity, bound bytes (nil: no bound) and record bytes. Split on
    /// bytes, not characters: a sketch is long, and plain ASCII.
    static func parts(_ text: String, tag: String) -> (Int, [UInt8]?, [UInt8])? {
        let bytes = Array(text.utf8)
        let parts = bytes.split(separator: UInt8(ascii: ";"), omittingEmptySubsequences: false)
        guard parts.count == 4, parts[0].elementsEqual(tag.utf8), parts[1].count <= 12,
              let capacity = Int(String(decoding: parts[1], as: UTF8.self)),
              (1...largestCapacity).contains(capacity),
              let bound = Base64.decode(parts[2]), let records = Base64.decode(parts[3]) else { return nil }
        return (capacity, parts[2].isEmpty ? nil : bound, records)
    }

    static func append<T: FixedWidthInteger>(_ value: T, _ size: Int, to bytes: inout [UInt8]) {
        for index in 0..<size { bytes.append(UInt8(truncatingIfNeeded: value >> (8 * index))) }
    }

    struct Reader {
        let bytes: [UInt8]
        var offset = 0

        var isAtEnd: Bool { offset >= bytes.count }

        /// A little-endian integer of `size` bytes (at most 8), or nil past the end.
        mutating func integer(_ size: Int) -> UInt64? {
            guard size <= 8, size <= bytes.count - offset else { return nil }
            var value: UInt64 = 0
            for index in 0..<size { value |= UInt64(bytes[offset + index]) << (8 * UInt64(index)) }
            offset += size
            return value
        }

        /// A day number that is 0 (undated) or a calendar day.
        mutating func day() -> Int32? {
            guard let raw = integer(4) else { return nil }
            let day = Int32(bitPattern: UInt32(truncatingIfNeeded: raw))
            guard day == Day.undated || Day.text(day).flatMap(Day.number) == day else { return nil }
            return day
        }
    }
}

/// Base64 with the standard alphabet and padding (RFC 4648 section 4).
enum Base64 {
    private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)

    private static let values: [UInt8] = {
        var table = [UInt8](repeating: 0xFF, count: 256)
        for (index, byte) in alphabet.enumerated() { table[Int(byte)] = UInt8(index) }
        return table
    }()

    static func encode(_ bytes: [UInt8]) -> String {
        var out: [UInt8] = []
        out.reserveCapacity((bytes.count + 2) / 3 * 4)
        var index = 0
        while index < bytes.count {
            let b0 = bytes[index]
            let b1 = index + 1 < bytes.count ? bytes[index + 1] : 0
            let b2 = index + 2 < bytes.count ? bytes[index + 2] : 0
            out.append(alphabet[Int(b0 >> 2)])
            out.append(alphabet[Int((b0 & 0x03) << 4 | b1 >> 4)])
            out.append(index + 1 < bytes.count ? alphabet[Int((b1 & 0x0F) << 2 | b2 >> 6)] : UInt8(ascii: "="))
            out.append(index + 2 < bytes.count ? alphabet[Int(b2 & 0x3F)] : UInt8(ascii: "="))
            index += 3
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The bytes of padded base64 text, nil when it is not (a wrong length,
    /// a character outside the alphabet, padding in the middle, or bits
    /// left over in the last character, so each byte string has one text).
    /// One pass, no allocation but the result's: a file's sketches are
    /// most of its bytes.
    static func decode(_ text: Substring) -> [UInt8]? { decode(ArraySlice(text.utf8)) }

    static func decode(_ text: ArraySlice<UInt8>) -> [UInt8]? {
        let table = values
        let equals = UInt8(ascii: "=")
        return text.withUnsafeBufferPointer { chars -> [UInt8]? in
            guard chars.count % 4 == 0 else { return nil }
            var out: [UInt8] = []
            out.reserveCapacity(chars.count / 4 * 3)
            var index = 0
            while index < chars.count {
                let isLast = index + 4 == chars.count
                let pad = !isLast || chars[index + 3] != equals ? 0 : chars[index + 2] == equals ? 2 : 1
                var group: UInt32 = 0
                for offset in 0..<4 {
                    var value: UInt8 = 0
                    if offset < 4 - pad {
                        value = table[Int(chars[index + offset])]
                        if value == 0xFF { return nil }
                    }
                    group = group << 6 | UInt32(value)
                }
                let b0 = UInt8(truncatingIfNeeded: group >> 16), b1 = UInt8(truncatingIfNeeded: group >> 8)
                let b2 = UInt8(truncatingIfNeeded: group)
                // Bits the padding drops must be zero.
                if pad == 1 && b2 != 0 || pad == 2 && (b1 != 0 || b2 != 0) { return nil }
                out.append(b0)
                if pad < 2 { out.append(b1) }
                if pad < 1 { out.append(b2) }
                index += 4
            }
            return out
        }
    }
}
