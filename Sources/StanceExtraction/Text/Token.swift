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

    public var text: String
    /// Lower-cased text with typographic apostrophes made plain, for
    /// case-insensitive matching ("Japan’s" and "Japan's" match alike).
    public var lower: String
    public var kind: Kind
    public var start: Int
    public var end: Int
    /// Line breaks between this token and the previous one.
    public var newlinesBefore: Int
    /// No white space between this token and the previous one.
    public var attached: Bool

    /// The text with typographic apostrophes made plain, case kept.
    public var plain: String
    /// The first letter is upper case.
    public let isCapitalized: Bool
    /// It has upper-case letters and no lower-case ones ("US", "NATO").
    public let isAllCaps: Bool

    /// The number of `lower` in the extractor's `WordTable` and its word
    /// classes, set by `WordTable.label`; -1 and none for a word it does
    /// not know (and for tokens no extractor labelled).
    var word: Int32 = WordTable.unknown
    var classes: WordClass = []

    public var isWord: Bool { kind == .word }

    /// Whether the word is in any of `wordClass`'s lists.
    func belongs(to wordClass: WordClass) -> Bool { !classes.isDisjoint(with: wordClass) }

    /// An ASCII token whose derived fields the tokenizer computed in one pass.
    init(ascii text: String, lower: String, kind: Kind, start: Int, end: Int, newlinesBefore: Int,
         attached: Bool, isCapitalized: Bool, isAllCaps: Bool) {
        self.text = text
        self.plain = text
        self.lower = lower
        self.kind = kind
        self.start = start
        self.end = end
        self.newlinesBefore = newlinesBefore
        self.attached = attached
        self.isCapitalized = isCapitalized
        self.isAllCaps = isAllCaps
    }

    init(text: String, kind: Kind, start: Int, end: Int, newlinesBefore: Int, attached: Bool) {
        self.text = text
        self.plain = text.unicodeScalars.contains("’") ? String(text.map { $0 == "’" ? "'" : $0 }) : text
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
