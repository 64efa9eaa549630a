import Foundation
@testable import StanceExtraction
@testable import StanceGraph
@testable import StanceModel
import Testing

/// The fast paths taken for speed answer exactly as the general code they
/// stand in for.
@Suite("Fast paths agree with the general code")
struct FastPathTests {
    static let texts = [
        "", "Plain ASCII text.", "Japan’s “drills” — provocative…", "Bogotá and Bogota\u{301}",
        "line one\nline two\r\nline three\u{2028}four\u{85}five\u{0B}six", "\n\nlead\n\n", "emoji 🇯🇵 and 日本",
        "e\u{301}\u{302} combining", "\u{212A}elvin",
    ]

    @Test func scalarsAreTheUnicodeScalars() {
        // Runs of ASCII longer than eight, broken by other scalars at every offset.
        let mixed = (0..<24).map { String(repeating: "abcdefghij", count: 2).prefix($0) + "é—日🇯🇵" + "tail of text" }
        for text in Self.texts + mixed.map(String.init) {
            #expect(Tokenizer.scalars(of: text) == Array(text.unicodeScalars), "\(text)")
        }
    }

    @Test func sentenceTextJoinsLinesAsCharacterSplittingDid() {
        for text in Self.texts {
            let scalars = Array(text.unicodeScalars)
            let ascii = scalars.allSatisfy { $0.value < 128 }
            let breaks = text.utf8.contains { $0 == 10 || $0 == 13 }
            let expected = ascii && !breaks ? text : text.split(whereSeparator: \.isNewline).joined(separator: " ")
            #expect(Extractor.sentenceText(scalars[...]) == expected, "\(text)")
        }
    }

