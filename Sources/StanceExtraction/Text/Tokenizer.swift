import Foundation

/// Splits text into words, numbers, possessive markers, quotes and
/// punctuation, keeping each token's Unicode-scalar offsets.
///
/// Choices that later stages rely on: "Japan's" is `Japan` + `'s`;
/// "Russia-China" is `Russia` `-` `China` (so actor names inside hyphenated
/// compounds are found); "U.S." is one word with its dots; "don't" is
/// `do` + `n't`; a `’` closes a quote only when a `‘` is open.
public enum Tokenizer {
    public static func tokenize(_ text: String) -> [Token] {
        tokenize(scalars: Array(text.unicodeScalars))
    }

    /// The same, for a caller that keeps the scalars (to cut sentences out).
    static func tokenize(scalars: [Unicode.Scalar]) -> [Token] {
        var tokens: [Token] = []
        var i = 0
        var newlines = 0
        var sawSpace = false
        var singleQuoteOpen = false
        var doubleQuoteOpen = false

        func emit(_ start: Int, _ end: Int, _ kind: Token.Kind) {
            let attached = !sawSpace && !tokens.isEmpty
            if let token = asciiToken(scalars, start, end, kind, newlines, attached) {
                tokens.append(token)
            } else {
                var string = String.UnicodeScalarView()
                string.append(contentsOf: scalars[start..<end])
                tokens.append(Token(text: String(string), kind: kind, start: start, end: end,
                                    newlinesBefore: newlines, attached: attached))
            }
            newlines = 0
            sawSpace = false
        }

        while i < scalars.count {
            let c = scalars[i]
            if c == "\n" { newlines += 1; sawSpace = true; i += 1; continue }
            if c == " " || c.value < 32 || (!c.isASCII && c.properties.isWhitespace) { sawSpace = true; i += 1; continue }
            if isWordScalar(c) {
                let start = i
                var end = wordEnd(scalars, from: i)
                // n't belongs to the negation, not to the verb.
                if end - start > 3, scalars[end - 1] == "t", isApostrophe(scalars[end - 2]),
                   scalars[end - 3] == "n" || scalars[end - 3] == "N" {
                    emit(start, end - 3, .word)
                    emit(end - 3, end, .word)
                    i = end
                    continue
                }
                // "we'll", "they've", "we're", "I'd", "I'm": the contraction
                // is a word of its own, so "we" is found.
                if let cut = contraction(scalars, start, end) {
                    emit(start, cut, .word)
                    emit(cut, end, .word)
                    i = end
                    continue
                }
                if end - start >= 2 && isDigit(c) {
                    emit(start, end, .number)
                } else {
                    // Abbreviations with inner dots keep their final dot: U.S.
                    if end < scalars.count, scalars[end] == ".", hasInnerDot(scalars[start..<end]) {
                        end += 1
                    }
                    emit(start, end, isDigit(c) ? .number : .word)
                }
                i = end
                continue
            }
            if isApostrophe(c) {
                // 's after a word, or a bare ' after a plural: possessive.
                let afterWord = !tokens.isEmpty && !sawSpace && tokens.last!.kind == .word
                if afterWord, i + 1 < scalars.count, scalars[i + 1] == "s" || scalars[i + 1] == "S",
                   i + 2 >= scalars.count || !isWordScalar(scalars[i + 2]) {
                    emit(i, i + 2, .possessive)
                    i += 2
                    continue
                }
                if c == "’" || c == "'" {
                    if afterWord && (tokens.last!.lower.hasSuffix("s")) && !singleQuoteOpen {
                        emit(i, i + 1, .possessive)
                    } else if singleQuoteOpen && !(tokens.last?.kind == .openQuote) {
                        singleQuoteOpen = false
                        emit(i, i + 1, .closeQuote)
                    } else if c == "'" && !afterWord {
                        singleQuoteOpen = true
                        emit(i, i + 1, .openQuote)
                    } else {
                        emit(i, i + 1, .punctuation)
                    }
                } else { // ‘
                    singleQuoteOpen = true
                    emit(i, i + 1, .openQuote)
                }
                i += 1
                continue
            }
            switch c {
            case "“", "«", "„":
                doubleQuoteOpen = true
                emit(i, i + 1, .openQuote)
            case "”", "»":
                doubleQuoteOpen = false
                emit(i, i + 1, .closeQuote)
            case "\"":
                emit(i, i + 1, doubleQuoteOpen ? .closeQuote : .openQuote)
                doubleQuoteOpen.toggle()
            default:
                emit(i, i + 1, .punctuation)
            }
            i += 1
        }
        return tokens
    }

