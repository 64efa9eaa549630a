import StanceModel
import StanceOntology
import Testing
@testable import StanceExtraction

/// What the discourse remembers grows with the distinct things an article
/// said, not with its findings (issue 11): the rules' context holds a copy
/// of it, so every finding copied the lists, and an article repeating
/// "Russia condemned China. " 40,000 times took 46 s. Counted, not timed.
@Suite struct DiscourseGrowthTests {
    static func note(_ words: [String], relation: Relation, kind: CueEntry.Kind, source: String, target: String,
                     into discourse: inout Discourse) {
        let entry = CueEntry(relation: relation, kind: kind, pattern: words.joined(separator: " "))
        let cue = CueMatch(entry: entry, words: words, start: 1, end: 2, gaps: [])
        let finding = StanceFinding(key: EdgeKey(source: source, relation: relation, target: target),
                                    sentence: 0..<4, cue: words[0], rule: "verb:subject-object", speaker: nil)
        discourse.note(cue, found: [finding], holder: source, vocabulary: TestSupport.extractor.vocabulary)
    }

    @Test func repeatedSentencesKeepTheListsShort() {
        var discourse = Discourse()
        for sentence in 0..<5_000 {
            discourse.startSentence(sentence)
            Self.note(["condemn"], relation: .opposes, kind: .verb, source: "RUS", target: "CHN", into: &discourse)
            Self.note(["seize"], relation: .opposes, kind: .verb, source: "IRN", target: "GBR", into: &discourse)
            Self.note(["demand"], relation: .opposes, kind: .verb, source: "CHN", target: "JPN", into: &discourse)
            Self.note(["accuse"], relation: .opposes, kind: .verb, source: "UKR", target: "IRN", into: &discourse)
            Self.note(["sign", "*", "agreement"], relation: .supports, kind: .verb, source: "TCD", target: "NER",
                      into: &discourse)
        }
        #expect(discourse.acts.count <= 4 * 4, "\(discourse.acts.count) acts remembered")
        #expect(discourse.demands.count <= 1 && discourse.accusations.count <= 1 && discourse.agreements.count <= 1)
        // What is read is what it was: the latest of each.
        #expect(discourse.actOwner(against: ["GBR"]) == "IRN")
        #expect(discourse.opponent(of: ["CHN"]) == "RUS")
        #expect(discourse.demander(of: ["JPN"]) == "CHN")
        #expect(discourse.accuser(of: ["IRN"]) == "UKR")
        #expect(discourse.agreementParties(besides: ["TCD"]) == ["NER"])
    }
}
