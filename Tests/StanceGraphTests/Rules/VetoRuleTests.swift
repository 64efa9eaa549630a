@testable import StanceExtraction
import Testing

/// Vetoes (a cue that states no stance here) and the announced-force shift
/// (a threat of force warns, it does not act). A veto "fires" when the trace
/// shows a cue "vetoed: <veto>".
extension RuleTables {
    static let vetoes: [RuleCase] = [
        // negation: "does not support", "halted aid to", "failed to reach".
        .fires(.negation, "Japan did not condemn China.", []),
        .fires(.negation, "Estonia has never supported Latvia's bid.", []),
        .fires(.negation, "Chile said it would not back Peru.", []),
        .fires(.negation, "Kenya failed to reach an agreement with Somalia.", []),
        .fires(.negation, "Neither Chile nor Peru backed Bolivia.", []),
        // The aid is undone; halting it is itself the opposition.
        .fires(.negation, "Japan halted economic aid to Serbia.", ["JPN opposes SRB"]),
        // Reconsidering a tie undoes it for now.
        .fires(.negation, "Fiji said it would reassess its policing cooperation with China.", []),
        // A two-word reversal undoes only with its particle: "the ruling" is a noun.
        .fires(.negation, "Lisbon has ruled out any new aid to Angola.", []),
        // Declining to speak refuses nobody; a quoted "no" modifies, it does not negate.
        .fires(.negation, "Hanoi declined to comment on Laos's dam plan.", []),
        .misses(.negation, "Laos and Thailand praised their \"no borders\" trade partnership.", ["LAO supports THA", "THA supports LAO"]),
        .misses(.negation, "Lisbon called the ruling a gesture of support for Angola.", ["PRT supports AGO"]),
        // Ending an alliance cuts ties: a diplomatic measure, `opposes`.
        .fires(.subject, "Peru ended its alliance with Chile.", ["PER opposes CHL"]),
        // A cue that spells its negator is the negative stance itself.
        .misses(.negation, "Armenia has not recognised Azerbaijan's claim.", ["ARM opposes AZE"]),
        .misses(.negation, "Sweden refused to rule out force against Russia.", ["SWE warns RUS"]),

        // question: "Will X back Y?"
        .fires(.question, "Will Italy back France?", []),
        .fires(.question, "Why did Qatar condemn Bahrain?", []),
        .fires(.question, "Does Spain support Morocco's plan?", []),
        .misses(.question, "Italy backed France. Will Spain follow?", ["ITA supports FRA"]),
        .misses(.question, "Italy backs France — what comes next?", ["ITA supports FRA"]),

        // condition: "if X attacks Y" states no stance between X and Y.
        .fires(.conditional, "Chile will respond if Peru attacks Bolivia.", [], implied: ["CHL warns PER"]),
        .fires(.conditional, "Malaysia will retaliate if Singapore backs Indonesia.", [], implied: ["MYS warns SGP"]),
        // An open question states no stance either.
        .fires(.conditional, "It is unclear whether Egypt will back Sudan.", []),
        .fires(.conditional, "Estonia asked if Latvia backs Lithuania.", []),
        .misses(.conditional, "Azerbaijan will strike Armenia if talks fail.", ["AZE warns ARM"]),
        .misses(.conditional, "If talks fail, Azerbaijan will strike Armenia.", ["AZE warns ARM"]),

        // governed cue: an act inside a threat, a relation a verb is about.
        // An intent undone states no stance.
        .fires(.negation, "Slovakia abandoned its plan to sanction Hungary.", []),
        .fires(.negation, "Slovakia dropped a bid to expel Hungary's envoy.", []),
        .fires(.infinitive, "Slovakia announced its plan to sanction Hungary.", ["SVK opposes HUN"]),
        .fires(.negation, "Slovakia dropped its support for Hungary.", []),
        // A promise never to abandon supports.
        .fires(.subject, "Poland's president said Warsaw would never abandon Kyiv.", ["POL supports UKR"]),
        .fires(.governedCue, "Greece threatened to veto Turkey's bid.", ["GRC warns TUR"]),
        // "... and said": a reporting verb opens a predicate the rejection does not govern.
        .misses(.governedCue, "Ghana dismissed Mali's claims and said it remained ready to cooperate with Niger.",
                ["GHA opposes MLI", "GHA supports NER"]),
        .fires(.governedCue, "Iran threatened on Monday to strike Israel.", ["IRN warns ISR"]),
        .fires(.governedCue, "Ecuador welcomed the alliance between Peru and Chile.",
               ["ECU supports PER", "ECU supports CHL"]),
        .fires(.governedCue, "Norway threatened to cut ties with Iceland.", ["NOR warns ISL"]),
        // A veto, like a rejection, asserts nothing of what it kills.
        .fires(.governedCue, "Russia vetoed a draft resolution condemning Syria.", []),
        .misses(.governedCue, "Turkey criticised Greece and sanctioned Cyprus.", ["TUR opposes GRC", "TUR opposes CYP"]),
        // A new predicate after an adverb ends the threat's reach.
        .misses(.governedCue, "Chad threatened Niger and swiftly sanctioned Mali.", ["TCD warns NER", "TCD opposes MLI"]),
        // The act itself, not threatened: it opposes.
        .misses(.governedCue, "Iceland cut ties with Norway.", ["ISL opposes NOR"]),

        // noun use: a one-word verb cue used as a noun.
        .fires(.nounUse, "Kenya welcomed the support of Tanzania.", ["KEN supports TZA"]),
        .fires(.nounUse, "Iran said Israel will bear responsibility for the attack.", ["IRN warns ISR"]),
        .fires(.nounUse, "Sudan blamed Chad for the attacks.", ["SDN opposes TCD"]),
        .misses(.nounUse, "Sweden and Norway support Finland's bid.", ["SWE supports FIN", "NOR supports FIN"]),

        // unpredicated judgement: an attributive judgement judges nobody.
        .fires(.unpredicatedJudgement, "Coast guards patrol against illegal fishing near Palau.", []),
        .fires(.unpredicatedJudgement, "Vietnam protested the illegal Chinese survey.", ["VNM opposes CHN"]),
        .misses(.unpredicatedJudgement, "Vietnam called the Chinese survey illegal.", ["VNM opposes CHN"]),

        // announced force: "will attack X" warns X.
        .fires(.announcedAct, "Iran vowed to strike Israel.", ["IRN warns ISR"]),
        // stated blame: responsibility stated, not announced, blames.
        .fires(.statedBlame, "Kenya said both Uganda and Sudan bear responsibility for the famine.",
               ["KEN opposes UGA", "KEN opposes SDN"]),
        .fires(.statedBlame, "Peru said Chile bore full responsibility for the clash.", ["PER opposes CHL"]),
        .misses(.statedBlame, "Peru said Chile will bear responsibility for any clash.", ["PER warns CHL"]),
        .fires(.announcedAct, "North Korea is ready to strike South Korea.", ["PRK warns KOR"]),
        .fires(.announcedAct, "Azerbaijan will strike Armenia if talks fail.", ["AZE warns ARM"]),
        // A reproach foretold warns; one stated reproaches.
        .fires(.announcedAct, "Serbia would be making a grave mistake if it recognised Kosovo, Moscow said.", ["RUS warns SRB"]),
        .misses(.announcedAct, "Serbia made a grave mistake, Moscow said.", ["RUS opposes SRB"]),
        // A strike done is an act (implied `opposes`), no threat.
        .misses(.announcedAct, "Iran struck Israel on Saturday.", [], implied: ["IRN opposes ISR"]),
    ]
}

@Suite("Rules: vetoes and shifts")
struct VetoRuleTests {
    @Test(arguments: RuleTables.vetoes)
    func vetoes(_ row: RuleCase) { row.check() }

    /// One sentence coordinating many predicates: each is its own, none is
    /// governed by the one before. (The fuzzer found such sentences slow when
    /// each cue rescanned the sentence for every earlier cue.)
    @Test func longCoordinationKeepsEveryPredicate() {
        let pairs = [("Peru", "Chile", "criticised", "PER opposes CHL"), ("Chile", "Kenya", "backed", "CHL supports KEN"),
                     ("Kenya", "Peru", "warned", "KEN warns PER")]
        var clauses: [String] = []
        var expected: Set<String> = []
        for i in 0..<60 {
            let (a, b, verb, edge) = pairs[i % pairs.count]
            clauses.append("\(a) \(verb) \(b)")
            expected.insert(edge)
        }
        let text = clauses.joined(separator: ", and ") + "."
        let found = Set(TestSupport.extractor.extract(text, article: "t").edges.keys.map(\.description))
        #expect(found == expected)
    }
}
