@testable import StanceExtraction
import StanceGraph
import Testing

/// People introduced by an apposition that names a body or office of one
/// state speak for it in the rest of the article; academics and party
/// officials do not. All names and sentences are made up for the tests.
@Suite("People learned from appositions")
struct PersonLearnerTests {
    let extractor = TestSupport.extractor

    /// The mentions of people the learner added, as "surface ACTOR".
    func people(_ text: String, heads: Bool) -> [String] {
        var tokens = Tokenizer.tokenize(scalars: Array(text.unicodeScalars))
        extractor.words.label(&tokens)
        var mentions = extractor.mentionFinder.find(in: tokens)
        var learner = PersonLearner(honorifics: Set(TestSupport.ontology.language[.honorifics]))
        if heads { learner.heads = extractor.lexicon.agentHeads }
        learner.learn(tokens: tokens, mentions: &mentions)
        return mentions.filter { $0.form == .official }.map { m in
            "\(MentionFinder.surface(tokens, m.start, m.end)) \(m.actor ?? "-")"
        }
    }

    /// Appositions whose own actor phrase is headed: learned with or
    /// without the head list.
    static let headed: [(String, [String])] = [
        ("Maria Lopez, a spokeswoman for the Chilean foreign ministry, criticised the vote. Lopez said it was unfair.",
         ["Maria Lopez CHL", "Lopez CHL"]),
        ("Ahmed Said, deputy head of Egypt's delegation, spoke first. Mr Said rejected the plan.",
         ["Ahmed Said EGY", "Mr Said EGY"]),
        ("The plan was criticised by Tomas Varga, an official at Hungary's embassy. Varga left.",
         ["Tomas Varga HUN", "Varga HUN"]),
        ("Ana Duarte, the Portuguese foreign minister, arrived. Duarte met envoys.",
         ["Ana Duarte PRT", "Duarte PRT"]),
    ]

    @Test(arguments: headed)
    func headedAppositionsTeachTheirActor(text: String, expected: [String]) {
        #expect(people(text, heads: false) == expected)
        #expect(people(text, heads: true) == expected)
    }

    /// Appositions whose head stands apart from the actor's name: learned
    /// once the learner has the ontology's heads.
    static let apart: [(String, [String])] = [
        ("Choe Jin, a director at a Foreign Ministry think tank in Pyongyang, said the drills were reckless. Choe said talks were over.",
         ["Choe Jin PRK", "Choe PRK"]),
        ("\"We will not accept it,\" said Lena Moravec, a spokeswoman for the embassy in Prague.",
         ["Lena Moravec CZE"]),
    ]

    @Test(arguments: apart)
    func appositionsWithAHeadTeachTheirActor(text: String, expected: [String]) {
        #expect(people(text, heads: true) == expected)
        #expect(people(text, heads: false).isEmpty)
    }

    /// Appositions that teach nothing.
    static let nothing: [String] = [
        // No body that speaks for a state.
        "Jane Doe, a professor at Tokyo University, said the plan was wrong. Doe left.",
        "Omar Haddad, an analyst in Amman, said the talks had failed.",
        // A party inside the state, named only through its owner.
        "Lee Min, a spokeswoman for South Korea's ruling party, said the vote was unfair.",
        // Two actors.
        "Anna Berg, an envoy of Sweden to Chile, arrived.",
        "Tomas Varga, an official at Hungary's embassy in Vienna, left.",
        // Not an apposition: a time phrase, a clause, a relative clause.
        "Last Tuesday, a spokeswoman for the Chilean foreign ministry spoke.",
        "Peter Hale, the Chilean foreign ministry said, was detained.",
        "Peter Hale, a diplomat who served in Chile, retired.",
        // One word is no introduction.
        "Elsewhere, the Chilean foreign ministry protested.",
    ]

    @Test(arguments: nothing)
    func otherAppositionsTeachNothing(text: String) {
        #expect(people(text, heads: true).isEmpty, "\(text)")
    }

    @Test func aFirstWordSharedWithAnotherActorsOfficialStaysUnresolved() {
        let text = "Kim Min-ho, a spokesman for South Korea's defence ministry, said Kim Jong Un was wrong. Kim said more."
        let found = people(text, heads: true)
        #expect(found.contains("Kim Min-ho KOR"))
        #expect(!found.contains("Kim KOR"))
    }

    /// Through the whole extractor: the learned person holds the stance.
    static let edges: [(String, Set<String>)] = [
        ("Maria Lopez, a spokeswoman for the Chilean foreign ministry, spoke on Monday. Lopez condemned Argentina's decision.",
         ["CHL opposes ARG"]),
        ("Jane Doe, a professor at Tokyo University, spoke on Monday. Doe condemned Argentina's decision.", []),
    ]

    @Test(arguments: edges)
    func learnedPeopleHoldStances(text: String, expected: Set<String>) {
        let found = extractor.analyze(text).findings.map { "\($0.key.source) \($0.key.relation.rawValue) \($0.key.target)" }
        #expect(Set(found) == expected)
    }
}
