import Foundation
import StanceModel

/// Splits text into words, numbers, possessive markers, quotes and
/// punctuation, keeping each token's Unicode-scalar offsets.
///
/// Choices that later stages rely on: "Japan's" is `Japan` + `'s`;
/// "Russia-China" is `Russia` `-` `China` (so actor names inside hyphenated
/// compounds are found); "U.S." is one word with its dots; "don't" is
/// `do` + `n't`; a `’` closes a quote only when a `‘` is open; "U. S."
/// is "U.S."; a dateline ("SEOUL, South Korea (AP) —") is no token at all.
public enum Tokenizer {
    public static func tokenize(_ text: String) -> [Token] {
        tokenize(scalars: scalars(of: text))
    }

    /// The same, for a caller that keeps the scalars (to cut sentences out).
    /// Datelines are left out (`withoutDatelines`). With `words`, each
    /// token is labelled as `words.label` would label it.
    static func tokenize(scalars: [Unicode.Scalar], words: WordTable? = nil) -> [Token] {
        withoutDatelines(lex(scalars, words: words))
    }

    static func lex(_ scalars: [Unicode.Scalar], words: WordTable? = nil) -> [Token] {
        // The scalars through a buffer pointer: the loops below index them a
        // few times per scalar, and every check below stays explicit.
        scalars.withUnsafeBufferPointer { lex(buffer: $0, words: words) }
    }

