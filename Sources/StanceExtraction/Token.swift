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

    public var isWord: Bool { kind == .word }
    public var isCapitalized: Bool { text.unicodeScalars.first.map { $0.properties.isUppercase } ?? false }
    public var isAllCaps: Bool {
        text.unicodeScalars.contains { $0.properties.isUppercase }
            && !text.unicodeScalars.contains { $0.properties.isLowercase }
    }
}
