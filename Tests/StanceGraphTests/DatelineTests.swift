@testable import StanceExtraction
import StanceGraph
import Testing

/// Datelines and wire credits at the start of an article or paragraph are
/// left out, so the lead starts cleanly and the place they name acts in
/// nothing. All sentences are made up for the tests.
@Suite("Datelines")
struct DatelineTests {
    func words(_ text: String) -> [String] { Tokenizer.tokenize(scalars: Array(text.unicodeScalars)).map(\.text) }

    /// Dateline, then the first word of the lead that must follow it.
    static let datelines: [(String, String)] = [
        ("SEOUL, South Korea (AP) — ", "Officials"),
        ("BEIJING, March 3 (Reuters) - ", "Officials"),
        ("WASHINGTON (AFP) -- ", "Officials"),
        ("Kyiv, Ukraine — ", "Officials"),
        ("LONDON: ", "Officials"),
        ("NEW DELHI [India], May 5 (ANI): ", "Officials"),
        ("April 28 (UPI) -- ", "Officials"),
        ("UNITED NATIONS (AP) — ", "Officials"),
        ("CAIRO –", "Officials"),
        ("HAVANA—", "Officials"),
        ("WASHINGTON, D.C., Jan. 5, 2024 (IANS) — ", "Officials"),
        ("ST. PETERSBURG, Russia (Reuters) - ", "Officials"),
        ("MOSCOW, 12 June. /TASS/. ", "Officials"),
        ("(Reuters) - ", "Officials"),
        ("PORT-AU-PRINCE, Haiti (AP) — ", "“"),
    ]

    @Test(arguments: datelines)
    func datelinesAreLeftOut(dateline: String, lead: String) {
        let text = dateline + lead + " met on Monday."
        #expect(words(text).first == lead, "\(text)")
        // After a headline, the lead still opens a paragraph.
        let tokens = Tokenizer.tokenize(scalars: Array(("Talks Resume\n\n" + text).unicodeScalars))
        #expect(tokens[2].text == lead && tokens[2].newlinesBefore == 2, "\(text)")
    }

    /// Paragraph openings that look a little like datelines but are text.
    static let notDatelines: [String] = [
        "US-China talks stall as envoys meet.",
        "Russia: Talks must resume, the ministry said.",
        "CHINA: U.S. MUST STOP ARMS SALES",
        "Russia, China and Iran — three partners — met.",
        "Talks between the NATO (North Atlantic Treaty Organization) - and Moscow ended.",
        "Kyiv — the capital — was quiet.",
        "March 3 — Officials met.",
        "UN: Sanctions hurt civilians.",
        "Japan and China - Officials met.",
    ]

    @Test(arguments: notDatelines)
    func otherOpeningsStay(text: String) {
        #expect(words(text) == Tokenizer.tokenize(text).map(\.text))
        #expect(words(text) == Tokenizer.lex(Array(text.unicodeScalars)).map(\.text), "\(text)")
    }

    @Test func aCreditedDatelineAfterAHeadlineOnItsLineIsLeftOut() {
        let text = "Ministers Trade Barbs Over Boats TOKYO (Reuters) - Officials met on Monday."
        let tokens = Tokenizer.tokenize(scalars: Array(text.unicodeScalars))
        #expect(!tokens.contains { $0.text == "TOKYO" || $0.text == "Reuters" })
        let lead = tokens.firstIndex { $0.text == "Officials" }!
        #expect(tokens[lead].newlinesBefore == 1)
        // Offsets still point into the original text.
        #expect(tokens[lead].start == text.unicodeScalars.count - "Officials met on Monday.".unicodeScalars.count)
    }

    /// The dateline's place never holds or receives a stance, even when
    /// the lead refers back with "It" or "the country".
    static let leads: [(String, [String])] = [
        ("SEOUL, South Korea (AP) — North Korea on Tuesday warned the United States against new drills.",
         ["PRK warns USA"]),
        ("BEIJING, March 3 (Reuters) - It was the third protest this week. Japan criticised the plan.",
         []),
        ("TOKYO (AP) — It condemned the launch.", []),
        ("KYIV, Ukraine (AP) — Russia accused Poland of meddling.", ["RUS opposes POL"]),
    ]

    @Test(arguments: leads)
    func theDatelinePlaceActsInNothing(text: String, expected: [String]) {
        let findings = TestSupport.extractor.analyze(text).findings
        let edges = findings.map { "\($0.key.source) \($0.key.relation.rawValue) \($0.key.target)" }
        #expect(Set(edges) == Set(expected), "\(text)")
        let mentions = TestSupport.extractor.analyze(text).mentions.compactMap(\.actor)
        #expect(!mentions.contains("KOR") && !mentions.contains("CHN") && !mentions.contains("UKR"), "\(text)")
    }
}
