/// Words and word shingles of an article's text, normalised so that what an
/// outlet changes when it reprints agency copy (case, punctuation, quotes,
/// dashes, spacing, line breaks) does not change them.
///
/// A word is a maximal run of letters and digits (Unicode's alphabetic and
/// numeric scalars), lowercased; an apostrophe inside a word is dropped, so
/// "Turkey's", "Turkey’s" and "TURKEY'S" are all `turkeys`. Everything else
/// separates words. Words are never materialised as strings: each is
/// hashed (FNV-1a over its lowercased UTF-8, then mixed) while it is read,
/// so memory does not grow with the text.
///
/// Which scalars are letters comes from the Unicode tables of the Swift
/// runtime: fixed for every scalar those tables already assign (all of
/// ASCII and Latin, Greek, Cyrillic, Arabic, CJK...); only a scalar that a
/// later Unicode version assigns could be read differently by a later
/// toolchain, changing the prints of the texts that contain it.
///
/// A shingle is `width` consecutive words, hashed in order. A text with
/// fewer words than `width` (a one-line brief) has one shingle, all its
/// words; a text with no word has none.
public enum Shingles {
    /// Five words: long enough that two different stories about the same
    /// actors ("Turkey warns Sweden over ...") rarely share a shingle, short
    /// enough that an edited sentence spoils only the five around the edit.
    public static let defaultWidth = 5

    /// The hash of every word of `text`, in order.
    public static func wordHashes(_ text: String) -> [UInt64] {
        var hashes: [UInt64] = []
        forEachWord(text) { hashes.append($0) }
        return hashes
    }

    /// The normalised words themselves: for tests and for explaining a
    /// grouping, not for detection (which only hashes them).
    public static func words(_ text: String) -> [String] {
        var words: [String] = []
        var current = String.UnicodeScalarView()
        func flush() {
            if !current.isEmpty { words.append(String(current)) }
            current = String.UnicodeScalarView()
        }
        for scalar in text.unicodeScalars {
            switch kind(scalar) {
            case .word: current.append(contentsOf: lowered(scalar).unicodeScalars)
            case .joiner: continue
            case .separator: flush()
            }
        }
        flush()
        return words
    }

    /// Calls `body` with the hash of every shingle of `text`, in order;
    /// `width` below 1 counts as 1. Memory: the last `width` word hashes.
    public static func forEachShingle(_ text: String, width: Int = defaultWidth, _ body: (UInt64) -> Void) {
        let width = max(1, width)
        // The last `width` word hashes, oldest first, kept twice over so
        // that any `width` consecutive ones are contiguous: a ring read
        // without a division per word (the print's cost is mostly here).
        var ring = [UInt64](repeating: 0, count: 2 * width)
        var next = 0        // where the next word goes in the ring
        var seen = 0
        ring.withUnsafeMutableBufferPointer { ring in
            forEachWord(text) { word in
                ring[next] = word
                ring[next + width] = word
                next += 1
                if next == width { next = 0 }
                seen += 1
                if seen >= width { body(hash(UnsafeBufferPointer(rebasing: ring[next..<(next + width)]))) }
            }
            if seen > 0 && seen < width { body(hash(UnsafeBufferPointer(rebasing: ring[0..<seen]))) }
        }
    }

    /// The shingle hashes of `text` as a set: for tests and measurements.
    public static func shingleSet(_ text: String, width: Int = defaultWidth) -> Set<UInt64> {
        var set = Set<UInt64>()
        forEachShingle(text, width: width) { set.insert($0) }
        return set
    }

    /// The Jaccard similarity of two texts' shingle sets (1 for two texts
    /// without words): the truth MinHash estimates.
    public static func jaccard(_ a: String, _ b: String, width: Int = defaultWidth) -> Double {
        let x = shingleSet(a, width: width), y = shingleSet(b, width: width)
        let union = x.union(y).count
        return union == 0 ? 1 : Double(x.intersection(y).count) / Double(union)
    }

    /// The hash of one shingle's words, in order.
    @inline(__always)
    private static func hash(_ words: UnsafeBufferPointer<UInt64>) -> UInt64 {
        var hash: UInt64 = 0x5348_494E_474C_4531   // "SHINGLE1"
        for word in words { hash = StableHash.combine(hash, word) }
        return hash
    }

    private enum Kind { case word, joiner, separator }

