@testable import StanceExtraction
import StanceGraph
import Testing

/// Headlines: no full stop, Title Case, abbreviated names. All sentences
/// are made up for the tests.
@Suite("Headlines")
struct HeadlineTests {
    let extractor = TestSupport.extractor

    func sentences(_ text: String) -> [String] {
        let analysis = extractor.analyze(text)
        return analysis.sentences.map { range in
            MentionFinder.surface(analysis.tokens, range.lowerBound, range.upperBound)
        }
    }

    func edges(_ text: String) -> Set<String> {
        Set(extractor.analyze(text).findings.map { "\($0.key.source) \($0.key.relation.rawValue) \($0.key.target)" })
    }

    /// A headline and the sentences the text must split into.
    static let splits: [(String, [String])] = [
        // On its own line, whatever its last word.
        ("Seoul Protests\nJapan's textbook approval drew fire.",
         ["Seoul Protests", "Japan's textbook approval drew fire."]),
        ("Oman Welcomes Truce\nThe sultanate said it welcomed the truce.",
         ["Oman Welcomes Truce", "The sultanate said it welcomed the truce."]),
        // Title Case running into its lead on the same line.
        ("US, China Trade Barbs The two sides traded accusations on Monday.",
         ["US, China Trade Barbs", "The two sides traded accusations on Monday."]),
        ("Japan Protests To Beijing He said the move was unacceptable.",
         ["Japan Protests To Beijing", "He said the move was unacceptable."]),
        ("Ministers Meet In Hanoi After talks ended, both sides signed a deal.",
         ["Ministers Meet In Hanoi", "After talks ended, both sides signed a deal."]),
        // Title Case words inside a headline or a sentence do not cut it.
        ("China Hits Back At the US Over Tariffs", ["China Hits Back At the US Over Tariffs"]),
        ("The United States On Monday criticised Iran.", ["The United States On Monday criticised Iran."]),
        ("Peru And Chile In The Lead\nThe two states met.", ["Peru And Chile In The Lead", "The two states met."]),
        ("Prime Minister Ana Brnabic said the plan would fail.",
         ["Prime Minister Ana Brnabic said the plan would fail."]),
    ]

    @Test(arguments: splits)
    func headlinesEndBeforeTheirLead(text: String, expected: [String]) {
        #expect(sentences(text) == expected)
    }

    /// Headline spellings of names, and the actors they must give.
    static let names: [(String, [String])] = [
        ("N. Korea warns U.S., South", ["PRK", "USA", "KOR"]),
        ("S. Korea, Japan hold talks", ["KOR", "JPN"]),
        ("N Korea fires missile", ["PRK"]),
        ("S.Korea, N.Korea agree", ["KOR", "PRK"]),
        ("U. S. condemns launch", ["USA"]),
        ("U. N. envoy arrives", ["UN"]),
        ("U.S.-China talks stall", ["USA", "CHN"]),
        ("US, China Trade Barbs", ["USA", "CHN"]),
        ("Japan PM slams Beijing", ["JPN", "CHN"]),
    ]

    @Test(arguments: names)
    func headlineNamesAreActors(text: String, expected: [String]) {
        #expect(extractor.analyze(text).mentions.compactMap(\.actor) == expected)
    }

    static let headlineEdges: [(String, Set<String>)] = [
        ("N. Korea warns U.S. over drills", ["PRK warns USA"]),
        ("U. S. condemns N Korea launch", ["USA opposes PRK"]),
        ("Japan PM slams China over boats", ["JPN opposes CHN"]),
        ("S. Korea Protests\nJapan's textbook approval drew fire in Seoul.", []),
        ("U.S.-China talks collapse as Beijing warns Washington", ["CHN warns USA"]),
    ]

    @Test(arguments: headlineEdges)
    func headlinesGiveTheirEdges(text: String, expected: Set<String>) {
        #expect(edges(text) == expected)
    }
}
