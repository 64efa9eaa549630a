/// Groups tokens into sentences.
///
/// A sentence ends at `.`, `!` or `?` (with any closing quotes and brackets
/// that follow) when the next token can start a sentence, except after an
/// abbreviation from the ontology's list or a single initial. A line break
/// ends a sentence when the next line starts with a capital, so headlines
/// without a full stop stand alone, while a hard-wrapped line does not; a
/// Title Case headline that runs into its lead on one line ends where the
/// lead starts (`titleCaseHeadlineEnd`).
public struct SentenceSplitter: Sendable {
    let abbreviations: StringSet
    let starters: StringSet
    /// A line break after one of these words does not end a sentence.
    let continuations: StringSet


    public init(abbreviations: Set<String>, sentenceStarters: Set<String>, lineContinuations: Set<String>) {
        self.abbreviations = StringSet(abbreviations)
        self.starters = StringSet(sentenceStarters)
        self.continuations = StringSet(lineContinuations)
    }

    /// The longest sentence, in tokens. News sentences stay well below
    /// it (the longest of the 90 dev articles has 107); text without full
    /// stops (a scraped table, a 9 MB line of names) is cut here, so that
    /// the rules, whose work grows with cues x tokens of a sentence, cost
    /// a bounded amount per token.
    public static let maxTokens = 160

    /// Sentences as half-open ranges of token indices.
    public func split(_ tokens: [Token]) -> [Range<Int>] {
        var sentences: [Range<Int>] = []
        var start = 0
        var i = 0
        var openQuotes = 0
        var headlineEnd = -1
        while i < tokens.count {
            if tokens[i].kind == .openQuote { openQuotes += 1 }
            if tokens[i].kind == .closeQuote { openQuotes = max(0, openQuotes - 1) }
            // (breaksLine answers no at once for a token on the line of the
            // one before, most of them: that test is made here first.)
            if i - start >= Self.maxTokens
                || (i > start && ((tokens[i].newlinesBefore > 0 && breaksLine(tokens, at: i)) || i == headlineEnd)) {
                sentences.append(start..<i)
                start = i
            }
            if i == start, i == 0 || tokens[i].newlinesBefore > 0 {
                headlineEnd = titleCaseHeadlineEnd(tokens, from: i) ?? -1
            }
            var end = i + 1
            if isTerminal(tokens, at: i), openQuotes == 0 || !isEllipsis(tokens, at: i) {
                while end < tokens.count, tokens[end].attached,
                      tokens[end].kind == .closeQuote || tokens[end].isMark(")") || tokens[end].isMark("]") {
                    end += 1
                }
                if end >= tokens.count || canStart(tokens, at: end) {
                    sentences.append(start..<end)
                    start = end
                }
            }
            i = end
        }
        if start < tokens.count { sentences.append(start..<tokens.count) }
        return sentences
    }

    /// "US, China Trade Barbs The two sides ...": a line that opens with a
    /// headline in Title Case (every word capitalised but the short words
    /// after which a line goes on, `continuations`) and runs into its lead
    /// without a full stop. The lead starts at a sentence opener followed
    /// by a lower-case word that no Title Case headline would have ("The
    /// two", "He said"); "Hits Back At the US" is all headline. Returns the
    /// index of that opener, after three headline words at least.
    func titleCaseHeadlineEnd(_ tokens: [Token], from start: Int) -> Int? {
        var words = 0
        var k = start
        while k + 1 < tokens.count, k - start < 30 {
            let token = tokens[k]
            if k > start, token.newlinesBefore > 0 { return nil }
            if token.isWord {
                if words >= 3, starters.contains(token.text), !token.attached,
                   tokens[k + 1].isWord, !tokens[k + 1].isCapitalized,
                   !continuations.contains(tokens[k + 1].lower) {
                    return k
                }
                guard token.isCapitalized || continuations.contains(token.lower) else { return nil }
                words += 1
            } else if token.isMark(".") || token.isMark("!") || token.isMark("?") || token.isMark("…") {
                return nil
            }
            k += 1
        }
        return nil
    }

    func breaksLine(_ tokens: [Token], at i: Int) -> Bool {
        guard tokens[i].newlinesBefore > 0 else { return false }
        if tokens[i].newlinesBefore > 1 { return true }
        if tokens[i - 1].isMark(",") || tokens[i - 1].isMark("-") || continuations.contains(tokens[i - 1].lower) {
            return false
        }
        return tokens[i].isCapitalized || tokens[i].kind == .openQuote || tokens[i].kind == .number
            || !tokens[i].isWord
    }

    func isTerminal(_ tokens: [Token], at i: Int) -> Bool {
        // (Only punctuation tokens are "!", "?", "." or "…", and only a
        // word can end in a full stop: one test of the kind spares the
        // others most of the text tests.)
        switch tokens[i].kind {
        case .word:
            // (A last byte that is no full stop: no last character is one.)
            if Self.lastByte(of: tokens[i].text) == UInt8(ascii: "."), tokens[i].text.hasSuffix("."),
               tokens[i].text.count > 1 {
                // "U.S." ends a sentence only before a typical sentence opener.
                return i + 1 < tokens.count && starters.contains(tokens[i + 1].text)
            }
            return false
        case .punctuation:
            break
        default:
            return false
        }
        if tokens[i].isMark("!") || tokens[i].isMark("?") { return true }
        guard tokens[i].isMark(".") || tokens[i].isMark("…") else { return false }
        if tokens[i].isMark("."), i > 0, tokens[i].attached, tokens[i - 1].kind == .word {
            let word = tokens[i - 1].text
            if abbreviations.contains(word) { return false }
            if word.count == 1, word.first!.isUppercase { return false }
        }
        return true
    }

    /// "..." or "…": inside a quote it marks words left out, not an end
    /// ("concerned about the risk brought by... Japan's food").
    func isEllipsis(_ tokens: [Token], at i: Int) -> Bool {
        if tokens[i].isMark("…") { return true }
        guard tokens[i].isMark(".") else { return false }
        return (i >= 2 && tokens[i - 1].isMark(".") && tokens[i - 2].isMark("."))
            || (i + 2 < tokens.count && tokens[i + 1].isMark(".") && tokens[i + 2].isMark("."))
            || (i >= 1 && i + 1 < tokens.count && tokens[i - 1].isMark(".") && tokens[i + 1].isMark("."))
    }

    /// The last UTF-8 byte of `text` (0 for none), read from its storage
    /// (`utf8.last` walks the view generically).
    static func lastByte(of text: String) -> UInt8 {
        if let last = text.utf8.withContiguousStorageIfAvailable({ $0.last ?? 0 }) { return last }
        var text = text
        return text.withUTF8 { $0.last ?? 0 }
    }

    func canStart(_ tokens: [Token], at k: Int) -> Bool {
        tokens[k].isCapitalized || tokens[k].kind == .openQuote || tokens[k].kind == .number
            || tokens[k].isMark("(") || tokens[k].isMark("—") || tokens[k].isMark("-")
            || tokens[k].newlinesBefore > 0
    }
}
