@testable import StanceExtraction
import StanceGraph
import Testing

@Suite("Actor mentions")
struct MentionTests {
    func mentions(_ text: String) -> [(String, String?, Bool)] {
        let analysis = TestSupport.extractor.analyze(text)
        return analysis.mentions.map { m in
            (MentionFinder.surface(analysis.tokens, m.start, m.end), m.actor, m.agentive)
        }
    }

    @Test func longestMatchWins() {
        let found = mentions("South Korea and North Korea met.")
        #expect(found.map(\.1) == ["KOR", "PRK"])
    }

    @Test func acronymsAndCapitalisedNamesAreCaseSensitive() {
        #expect(mentions("Let us talk about china plates.").isEmpty)
        #expect(mentions("The US and China spoke.").map(\.1) == ["USA", "CHN"])
    }

    @Test func possessiveOwnerIsNoHolderButItsBodyIs() {
        let owner = mentions("Japan's budget grew.")
        #expect(owner.first?.1 == "JPN")
        #expect(owner.first?.2 == false)
        let body = mentions("Japan's Cabinet approved it.")
        #expect(body.first?.0 == "Japan's Cabinet")
        #expect(body.first?.2 == true)
    }

    /// A movement that governs a state (`governs` in the ontology) is that
    /// state when named as its government, and itself otherwise.
    @Test(arguments: [
        ("The Taliban government protested.", "AFG"),
        ("The Taliban regime protested.", "AFG"),
        ("The Taliban's administration protested.", "AFG"),
        ("The Taliban authorities protested.", "AFG"),
        ("The Taliban protested.", "TALIBAN"),
        ("The Taliban's fighters protested.", "TALIBAN"),
    ])
    func aGoverningMovementNamedAsTheGovernmentIsItsState(text: String, actor: String) {
        #expect(mentions(text).first?.1 == actor)
    }

    @Test func adjectivesSpeakOnlyThroughABody() {
        #expect(mentions("Chinese tourists arrived.").first?.2 == false)
        let ministry = mentions("The Chinese Foreign Ministry protested.")
        #expect(ministry.first?.1 == "CHN")
        #expect(ministry.first?.2 == true)
    }

    @Test func aBodyBeforeANameClassifiesItAndHoldsNothing() {
        let found = mentions("NATO allies Norway and Denmark protested.")
        #expect(found.map(\.1) == ["NATO", "NOR", "DNK"])
        #expect(found.map(\.2) == [false, true, true])
        // Not before a name: the body speaks.
        #expect(mentions("NATO allies protested.").first?.2 == true)
    }

    @Test func aFormerOfficeHolderSpeaksForNoState() {
        #expect(mentions("Former President Trump praised Putin.").first?.2 == false)
        #expect(mentions("Japan's former prime minister criticised China.").first?.2 == false)
        #expect(mentions("Ex-president Trump praised Putin.").first?.2 == false)
        #expect(mentions("President Trump praised Putin.").first?.2 == true)
    }

    @Test func placeNamesContainingActorNamesAreNoActors() {
        #expect(mentions("Ships crossed the Taiwan Strait and the South China Sea.").isEmpty)
    }

    @Test func capitalsAndSeatsStandForTheState() {
        #expect(mentions("Moscow and the Kremlin").map(\.1) == ["RUS", "RUS"])
    }

    @Test func pronounsResolveToTheSubject() {
        let found = mentions("Spain said it would act.")
        #expect(found.map(\.1) == ["ESP", "ESP"])
    }
}