    @Test func quickRecordReadsWhatJSONDecoderReads() throws {
        let lines = [
            #"{"id":"a","text":"Plain."}"#,
            #" { "text" : "Esc \" \\ \/ \b \f \n \r \t \u00e9 \u2019 end", "id" : "b", "date": "2024-01-02" } "#,
            #"{"id":"c","text":"x","title":"T","url":"u","source":"s","extra":"ignored"}"#,
            #"{"id":"d","text":"Bogotá — raw UTF-8"}"#,
        ]
        for line in lines {
            let bytes = Array(line.utf8)
            let quick = try #require(JSONLinesRecord.quickRecord(bytes), "\(line)")
            let general = try JSONDecoder().decode(JSONLinesRecord.self, from: Data(bytes))
            #expect(quick.id == general.id && quick.text == general.text && quick.title == general.title
                    && quick.date == general.date && quick.url == general.url && quick.source == general.source)
        }
        // Left to JSONDecoder: numbers, null, repeats, surrogates, bad syntax, missing fields.
        for line in [#"{"id":7,"text":"x"}"#, #"{"id":"a","text":"x","title":null}"#,
                     #"{"id":"a","id":"b","text":"x"}"#, #"{"id":"a","text":"\ud83d\ude00"}"#,
                     #"{"id":"a","text":"x",}"#, #"{"text":"x"}"#, #"["a"]"#, #"{"id":"a","text":"x"} z"#,
                     #"{"id":"a","text":"bad \q"}"#, #"{"id":"a","te\u0078t":"x"}"#] {
            #expect(JSONLinesRecord.quickRecord(Array(line.utf8)) == nil, "\(line)")
        }
    }

    @Test func wordTableFindsCanonicallyEquivalentWords() {
        var table = WordTable()
        let precomposed = table.intern("bogotá")
        let ascii = table.intern("kelvin")
        #expect(table.number(of: "bogota\u{301}") == precomposed)
        #expect(table.number(of: "bogotá") == precomposed)
        #expect(table.number(of: "kelvin") == ascii)
        #expect(table.number(of: "bogota") == nil)
        // A non-ASCII word whose NFC form is ASCII is found by that form.
        let kelvinSign = table.intern("\u{212A}")
        #expect(table.number(of: "K") == kelvinSign)
    }

    @Test func storyWordsFromBytesAreTheScalarsWords() {
        var generator = SystemRandomNumberGenerator()
        let pieces = ["Japan", "’s", "'", "TURKEY'S", " ", "\n", "—", "Bogotá", "e\u{301}", "日本", "🇯🇵",
                      "\u{212A}", "Ωmega", "ʼ", "9.5", ",", "ǅ", "\u{10400}", "ﬁ", "İ", "ß", "\u{0D4E}ly"]
        var texts = Self.texts
        for _ in 0..<300 {
            texts.append((0..<Int.random(in: 0...12, using: &generator))
                .map { _ in pieces.randomElement(using: &generator)! }.joined())
        }
        for text in texts {
            var fast: [UInt64] = [], plain: [UInt64] = []
            Shingles.forEachWord(text) { fast.append($0) }
            Shingles.forEachWordByScalars(text) { plain.append($0) }
            #expect(fast == plain, "\(text)")
        }
    }

    @Test func tokensLabelledWhileLexedAreLabelledTokens() throws {
        let words = TestSupport.extractor.words
        var texts = Self.texts + [
            "The U. S. and NATO warned Russia's counterintelligence-establishment; THE KREMLIN SAID, \"no\".",
            "Internationally-recognised intergovernmental organisations’ statements — Bogotá, Türkiye, İstanbul.",
            "SEOUL, South Korea (AP) — North Korea condemned the drills; we'll see, don't they?",
        ]
        let examples = TestSupport.root.appendingPathComponent("Examples")
        for name in try FileManager.default.contentsOfDirectory(atPath: examples.path).sorted() where name.hasSuffix(".txt") {
            texts.append(try String(contentsOf: examples.appendingPathComponent(name), encoding: .utf8))
        }
        for text in texts {
            let scalars = Array(text.unicodeScalars)
            var plain = Tokenizer.tokenize(scalars: scalars)
            words.label(&plain)
            let labelled = Tokenizer.tokenize(scalars: scalars, words: words)
            #expect(labelled == plain, "\(text)")
            #expect(labelled.map(\.word) == plain.map(\.word) && labelled.map(\.classes) == plain.map(\.classes))
        }
    }

    @Test func caselessMarksAreTokensAsTextMakesThem() {
        for value in Array(0x2000...0x206F) + [0xAB, 0xBB, 0x41, 0xE9, 0x2070, 0x2071] {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let plain = Token(text: String(scalar), kind: .punctuation, start: 3, end: 4, newlinesBefore: 1,
                              attached: true)
            let fast = Token(caselessMark: scalar, kind: .punctuation, start: 3, newlinesBefore: 1, attached: true)
            if (0x2000...0x206F).contains(value) || value == 0xAB || value == 0xBB {
                #expect(fast == plain, "U+\(String(value, radix: 16))")
            } else {
                #expect(fast == nil)
            }
        }
    }

    @Test func letterSuffixesFromBytesAreHasSuffix() {
        let words = ["firmly", "ly", "y", "", "only", "bogotály", "\u{0D4E}ly", "\u{0600}ly", "ĺy", "l\u{301}y",
                     "fly\u{301}", "said", "used", "ss", "us", "is", "tensions", "Ωly", "\r\nly", "reporting", "ing"]
        for word in words {
            for suffix: StaticString in ["ly", "ed", "s", "ss", "us", "is", "ing"] {
                #expect(Token.hasLetterSuffix(word, suffix) == word.hasSuffix(suffix.description), "\(word) \(suffix)")
            }
        }
    }

    @Test func asciiNameShapeIsTheLettersTest() {
        for text in ["Li", "X", "US", "McCain", "O'Neill", "U.S.", "A1", "Ab", "aB", "", "Xi-Jinping", "Zelensky"] {
            let letters = text.unicodeScalars.filter { $0.properties.isAlphabetic }
            let plain = letters.count >= 2 && letters.contains { $0.properties.isLowercase }
            #expect(PersonLearner.asciiNameShape(text) == plain, "\(text)")
        }
        #expect(PersonLearner.asciiNameShape("Bogotá") == nil)
    }

    @Test func stringSetAnswersAsSet() {
        let members: Set<String> = ["said", "bogotá", "\u{212A}", "e\u{301}", "JPN", "u.s.", "", "’s", "naïve",
                                    "a-very-long-hyphenated-word-of-many-bytes"]
        let set = StringSet(members)
        let asks = Array(members) + ["Said", "bogota\u{301}", "K", "k", "é", "e", "JPN ", "u.s", "'s", "naive",
                                     "nai\u{308}ve", "a-very-long-hyphenated-word-of-many-bytes", "x", "\u{1E9B}\u{323}"]
        for word in asks {
            #expect(set.contains(word) == members.contains(word), "\(word)")
        }
        let vocabulary = TestSupport.extractor.vocabulary
        for word in ["and", "but", "said", "JPN", "NATO", "would", "must", "accused"] {
            #expect(vocabulary.demandVerbs.contains(word) == vocabulary.demandVerbs.strings.contains(word))
            #expect(vocabulary.states.contains(word) == vocabulary.states.strings.contains(word))
        }
    }

    @Test func randomTextsLabelAsPlainTokens() {
        // Pieces that meet every branch of the tokenizer's ASCII path: known
        // and unknown words, capitals, words of 16 and 17 bytes, contractions,
        // initialisms, apostrophes, marks, non-ASCII words and marks.
        let pieces = ["the", "The", "THE", "said", "Said", "Japan", "JAPAN", "japan", "warned", "x", "A", "U.S.",
                      "U. S.", "don't", "we'll", "Japan's", "Japan’s", "states'", "abcdefghijklmnop", "abcdefghijklmnopq",
                      "Internationally", "counterintelligence", "1,000", "9.5", "—", "“", "”", "…", "Bogotá", "naïve",
                      "日本", " ", " ", " ", "\n", "\n\n", ",", ".", "-", "(", ")", "'", "\"", "«", "»", "e\u{301}"]
        var generator = SystemRandomNumberGenerator()
        let words = TestSupport.extractor.words
        for _ in 0..<400 {
            let text = (0..<Int.random(in: 1...30, using: &generator))
                .map { _ in pieces.randomElement(using: &generator)! }.joined()
            let scalars = Array(text.unicodeScalars)
            var plain = Tokenizer.tokenize(scalars: scalars)
            words.label(&plain)
            #expect(Tokenizer.tokenize(scalars: scalars, words: words) == plain, "\(text)")
        }
    }
}
