@testable import StanceExtraction
import Testing

/// What earlier sentences set up: a refusal answers the demand made of the
/// refuser, a denial answers the accusation made against the denier.
extension RuleTables {
    static let discourse: [RuleCase] = [
        .fires(.accuser, "Canada accused India of plotting the attack, an allegation India rejected as absurd.",
               ["CAN opposes IND", "IND opposes CAN"]),
        // demander: "X demanded that Y ...; Y refused".
        .fires(.demander, "China demanded that Japan retract the remarks. Tokyo refused.",
               ["CHN opposes JPN", "JPN opposes CHN"]),
        .fires(.demander, "Egypt demanded that Ethiopia halt the filling. Addis Ababa refused to do so.",
               ["EGY opposes ETH", "ETH opposes EGY"]),
        .fires(.demander, "Kenya demanded that Somalia retract the claim. Mogadishu declined.",
               ["KEN opposes SOM", "SOM opposes KEN"]),
        .fires(.demander, "Turkey demanded that Greece withdraw its ships, something Athens refused to do.",
               ["TUR opposes GRC", "GRC opposes TUR"]),
        .misses(.demander, "Canada refused to comment.", []),
        // Refusing to deal with someone rebuffs them: the object, not a demander.
        .misses(.demander, "Brazil refused to support Argentina.", ["BRA opposes ARG"]),
        .misses(.demander, "Malawi refused to meet the Zambian envoy.", ["MWI opposes ZMB"]),
        // A bystander declining to comment refuses no demand.
        .misses(.demander, "Chile demanded that Peru withdraw its troops. Bolivia refused to comment.",
                ["CHL opposes PER"]),

        // accuser: "X accused Y ...; Y denied the accusation".
        .fires(.accuser, "Kyiv accused Tehran of supplying drones. Iran denied the accusation.",
               ["UKR opposes IRN", "IRN opposes UKR"]),
        .fires(.accuser, "Sudan blamed Chad for the attacks. Chad denied the allegation.",
               ["SDN opposes TCD", "TCD opposes SDN"]),
        .fires(.accuser, "Estonia accused Russia of jamming signals. Moscow dismissed the accusation as absurd.",
               ["EST opposes RUS", "RUS opposes EST"]),
        .fires(.accuser, "Ukraine accused Iran of arming Russia. Russia denied the accusation.",
               ["UKR opposes IRN", "RUS opposes UKR"]),
        // Co-accusers of one accusation are all answered.
        .fires(.accuser, "Benin, Togo and Ghana accused Burkina Faso of shielding gunmen. Ouagadougou rejected the charges.",
               ["BEN opposes BFA", "TGO opposes BFA", "GHA opposes BFA", "BFA opposes BEN", "BFA opposes TGO", "BFA opposes GHA"]),
        // The accuser is named: the object route finds it.
        .misses(.accuser, "Iran denied the accusation by Kyiv.", ["IRN opposes UKR"]),
        // No accusation was reported: no accuser to oppose.
        .misses(.accuser, "Belarus rejected the accusation.", []),
        // A deed done to someone else accuses no one.
        .misses(.accuser, "Kyiv shelled the plant. India rejected the allegation.", []),
        // An act denied is no stance toward those it involves.
        .misses(.accuser, "Iran denied supplying drones to Russia.", []),
    ]
}

@Suite("Rules: discourse")
struct DiscourseRuleTests {
    @Test(arguments: RuleTables.discourse)
    func discourse(_ row: RuleCase) { row.check() }
}

/// What the discourse remembers stays bounded, so that an article's time
/// grows with its length only (issue 11: a 3 MB page of names and cues made
/// every sentence copy every act before it).
@Suite struct DiscourseMemoryTests {
    @Test func onlyWhatRulesLookBackToIsKept() {
        var discourse = Discourse()
        for sentence in 0..<1_000 {
            discourse.startSentence(sentence)
            discourse.acts.append(("RUS", "UKR", sentence, false))
            discourse.demands.append(("CHN", "JPN"))
            discourse.accusations.append(("UKR", "IRN"))
            discourse.agreements = [(["TCD", "NER"], sentence)]  // as `note` records one
        }
        discourse.startSentence(1_000)
        // Acts of the last three sentences, one agreement, the latest demands
        // and accusations.
        #expect(discourse.acts.map(\.sentence) == [997, 998, 999])
        #expect(discourse.agreements.count == 1 && discourse.agreements[0].sentence == 999)
        #expect(discourse.demands.count == Discourse.remembered)
        #expect(discourse.accusations.count == Discourse.remembered)
        // What the rules ask is answered as before.
        #expect(discourse.actOwner(against: ["CHN"]) == "UKR")  // a stance points at its target
        #expect(discourse.demander(of: ["JPN"]) == "CHN")
        #expect(discourse.accuser(of: ["IRN"]) == "UKR")
        // Long after the last act none is kept, and the subject of a
        // sentence still counts.
        discourse.startSentence(2_000)
        #expect(discourse.acts.isEmpty)
        discourse.noteSubject("FRA")
        #expect(discourse.lastSubject?.actor == "FRA")
    }

    @Test func aDemandManySentencesBackIsStillAnswered() {
        let filler = Array(repeating: "The talks went on for hours.", count: 60).joined(separator: " ")
        RuleCase.fires(.demander, "China demanded that Japan retract the remarks. \(filler) Tokyo refused.",
                       ["CHN opposes JPN", "JPN opposes CHN"]).check()
    }
}
