@testable import StanceExtraction
import Testing

@Suite("Tokenizer and sentence splitter")
struct TokenizerTests {
    func words(_ text: String) -> [String] { Tokenizer.tokenize(text).map(\.text) }

    @Test func possessivesSplitOffWithEitherApostrophe() {
        #expect(words("Japan's fleet") == ["Japan", "'s", "fleet"])
        #expect(words("Japan’s fleet") == ["Japan", "’s", "fleet"])
        #expect(Tokenizer.tokenize("Japan’s")[1].kind == .possessive)
        #expect(Tokenizer.tokenize("Japan’s")[1].lower == "'s")
        #expect(words("the allies' plan") == ["the", "allies", "'", "plan"])
    }

    @Test func initialismsKeepTheirDots() {
        #expect(words("the U.S. and the U.N.") == ["the", "U.S.", "and", "the", "U.N."])
        #expect(words("Mr. Li") == ["Mr", ".", "Li"])
    }

    /// Initialisms written with spaces are one word, spelt as usual.
    static let spacedInitialisms: [(String, [String])] = [
        ("the U. S. and China", ["the", "U.S.", "and", "China"]),
        ("U. N. envoys", ["U.N.", "envoys"]),
        ("the U. S. A. said", ["the", "U.S.A.", "said"]),
        ("Plan B. It failed", ["Plan", "B", ".", "It", "failed"]),
        ("N. Korea warns", ["N", ".", "Korea", "warns"]),
        ("U.S.-China trade", ["U.S.", "-", "China", "trade"]),
    ]

    @Test(arguments: spacedInitialisms)
    func spacedInitialismsAreOneWord(text: String, expected: [String]) {
        #expect(words(text) == expected)
    }

    @Test func aSpacedInitialismKeepsItsOffsets() {
        let tokens = Tokenizer.tokenize("the U. S. said")
        #expect(tokens[1].start == 4 && tokens[1].end == 9)
        #expect(tokens[2].attached == false)
    }

    @Test func negationAndHyphensAreSeparateTokens() {
        #expect(words("doesn't") == ["does", "n't"])
        #expect(words("Russia-China talks") == ["Russia", "-", "China", "talks"])
        #expect(words("Côte d'Ivoire") == ["Côte", "d'Ivoire"])
    }

    @Test func numbersStayWhole() {
        #expect(words("$58.5 billion, 1,000 troops") == ["$", "58.5", "billion", ",", "1,000", "troops"])
    }

    @Test func offsetsAreUnicodeScalars() {
        let tokens = Tokenizer.tokenize("🇯🇵 Tokyo")
        #expect(tokens.last?.text == "Tokyo")
        #expect(tokens.last?.start == 3)   // two regional indicators and a space
    }

    @Test func quotesOpenAndClose() {
        let kinds = Tokenizer.tokenize("“We agree,” he said. ‘Fine’").map(\.kind)
        #expect(kinds.first == .openQuote)
        #expect(kinds.filter { $0 == .closeQuote }.count == 2)
        #expect(kinds.filter { $0 == .openQuote }.count == 2)
    }

    let splitter = SentenceSplitter(abbreviations: ["Mr", "Dr", "Jan", "U.S"],
                                    sentenceStarters: ["The", "He", "They"],
                                    lineContinuations: Set(TestSupport.ontology.language[.lineContinuations]))

    func sentences(_ text: String) -> [String] {
        let tokens = Tokenizer.tokenize(text)
        return splitter.split(tokens).map { range in range.map { tokens[$0].text }.joined(separator: " ") }
    }

    @Test func abbreviationsDoNotEndSentences() {
        #expect(sentences("Mr. Li met U.S. envoys on Jan. 5 in Paris. They left.").count == 2)
        #expect(sentences("Talks with the U.S. The envoy left.").count == 2)
        #expect(sentences("J. R. Smith spoke.").count == 1)
    }

    @Test func headlinesWithoutFullStopStandAlone() {
        let result = sentences("Oman Backs Talks\nThe sultanate said it backs talks.")
        #expect(result.count == 2)
        #expect(result[0] == "Oman Backs Talks")
    }

    @Test func hardWrappedLinesStayTogether() {
        #expect(sentences("The minister met the\nenvoy in Rome.").count == 1)
        #expect(sentences("The minister met officials from\nChina in Rome.").count == 1)
    }

    @Test func closingQuotesStayWithTheirSentence() {
        let result = sentences("He said: “We agree.” The talks ended!")
        #expect(result.count == 2)
        #expect(result[0].hasSuffix("”"))
    }

    @Test func emptyAndPunctuationOnlyTextGiveNoCrash() {
        #expect(sentences("").isEmpty)
        #expect(sentences("...").count == 1)
    }

    @Test func textWithoutFullStopsIsCutIntoBoundedSentences() {
        let words = Array(repeating: "word", count: SentenceSplitter.maxTokens * 3 + 7).joined(separator: " ")
        let sentences = splitter.split(Tokenizer.tokenize(words))
        #expect(sentences.count == 4)
        #expect(sentences.allSatisfy { $0.count <= SentenceSplitter.maxTokens })
        #expect(sentences.map(\.count).reduce(0, +) == SentenceSplitter.maxTokens * 3 + 7)
    }
}
