@testable import StanceExtraction
import Testing

/// Noun cues: held by their owner, a modifying actor, the clause's subject,
/// the main subject after a fronted phrase, or the subject before "but".
extension RuleTables {
    static let nouns: [RuleCase] = [
        // owner: "Moscow's backing of Beijing".
        .fires(.owner, "Australia's backing of New Zealand surprised few.", ["AUS supports NZL"]),
        .fires(.owner, "Thailand expressed its opposition to Myanmar's plan.", ["THA opposes MMR"]),
        .fires(.owner, "Seoul's warning to Pyongyang came hours later.", ["KOR warns PRK"]),
        .fires(.owner, "\"Our support for Armenia is unwavering,\" the Greek foreign minister said.", ["GRC supports ARM"]),
        .fires(.owner, "The EU's sanctions on Belarus took effect.", ["EU opposes BLR"]),
        .misses(.owner, "Support for Denmark in Canada is rising.", []),
        // An accusation's owner opposes whom it is about; a rejected one states nothing of them.
        .fires(.owner, "Hanoi repeated its accusation that Beijing was blocking the fishing boats.", ["VNM opposes CHN"]),
        .misses(.owner, "Chile rejected allegations that Peru had armed the rebels.", []),

        // modifier: "Russian support for Serbia".
        .fires(.modifier, "Russian support for Serbia has grown.", ["RUS supports SRB"]),
        // agent: the actor after "from" or "by" holds a noun with no owner.
        .fires(.agent, "Support for Ukraine from Poland remains strong.", ["POL supports UKR"]),
        .fires(.agent, "The sanctions on Iran by the US hurt.", ["USA opposes IRN"]),
        .misses(.agent, "Support from Polish farmers for Ukraine waned.", []),
        .fires(.owner, "Kuwait's congratulations to Egypt arrived on Monday.", ["KWT supports EGY"]),
        .fires(.modifier, "The American embargo against Cuba remains in place.", ["USA opposes CUB"]),
        .fires(.modifier, "Turkish airstrikes on Syria continued.", [], implied: ["TUR opposes SYR"]),
        // After a light verb the modifier names a forum; the subject complains.
        .misses(.modifier, "Ethiopia filed WTO complaints against Egypt.", ["ETH opposes EGY"]),

        // clause subject: "Oslo issued a warning to Reykjavik".
        .fires(.nounSubject, "Australia issued a warning to China over the flights.", ["AUS warns CHN"]),
        .fires(.nounSubject, "Ethiopia filed WTO complaints against Egypt.", ["ETH opposes EGY"]),
        .fires(.nounSubject, "Ghana lodged a formal protest against Nigeria.", ["GHA opposes NGA"]),
        // Measures named as such.
        .fires(.nounSubject, "Togo announced a slew of actions against Benin's junta.", ["TGO opposes BEN"]),
        .fires(.nounSubject, "Togo said new tariffs on Beninese cotton would follow.", ["TGO opposes BEN"]),
        // "in favour of": the side chosen is the subject's, even after a
        // cut, and the actor before the phrase is no owner of it.
        .fires(.nounSubject, "Nauru severed ties with Taiwan in favour of China.", ["NRU opposes TWN", "NRU supports CHN"]),
        .fires(.nounSubject, "Kiribati dropped Taiwan in favor of China.", ["KIR supports CHN"]),
        .misses(.modifier, "Kiribati dropped Taiwan in favor of China.", ["KIR supports CHN"]),
        // Every conjunct of the subject holds, and a classifying body before
        // the names ("NATO members") holds nothing.
        .fires(.nounSubject, "NATO members Norway, Iceland and Denmark cited the growing threat from Russia.",
               ["NOR warns RUS", "ISL warns RUS", "DNK warns RUS"]),
        // A stance named after "against" is the opponents', not the subject's.
        .misses(.nounSubject, "Kenya defended Uganda against Western criticism of its elections.", ["KEN supports UGA"]),
        // A show of force around another; joint drills near a place are no warning.
        .fires(.nounSubject, "China held large drills around Taiwan on Monday.", ["CHN warns TWN"]),
        .fires(.modifier, "Russian exercises near Norway's coast continued.", ["RUS warns NOR"]),
        .misses(.nounSubject, "Egypt and Jordan held joint drills near Aqaba.", ["EGY supports JOR", "JOR supports EGY"]),
        // An act alleged of the accused is no stance of the accuser's.
        .misses(.nounSubject, "Minsk accused Vilnius of staging provocative drills near its border.", ["BLR opposes LTU"]),
        // A noun of action is held by its named owner only, never by whoever reports it.
        .misses(.nounSubject, "Iraq protested the airstrikes on Syria.", []),

        // fronted: "Alongside its support for X, Y ...".
        .fires(.fronted, "Alongside its support for Kenya, Uganda sent troops to Somalia.", ["UGA supports KEN"]),
        .fires(.fronted, "In a warning to Belgrade, Croatia moved troops to the border.", ["HRV warns SRB"]),
        .fires(.fronted, "In a rare rebuke to Israel, Germany delayed the shipment.", ["DEU opposes ISR"]),
        .fires(.fronted, "Despite its criticism of Israel, Germany approved the shipment.", ["DEU opposes ISR"]),
        .misses(.fronted, "In Canada, support for Denmark is rising.", []),

        // reported speaker: a noun predicated of no actor inside what a speaker says.
        .fires(.reportedNoun, "\"The flotilla is a plain warning to Fiji,\" the Tongan envoy said.", ["TON warns FJI"]),
        .fires(.reportedNoun, "The new levies were a rebuke to Chile, Bolivia's trade minister said.", ["BOL opposes CHL"]),
        .fires(.reportedNoun, "The new port fees are pressure on Nepal, the Indian envoy said.", ["IND opposes NPL"]),
        // Not predicated: the noun is what the sentence is about, not what the speaker says of it.
        .misses(.reportedNoun, "\"Support for Tonga is growing in Fiji,\" the Samoan envoy said.", []),
        // A noun of action is its owner's act, never the speaker's.
        .misses(.reportedNoun, "\"The raids on Chad were a crime,\" the Sudanese envoy said.", []),

        // elided subject: "... but still seeks closer cooperation with X".
        .fires(.elidedSubject, "Norway keeps its distance, but is ready for cooperation with Iceland.", ["NOR supports ISL"]),
        .fires(.elidedSubject, "Egypt stays neutral but favours an alliance with Sudan.", ["EGY supports SDN"]),
        .fires(.elidedSubject, "Japan keeps its troops home but wants closer cooperation with India.", ["JPN supports IND"]),
        .misses(.elidedSubject, "Norway keeps its distance, but Sweden is ready for cooperation with Iceland.",
                ["SWE supports ISL"]),
    ]
}

@Suite("Rules: nouns")
struct NounRuleTests {
    @Test(arguments: RuleTables.nouns)
    func nouns(_ row: RuleCase) { row.check() }
}