    /// Most tokens are ASCII: build their strings byte by byte, without
    /// going through `String.UnicodeScalarView` (the tokenizer's main cost).
    static func asciiToken(_ s: [Unicode.Scalar], _ start: Int, _ end: Int, _ kind: Token.Kind,
                           _ newlines: Int, _ attached: Bool) -> Token? {
        var upper = false, lowerCase = false
        for k in start..<end {
            let v = s[k].value
            guard v < 128 else { return nil }
            if v >= 65 && v <= 90 { upper = true } else if v >= 97 && v <= 122 { lowerCase = true }
        }
        let count = end - start
        let text = String(asciiScalars: s[start..<end])
        let lower = upper ? String(unsafeUninitializedCapacity: count) { buffer in
            for k in 0..<count {
                var v = UInt8(truncatingIfNeeded: s[start + k].value)
                if v >= 65 && v <= 90 { v += 32 }
                buffer[k] = v
            }
            return count
        } : text
        let first = s[start].value
        return Token(ascii: text, lower: lower, kind: kind, start: start, end: end, newlinesBefore: newlines,
                     attached: attached, isCapitalized: first >= 65 && first <= 90, isAllCaps: upper && !lowerCase)
    }

    static func isWordScalar(_ c: Unicode.Scalar) -> Bool {
        if c.isASCII { return ("a"..."z").contains(c) || ("A"..."Z").contains(c) || ("0"..."9").contains(c) }
        return c.properties.isAlphabetic || isDigit(c) || c.properties.generalCategory == .nonspacingMark
    }

    static func isDigit(_ c: Unicode.Scalar) -> Bool { ("0"..."9").contains(c) }

    /// Where a final 'll, 've, 're, 'd or 'm starts in the word, if it has one.
    static func contraction(_ s: [Unicode.Scalar], _ start: Int, _ end: Int) -> Int? {
        func lower(_ k: Int) -> Unicode.Scalar { s[k].isASCII ? Unicode.Scalar(UInt8(s[k].value) | 0x20) : s[k] }
        if end - start > 3, isApostrophe(s[end - 3]) {
            let pair = String([Character(lower(end - 2)), Character(lower(end - 1))])
            if ["ll", "ve", "re"].contains(pair) { return end - 3 }
        }
        if end - start > 2, isApostrophe(s[end - 2]), ["d", "m"].contains(lower(end - 1)) { return end - 2 }
        return nil
    }

    static func isApostrophe(_ c: Unicode.Scalar) -> Bool { c == "'" || c == "’" || c == "‘" }

    /// The end of a word starting at `i`: letters and digits, with inner
    /// dots ("U.S"), apostrophes ("d'Ivoire", "don't") and digit separators
    /// ("1,000", "9.5") when a word character follows them.
    static func wordEnd(_ s: [Unicode.Scalar], from i: Int) -> Int {
        var j = i
        while j < s.count {
            if isWordScalar(s[j]) { j += 1; continue }
            guard j + 1 < s.count, isWordScalar(s[j + 1]) else { break }
            let joiner = s[j]
            if joiner == "." && (isSingleLetterRun(s, i, j) || isDigit(s[j - 1]) && isDigit(s[j + 1])) {
                j += 1; continue
            }
            if joiner == "," && isDigit(s[j - 1]) && isDigit(s[j + 1]) { j += 1; continue }
            if (joiner == "'" || joiner == "’") && !(s[j + 1] == "s" && (j + 2 >= s.count || !isWordScalar(s[j + 2]))) {
                j += 1; continue
            }
            break
        }
        return j
    }

    /// True when the text before a dot is a run of single letters separated
    /// by dots ("U", "U.S"), the shape of initialisms.
    static func isSingleLetterRun(_ s: [Unicode.Scalar], _ start: Int, _ dot: Int) -> Bool {
        var k = start
        while k < dot {
            guard s[k].properties.isAlphabetic else { return false }
            if k + 1 < dot && s[k + 1] != "." { return false }
            k += 2
        }
        return true
    }

    static func hasInnerDot(_ s: ArraySlice<Unicode.Scalar>) -> Bool { s.contains(".") }
}

extension String {
    /// A string of scalars that are all ASCII (the caller checked), made
    /// from their bytes directly: the fast path for token and sentence
    /// text, which is nearly always ASCII in news.
    init(asciiScalars scalars: ArraySlice<Unicode.Scalar>) {
        self.init(unsafeUninitializedCapacity: scalars.count) { buffer in
            var k = 0
            for scalar in scalars {
                buffer[k] = UInt8(truncatingIfNeeded: scalar.value)
                k += 1
            }
            return k
        }
    }
}