    /// With `words`, an ASCII token's word is looked up from the bytes
    /// its strings are made of, and a known word's lower-case string is
    /// the table's own (no string built for it): labelling afterwards
    /// hashed every token's string again.
    static func lex(buffer scalars: UnsafeBufferPointer<Unicode.Scalar>, words: WordTable?) -> [Token] {
        var tokens: [Token] = []
        // About one token in six scalars in news: room for all but the
        // densest text without growing (and copying) the array.
        tokens.reserveCapacity(scalars.count / 4 + 16)
        var i = 0
        var newlines = 0
        var sawSpace = false
        var singleQuoteOpen = false
        var doubleQuoteOpen = false

        func emit(_ start: Int, _ end: Int, _ kind: Token.Kind) {
            let attached = !sawSpace && !tokens.isEmpty
            if let token = asciiToken(scalars, start, end, kind, newlines, attached, words: words) {
                tokens.append(token)
            } else if end - start == 1, var token = Token(caselessMark: scalars[start], kind: kind, start: start,
                                                          newlinesBefore: newlines, attached: attached) {
                words?.label(&token)
                tokens.append(token)
            } else {
                var token = Token(text: string(scalars, start, end), kind: kind, start: start, end: end,
                                  newlinesBefore: newlines, attached: attached)
                words?.label(&token)
                tokens.append(token)
            }
            newlines = 0
            sawSpace = false
        }

        while i < scalars.count {
            let c = scalars[i]
            if c == "\n" { newlines += 1; sawSpace = true; i += 1; continue }
            if c == " " || c.value < 32 || (!c.isASCII && isWhitespace(c)) { sawSpace = true; i += 1; continue }
            if isWordScalar(c) {
                let start = i
                // "U. S." written with spaces is the initialism "U.S.".
                // (Both tests below start with a look at one scalar, made
                // here: most words are neither, and the calls cost more.)
                if i + 1 < scalars.count, scalars[i + 1] == ".", let (end, text) = spacedInitialism(scalars, at: i) {
                    let attached = !sawSpace && !tokens.isEmpty
                    var token = Token(text: text, kind: .word, start: start, end: end,
                                      newlinesBefore: newlines, attached: attached)
                    words?.label(&token)
                    tokens.append(token)
                    newlines = 0
                    sawSpace = false
                    i = end
                    continue
                }
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
                if end - start > 2, isApostrophe(scalars[end - 2]) || isApostrophe(scalars[end - 3]),
                   let cut = contraction(scalars, start, end) {
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
                    if afterWord && (tokens.last!.lowerHasSuffix("s")) && !singleQuoteOpen {
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

    /// The string of `s[start..<end]`, from the scalars' UTF-8 bytes
    /// (appending them to a `String.UnicodeScalarView` cost thousands of
    /// instructions a token).
    static func string(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ start: Int, _ end: Int) -> String {
        String(unsafeUninitializedCapacity: 4 * (end - start)) { buffer in
            var n = 0
            for k in start..<end {
                for byte in UTF8.encode(s[k])! {
                    buffer[n] = byte
                    n += 1
                }
            }
            return n
        }
    }

    /// Most tokens are ASCII: build their strings byte by byte, without
    /// going through `String.UnicodeScalarView` (the tokenizer's main cost).
    /// With `words`, the token is labelled, and a word the table knows
    /// takes the table's string as its lower-case form (and as its text,
    /// when it has no capitals) instead of a new one.
    static func asciiToken(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ start: Int, _ end: Int, _ kind: Token.Kind,
                           _ newlines: Int, _ attached: Bool, words: WordTable? = nil) -> Token? {
        var upper = false, lowerCase = false
        var hash = WordTable.hashStart
        var packed = PackedWord()
        for k in start..<end {
            let v = s[k].value
            guard v < 128 else { return nil }
            var byte = UInt8(truncatingIfNeeded: v)
            if v >= 65 && v <= 90 {
                upper = true
                byte += 32
            } else if v >= 97 && v <= 122 {
                lowerCase = true
            }
            hash = WordTable.hashStep(hash, byte)
            packed.append(byte)
        }
        let first = s[start].value
        let isCapitalized = first >= 65 && first <= 90, isAllCaps = upper && !lowerCase
        if let words {
            if packed.count <= PackedWord.capacity {
                guard let known = words.known(packed: packed, hash: WordTable.hashEnd(hash)) else {
                    return asciiToken(s, start, end, kind, newlines, attached, upper: upper, isCapitalized: isCapitalized,
                                      isAllCaps: isAllCaps)
                }
                var token = Token(ascii: upper ? String(asciiScalars: s[start..<end]) : known.word, lower: known.word,
                                  kind: kind, start: start, end: end, newlinesBefore: newlines, attached: attached,
                                  isCapitalized: isCapitalized, isAllCaps: isAllCaps)
                token.word = known.number
                token.classes = known.classes
                return token
            }
            var token = asciiToken(s, start, end, kind, newlines, attached, upper: upper, isCapitalized: isCapitalized,
                                   isAllCaps: isAllCaps)
            words.label(&token)
            return token
        }
        return asciiToken(s, start, end, kind, newlines, attached, upper: upper, isCapitalized: isCapitalized,
                          isAllCaps: isAllCaps)
    }

    /// An ASCII token with its strings built from the scalars.
    private static func asciiToken(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ start: Int, _ end: Int,
                                   _ kind: Token.Kind, _ newlines: Int, _ attached: Bool, upper: Bool,
                                   isCapitalized: Bool, isAllCaps: Bool) -> Token {
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
        return Token(ascii: text, lower: lower, kind: kind, start: start, end: end, newlinesBefore: newlines,
                     attached: attached, isCapitalized: isCapitalized, isAllCaps: isAllCaps)
    }

    @inline(__always)
    static func isWordScalar(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 0x80 {
            // A letter of either case (bit 5 set makes it lower case), or a digit.
            return (v | 0x20) &- 0x61 < 26 || v &- 0x30 < 10
        }
        return isNonASCIIWordScalar(c)
    }

    // The tests of Unicode properties live in functions of their own, never
    // inlined: `Unicode.Scalar.Properties` is a resilient type, and a
    // function that uses one sets up room for it on every call, which cost
    // the tokenizer's loops more than their ASCII work.

    @inline(never)
    static func isNonASCIIWordScalar(_ c: Unicode.Scalar) -> Bool {
        c.properties.isAlphabetic || isDigit(c) || c.properties.generalCategory == .nonspacingMark
    }

    @inline(never)
    static func isAlphabetic(_ c: Unicode.Scalar) -> Bool { c.properties.isAlphabetic }

    @inline(never)
    static func isUppercase(_ c: Unicode.Scalar) -> Bool { c.properties.isUppercase }

    @inline(never)
    static func isWhitespace(_ c: Unicode.Scalar) -> Bool { c.properties.isWhitespace }

    static func isDigit(_ c: Unicode.Scalar) -> Bool { ("0"..."9").contains(c) }

    /// Where a final 'll, 've, 're, 'd or 'm starts in the word, if it has one.
    static func contraction(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ start: Int, _ end: Int) -> Int? {
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
    static func wordEnd(_ s: UnsafeBufferPointer<Unicode.Scalar>, from i: Int) -> Int {
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
    static func isSingleLetterRun(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ start: Int, _ dot: Int) -> Bool {
        var k = start
        while k < dot {
            guard isAlphabetic(s[k]) else { return false }
            if k + 1 < dot && s[k + 1] != "." { return false }
            k += 2
        }
        return true
    }

    /// "U. S." or "U. N.": single capitals, each with its full stop,
    /// separated by one space, with nothing attached after the last stop.
    /// Returns the end and the initialism written without spaces ("U.S."),
    /// so that it is one word and matches the ontology's "U.S.".
    static func spacedInitialism(_ s: UnsafeBufferPointer<Unicode.Scalar>, at i: Int) -> (end: Int, text: String)? {
        func isCapital(_ k: Int) -> Bool {
            k < s.count && (s[k].isASCII ? (65...90).contains(s[k].value) : isUppercase(s[k]))
        }
        func endsWord(_ k: Int) -> Bool { k >= s.count || !isWordScalar(s[k]) }
        // A letter run of its own: "U." but not "AU." or "BU.S.".
        guard i + 2 < s.count, s[i + 1] == ".", s[i + 2] == " ", isCapital(i),
              i == 0 || !isWordScalar(s[i - 1]) && s[i - 1] != "."
        else { return nil }
        var letters = [s[i]]
        var k = i + 2   // just past a letter's full stop
        while k + 2 < s.count, s[k] == " ", isCapital(k + 1), s[k + 2] == ".", endsWord(k + 3) {
            letters.append(s[k + 1])
            k += 3
        }
        guard letters.count >= 2 else { return nil }
        var text = ""
        for letter in letters { text.unicodeScalars.append(letter); text += "." }
        return (k, text)
    }

    static func hasInnerDot(_ s: Slice<UnsafeBufferPointer<Unicode.Scalar>>) -> Bool { s.contains(".") }
}

extension Tokenizer {
    /// The scalars of `text`, as `Array(text.unicodeScalars)` gives them,
    /// in one pass over its UTF-8 (valid, as every `String`'s is) that
    /// takes an ASCII byte as it is: the array initialiser walks the
    /// string twice, once to count and once to decode.
    static func scalars(of text: String) -> [Unicode.Scalar] {
        var text = text
        return text.withUTF8 { bytes in
            let count = bytes.count
            // No more scalars than bytes: written in place, no append's checks.
            return [Unicode.Scalar](unsafeUninitializedCapacity: count) { scalars, written in
                var k = 0, n = 0
                while k < count {
                    // Eight ASCII bytes at once when the next eight are all
                    // ASCII (most of a news text): one test for the eight.
                    if k + 8 <= count, let base = bytes.baseAddress {
                        let eight = UInt64(littleEndian: UnsafeRawPointer(base + k).loadUnaligned(as: UInt64.self))
                        if eight & 0x8080_8080_8080_8080 == 0 {
                            for j in 0..<8 {
                                scalars[n + j] = Unicode.Scalar(UInt8(truncatingIfNeeded: eight >> UInt64(8 * j)))
                            }
                            n += 8
                            k += 8
                            continue
                        }
                    }
                    let b0 = UInt32(bytes[k])
                    if b0 < 0x80 {
                        scalars[n] = Unicode.Scalar(UInt8(truncatingIfNeeded: b0))
                        n += 1
                        k += 1
                        continue
                    }
                    // Cannot end early in valid UTF-8; ends the text rather than trapping.
                    guard let (scalar, next) = UTF8Lead.scalar(in: bytes, at: k) else { break }
                    k = next
                    scalars[n] = scalar
                    n += 1
                }
                written = n
            }
        }
    }
}

extension String {
    /// A string of scalars that are all ASCII (the caller checked), made
    /// from their bytes directly: the fast path for token and sentence
    /// text, which is nearly always ASCII in news.
    init(asciiScalars scalars: some Collection<Unicode.Scalar>) {
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

// MARK: - Datelines

extension Tokenizer {
    /// The tokens without the datelines and wire credits that open an
    /// article or paragraph: "SEOUL, South Korea (AP) —", "BEIJING, March 3
    /// (Reuters) -", "WASHINGTON (AFP) --", "Kyiv, Ukraine —", "LONDON:",
    /// "NEW DELHI [India], May 5 (ANI):", "April 28 (UPI) --". They say where
    /// and when a story was filed, not who acts: their city or country must
    /// not become a holder or target, and the lead sentence after them must
    /// start cleanly. The token after a dateline takes over its line breaks,
    /// so a paragraph still opens there; a dateline with a wire credit after
    /// a headline on the same line ("... Boats TOKYO (Reuters) - Japan's")
    /// goes too, and counts as the line break between headline and lead.
    ///
    /// The shape is read from capitals, digits and punctuation alone, no
    /// word list: a place (one to four capitalised words: "NEW DELHI",
    /// "Washington, D.C."), more places after commas, a place in brackets,
    /// a date ("March 3", "3 March", "Jan. 5, 2024"), a credit in brackets
    /// or slashes ("(Reuters)", "/TASS/."), then a dash or colon and a word
    /// that can open a sentence.
    static func withoutDatelines(_ tokens: [Token]) -> [Token] {
        var datelines: [Range<Int>] = []
        var i = 0
        while i < tokens.count {
            let paragraph = i == 0 || tokens[i].newlinesBefore > 0
            if paragraph || isDatelineCandidate(tokens, at: i),
               let end = datelineEnd(tokens, at: i, midLine: !paragraph) {
                datelines.append(i..<end)
                i = end + 1   // the lead's first word stays
            } else {
                i += 1
            }
        }
        guard !datelines.isEmpty else { return tokens }
        var kept: [Token] = []
        kept.reserveCapacity(tokens.count)
        var next = 0
        for dateline in datelines {
            kept.append(contentsOf: tokens[next..<dateline.lowerBound])
            var lead = tokens[dateline.upperBound]
            let paragraph = dateline.lowerBound == 0 || tokens[dateline.lowerBound].newlinesBefore > 0
            lead.newlinesBefore = paragraph ? tokens[dateline.lowerBound].newlinesBefore : max(1, lead.newlinesBefore)
            lead.attached = false
            kept.append(lead)
            next = dateline.upperBound + 1
        }
        kept.append(contentsOf: tokens[next...])
        return kept
    }

    /// Inside a line, only a capitalised place after a headline word or a
    /// sentence's end may open a dateline ("... Boats TOKYO (Reuters) -"),
    /// never one after a lower-case word ("the NATO (...) -").
    static func isDatelineCandidate(_ tokens: [Token], at i: Int) -> Bool {
        guard i > 0, tokens[i].isAllCaps, tokens[i].isWord, !tokens[i].attached else { return false }
        let before = tokens[i - 1]
        return before.isCapitalized || before.kind == .number || before.kind == .closeQuote
            || [".", "!", "?"].contains(before.text)
    }

    /// The index of the first token after the dateline starting at `s`, if
    /// one does. `midLine` asks for the strict form: a place in capitals
    /// and a wire credit.
    static func datelineEnd(_ tokens: [Token], at s: Int, midLine: Bool) -> Int? {
        // A dateline stays on its line: read only that far.
        var lineEnd = s + 1
        while lineEnd < tokens.count, tokens[lineEnd].newlinesBefore == 0, lineEnd - s < 40 { lineEnd += 1 }
        let t = tokens[..<lineEnd]
        var k = s
        var places = 0
        var capitalPlace = false
        var bracket = false, date = false, credit = false, slashCredit = false

        // A date ("March 3", "Jan. 5", "3 March", "March 3, 2024").
        func readDate() -> Bool {
            var j = k
            func day(_ j: Int) -> Bool { j < t.count && t[j].kind == .number && t[j].text.count <= 2 }
            func month(_ j: Int) -> Bool { j < t.count && t[j].isWord && t[j].isCapitalized }
            if month(j) {
                j += 1
                if j < t.count, t[j].isMark("."), t[j].attached { j += 1 }
                guard day(j) else { return false }
                j += 1
            } else if day(j), month(j + 1) {
                j += 2
                if j < t.count, t[j].isMark("."), t[j].attached { j += 1 }
            } else {
                return false
            }
            if j + 1 < t.count, t[j].isMark(","), t[j + 1].kind == .number, t[j + 1].text.count == 4 { j += 2 }
            k = j
            return true
        }
        // One to four capitalised place words: "NEW DELHI", "D.C.",
        // "Port-au-Prince", "St. Petersburg".
        func readPlace() -> (words: Int, allCaps: Bool) {
            var words = 0, capitals = true, letters = 0
            while k < t.count, words < 5 {
                let token = t[k]
                if token.isWord, token.isCapitalized {
                    words += 1
                    capitals = capitals && token.isAllCaps
                    letters += token.text.count
                    k += 1
                } else if words > 0, token.attached, token.isMark("-") || token.isMark("."),
                          k + 1 < t.count, t[k + 1].isWord, t[k + 1].attached || token.isMark(".") {
                    k += 2   // a hyphen or an abbreviation's stop and the word after it
                    words += 1
                } else {
                    break
                }
            }
            guard (1...4).contains(words) else { return (0, false) }
            return (words, capitals && letters >= 3)
        }
        // "(Reuters)", "(AP)", "(Agence France-Presse)": capitalised words.
        func readCredit(open: String, close: String) -> Bool {
            guard k < t.count, t[k].text == open else { return false }
            var j = k + 1
            var words = 0
            while j < t.count, words <= 4, t[j].isWord && t[j].isCapitalized || t[j].isMark("-") && words > 0 {
                if t[j].isWord { words += 1 }
                j += 1
            }
            guard (1...4).contains(words), j < t.count, t[j].text == close else { return false }
            k = j + 1
            return true
        }

        if readDate() {
            date = true
        } else if !t[k].isMark("(") {
            let first = readPlace()
            guard first.words > 0 else { return nil }
            places = 1
            capitalPlace = first.allCaps
            while true {
                if !bracket, readCredit(open: "[", close: "]") { bracket = true; continue }
                guard k + 1 < t.count, t[k].isMark(","), !date else { break }
                let comma = k
                k += 1
                if readDate() { date = true; continue }
                if places < 3, readPlace().words > 0 { places += 1; continue }
                k = comma
                break
            }
        }
        if k < t.count, t[k].isMark("."), date { k += 1 }   // "MOSCOW, March 3. /TASS/."
        if readCredit(open: "(", close: ")") {
            credit = true
        } else if readCredit(open: "/", close: "/") {
            credit = true
            slashCredit = true
        }
        guard midLine ? credit && capitalPlace : credit || capitalPlace || (places > 0 && (places > 1 || bracket || date))
        else { return nil }

        // The mark that ends it: a dash, two hyphens, a colon, or the full
        // stop after a credit in slashes.
        guard k < t.count else { return nil }
        let mark = t[k].text
        if mark == "—" || mark == "–" || mark == ":" || (mark == "." && slashCredit) {
            k += 1
        } else if mark == "-" {
            let double = k + 1 < t.count && t[k + 1].isMark("-")
            let spaced = !t[k].attached || (k + 1 < t.count && !t[k + 1].attached)
            guard double || spaced else { return nil }   // "US-China" is a compound
            k += double ? 2 : 1
        } else {
            return nil
        }
        // Only a place and a date before a colon or dash in a plain
        // paragraph is no dateline ("Russia: ..." in a headline): a place in
        // capitals or a credit says it is; so do two places before a dash.
        if !credit, !capitalPlace, mark == ":" { return nil }
        guard k < tokens.count else { return nil }
        let next = tokens[k]
        guard next.isCapitalized || next.kind == .number || next.kind == .openQuote else { return nil }
        // A headline in capitals ("CHINA: U.S. MUST STOP ...") goes on in
        // capitals; a lead sentence does not.
        let words = tokens[k...].lazy.filter(\.isWord).prefix(3)
        if capitalPlace, !credit, words.count == 3, words.allSatisfy(\.isAllCaps) { return nil }
        return k
    }
}