    @inline(never)
    private static func kind(_ scalar: Unicode.Scalar) -> Kind {
        let value = scalar.value
        if value < 0x80 {
            switch value {
            case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: return .word
            case 0x27: return .joiner
            default: return .separator
            }
        }
        if value == 0x2019 || value == 0x02BC { return .joiner }   // ’ and ʼ
        let properties = scalar.properties
        if properties.isAlphabetic || properties.numericType != nil { return .word }
        // Combining marks (an accent typed apart from its letter) stay in the word.
        if properties.generalCategory == .nonspacingMark { return .word }
        return .separator
    }

    private static func lowered(_ scalar: Unicode.Scalar) -> String {
        let value = scalar.value
        if value >= 0x41 && value <= 0x5A { return String(Unicode.Scalar(value + 0x20)!) }
        if value < 0x80 { return String(scalar) }
        return scalar.properties.lowercaseMapping
    }

    /// The engine: hashes each word as its scalars go by. ASCII, most of
    /// any English text, is classified and lowercased inline; only other
    /// scalars ask the Unicode tables (`kind`), which cost far more (they
    /// were half the time of a print when every scalar asked).
    ///
    /// The text is read as its UTF-8 bytes, an ASCII byte taken as it is
    /// and only the lead byte of another scalar decoding it: walking
    /// `text.unicodeScalars` decoded every byte and was most of a print's
    /// time. The words are those `forEachWordByScalars` (the plain code,
    /// kept for the tests) finds.
    static func forEachWord(_ text: String, _ body: (UInt64) -> Void) {
        if text.utf8.withContiguousStorageIfAvailable({ forEachWord(utf8: $0, body) }) != nil { return }
        var copy = text
        copy.withUTF8 { forEachWord(utf8: $0, body) }
    }

    /// `forEachWord` over a string's UTF-8 bytes (valid, as every
    /// `String`'s are).
    private static func forEachWord(utf8 bytes: UnsafeBufferPointer<UInt8>, _ body: (UInt64) -> Void) {
        var hash = StableHash.fnvBasis
        var inWord = false
        let count = bytes.count
        var k = 0
        while k < count {
            let byte = bytes[k]
            if byte < 0x80 {
                k += 1
                let lower = byte | 0x20
                if lower >= 0x61 && lower <= 0x7A {          // a letter, lowercased
                    inWord = true
                    hash = StableHash.fnv(hash, lower)
                } else if byte >= 0x30 && byte <= 0x39 {      // a digit
                    inWord = true
                    hash = StableHash.fnv(hash, byte)
                } else if byte != 0x27 {                      // a separator (the apostrophe joins)
                    if inWord { body(StableHash.mix(hash)) }
                    hash = StableHash.fnvBasis
                    inWord = false
                }
                continue
            }
            // A scalar of two to four bytes.
            guard let (scalar, next) = UTF8Lead.scalar(in: bytes, at: k) else { break }
            k = next
            switch kind(scalar) {
            case .word:
                inWord = true
                for byte in lowered(scalar).utf8 { hash = StableHash.fnv(hash, byte) }
            case .joiner:
                continue
            case .separator:
                if inWord { body(StableHash.mix(hash)) }
                hash = StableHash.fnvBasis
                inWord = false
            }
        }
        if inWord { body(StableHash.mix(hash)) }
    }

    /// The words' hashes as `forEachWord` gives them, from the text's
    /// Unicode scalars: the plain code it stands in for, for the tests.
    static func forEachWordByScalars(_ text: String, _ body: (UInt64) -> Void) {
        var hash = StableHash.fnvBasis
        var inWord = false
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                let byte = UInt8(truncatingIfNeeded: value)
                let lower = byte | 0x20
                if lower >= 0x61 && lower <= 0x7A {
                    inWord = true
                    hash = StableHash.fnv(hash, lower)
                } else if byte >= 0x30 && byte <= 0x39 {
                    inWord = true
                    hash = StableHash.fnv(hash, byte)
                } else if byte != 0x27 {
                    if inWord { body(StableHash.mix(hash)) }
                    hash = StableHash.fnvBasis
                    inWord = false
                }
                continue
            }
            switch kind(scalar) {
            case .word:
                inWord = true
                for byte in lowered(scalar).utf8 { hash = StableHash.fnv(hash, byte) }
            case .joiner:
                continue
            case .separator:
                if inWord { body(StableHash.mix(hash)) }
                hash = StableHash.fnvBasis
                inWord = false
            }
        }
        if inWord { body(StableHash.mix(hash)) }
    }
}
