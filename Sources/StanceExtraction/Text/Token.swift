/// One token of an article, located by Unicode-scalar offsets.
public struct Token: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        case word
        case number
        /// `'s`, `’s` or a bare `'` after a plural: marks the word before as owner.
        case possessive
        case openQuote
        case closeQuote
        case punctuation
    }

    // (Stored properties are laid out in the order written: the strings and
    // integers first, the one-byte fields together at the end, so that a
    // token takes 72 bytes (with `plain` no longer stored) instead of 104
    // with padding between them.)
    public var text: String
    /// Lower-cased text with typographic apostrophes made plain, for
    /// case-insensitive matching ("Japan’s" and "Japan's" match alike).
    public var lower: String
    public var start: Int
    public var end: Int
    /// Line breaks between this token and the previous one.
    public var newlinesBefore: Int
    /// The word classes of `word`, set by `WordTable.label`.
    var classes: WordClass = []
    /// The number of `lower` in the extractor's `WordTable` and its word
    /// classes, set by `WordTable.label`; -1 and none for a word it does
    /// not know (and for tokens no extractor labelled).
    var word: Int32 = WordTable.unknown
    public var kind: Kind
    /// No white space between this token and the previous one.
    public var attached: Bool
    /// The first letter is upper case.
    public let isCapitalized: Bool
    /// It has upper-case letters and no lower-case ones ("US", "NATO").
    public let isAllCaps: Bool

    public var isWord: Bool { kind == .word }

    /// The text with typographic apostrophes made plain, case kept. Worked
    /// out when asked (only a phrase's case rule asks, at a match), not
    /// stored: a third string in every token cost memory and a release at
    /// each copy for an answer that is nearly always `text` itself.
    public var plain: String {
        // (The apostrophe's UTF-8 starts with 0xE2: text without that byte has none.)
        let lead = text.utf8.withContiguousStorageIfAvailable { $0.contains(0xE2) } ?? text.utf8.contains(0xE2)
        guard lead, text.unicodeScalars.contains("’") else { return text }
        return String(text.map { $0 == "’" ? "'" : $0 })
    }

    /// Whether the text is exactly `mark`, one scalar: a test of the
    /// token's bytes where `text == "."` would compare strings, which for
    /// a non-ASCII token ("—", "“") takes `String`'s slow, normalising
    /// path. The same answer as `==` for marks that no other scalar is
    /// canonically equivalent to (all punctuation but ";", which U+037E is).
    @inline(__always)
    func isMark(_ mark: Unicode.Scalar) -> Bool {
        let utf8 = text.utf8
        if mark.isASCII { return utf8.count == 1 && utf8.first == UInt8(truncatingIfNeeded: mark.value) }
        let length = mark.value < 0x800 ? 2 : mark.value < 0x10000 ? 3 : 4
        return utf8.count == length && text.unicodeScalars.first == mark
    }

    /// `lower.hasSuffix(suffix)` for a suffix of ASCII letters, read from
    /// the last bytes instead of through `String`'s comparison.
    ///
    /// The same answer: a character equal to an ASCII letter is that
    /// letter's one byte, so a string whose last bytes differ from the
    /// suffix's has no such last characters; and when they match and the
    /// byte before them is ASCII (or there is none), each of those bytes
    /// is a character of its own (only a non-ASCII "prepend" scalar
    /// clusters with a letter after it). Anything else (a non-ASCII byte
    /// before the match, a suffix not all letters) asks `hasSuffix`.
    func lowerHasSuffix(_ suffix: StaticString) -> Bool {
        Self.hasLetterSuffix(lower, suffix)
    }

    static func hasLetterSuffix(_ word: String, _ suffix: StaticString) -> Bool {
        guard suffix.hasPointerRepresentation else { return word.hasSuffix(suffix.description) }
        let letters = UnsafeBufferPointer(start: suffix.utf8Start, count: suffix.utf8CodeUnitCount)
        guard letters.allSatisfy({ ($0 | 0x20) &- 0x61 < 26 }) else { return word.hasSuffix(suffix.description) }
        // 0: no, 1: yes, 2: ask `hasSuffix`.
        let answer = word.utf8.withContiguousStorageIfAvailable { bytes -> UInt8 in
            guard bytes.count >= letters.count else { return 0 }
            let offset = bytes.count - letters.count
            for index in 0..<letters.count where bytes[offset + index] != letters[index] { return 0 }
            return offset == 0 || bytes[offset - 1] < 0x80 ? 1 : 2
        } ?? 2
        return answer == 2 ? word.hasSuffix(suffix.description) : answer == 1
    }

    /// Whether the word is in any of `wordClass`'s lists.
    func belongs(to wordClass: WordClass) -> Bool { !classes.isDisjoint(with: wordClass) }

    /// An ASCII token whose derived fields the tokenizer computed in one pass.
    init(ascii text: String, lower: String, kind: Kind, start: Int, end: Int, newlinesBefore: Int,
         attached: Bool, isCapitalized: Bool, isAllCaps: Bool) {
        self.text = text
        self.lower = lower
        self.kind = kind
        self.start = start
        self.end = end
        self.newlinesBefore = newlinesBefore
        self.attached = attached
        self.isCapitalized = isCapitalized
        self.isAllCaps = isAllCaps
    }

    /// A token of one scalar of General Punctuation (U+2000-U+206F: dashes,
    /// typographic quotes, ellipsis) or a guillemet, built without the
    /// Unicode tables `init(text:...)` asks: none of them is a letter or
    /// has a case, so each is its own lower-case form (but `’`, whose
    /// plain form is `'`), and none is capitalised. Nil for any other
    /// scalar. (FastPathTests checks every such scalar against
    /// `init(text:...)`.)
    init?(caselessMark scalar: Unicode.Scalar, kind: Kind, start: Int, newlinesBefore: Int, attached: Bool) {
        let value = scalar.value
        guard (0x2000...0x206F).contains(value) || value == 0xAB || value == 0xBB else { return nil }
        text = String(scalar)
        lower = value == 0x2019 ? "'" : text
        self.kind = kind
        self.start = start
        end = start + 1
        self.newlinesBefore = newlinesBefore
        self.attached = attached
        isCapitalized = false
        isAllCaps = false
    }

    init(text: String, kind: Kind, start: Int, end: Int, newlinesBefore: Int, attached: Bool) {
        self.text = text
        let plain = text.unicodeScalars.contains("’") ? String(text.map { $0 == "’" ? "'" : $0 }) : text
        self.lower = plain.lowercased()
        self.kind = kind
        self.start = start
        self.end = end
        self.newlinesBefore = newlinesBefore
        self.attached = attached
        var upper = false, lowerCase = false
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                if ("A"..."Z").contains(scalar) { upper = true } else if ("a"..."z").contains(scalar) { lowerCase = true }
            } else if scalar.properties.isUppercase {
                upper = true
            } else if scalar.properties.isLowercase {
                lowerCase = true
            }
        }
        isAllCaps = upper && !lowerCase
        let first = text.unicodeScalars.first
        isCapitalized = first.map { $0.isASCII ? ("A"..."Z").contains($0) : $0.properties.isUppercase } ?? false
    }
}
