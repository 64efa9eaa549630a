@testable import StanceExtraction
import Testing

/// Whom a stance is about: the object and its owner, past prepositions,
/// with its conjuncts; the antecedent of an object relative; the owner of
/// an act named before; what a denial rejects.
extension RuleTables {
    static let targets: [RuleCase] = [
        // complement: a warning is about the subject of the clause it reports.
        .fires(.complement, "Estonia warned that Russia was massing troops on the border.", ["EST warns RUS"]),
        .fires(.complement, "Jordan voiced concern that Syria would close the crossing.", ["JOR warns SYR"]),
        .fires(.complement, "Jordan voiced concern on Monday that Syria would close the crossing.", ["JOR warns SYR"]),
        .misses(.complement, "Estonia warned Russia that the border would stay shut.", ["EST warns RUS"]),
        // The owner opening the reported subject; the holder's own deed is about its object.
        .fires(.complement, "Beijing warned that Taipei's independence push would lead to war.", ["CHN warns TWN"]),
        .fires(.complement, "Ankara warned it could block Stockholm's bid.", ["TUR warns SWE"]),
        .misses(.complement, "Estonia warned it was ready.", []),

        .fires(.complement, "Beijing hit back, saying Manila had provoked the clash.", ["CHN opposes PHL"]),

        // object: the author of the object, named in a passive relative clause.
        .fires(.object, "Cuba and Iran vetoed the draft, which was proposed by Haiti and Peru.",
               ["CUB opposes HTI", "CUB opposes PER", "IRN opposes HTI", "IRN opposes PER"]),
        .misses(.object, "Kenya criticised the attack, which was condemned by Uganda.", []),
        // object: a participle past the object's head starts its own clause.
        .misses(.object, "Cuba vetoed a statement condemning Haiti.", []),
        // The author named in a reduced passive relative after the object.
        .fires(.object, "Somalia rejected a truce plan put forward by Kenya and Uganda.", ["SOM opposes KEN", "SOM opposes UGA"]),
        .fires(.object, "Chad condemned the raid carried out by Sudan's army.", ["TCD opposes SDN"]),
        // An owner after "that" is no conjunct of the objects.
        .fires(.object, "Iran warned Oman and Qatar that their joint drills risked a clash.", ["IRN warns OMN", "IRN warns QAT"]),
        // "its neighbour": someone related to the owner, not the owner.
        .fires(.object, "At the African Union, Kenya rebuked Somalia's leaders, accusing its neighbour of meddling.",
               ["KEN opposes SOM"]),
        // A time adverbial between the cue and its object is passed over.
        .fires(.object, "Ghana voiced deep concern on Friday over reports of raids by Togo's army.", ["GHA warns TGO"]),
        .fires(.object, "Oman expressed alarm earlier this week at the seizure of a tanker by Yemen's rebels.", ["OMN warns YEM"]),
        .misses(.object, "Ghana voiced concern on Togo's behalf over the floods.", []),
        // The holder's own name in a cue's gap is no target.
        .fires(.object, "Macron, who visited Kyiv, reaffirmed France's support for Ukraine.", ["FRA supports UKR"]),
        .fires(.object, "Laos supported the multilateral trading system of ASEAN.", ["LAO supports ASEAN"]),
        // agreement: "the deal" refers to the parties of the last agreement.
        .fires(.agreement, "Chad and Niger signed a defence pact. Mali welcomed the deal.",
               ["TCD supports NER", "NER supports TCD", "MLI supports TCD", "MLI supports NER"]),
        .fires(.agreement, "Fiji signed a trade agreement with Tonga. Samoa criticised the agreement.",
               ["FJI supports TON", "WSM opposes FJI", "WSM opposes TON"]),
        // No agreement reported before, or a deal named with its own actor.
        .misses(.agreement, "Chad and Niger held talks. Mali welcomed the deal.", []),
        // Normalising relations is an agreement; one the article keeps
        // naming stays the one "the deal" means, however far back it began.
        .fires(.agreement, "Bahrain agreed to normalise relations with Qatar. Oman welcomed the deal.",
               ["BHR supports QAT", "OMN supports BHR", "OMN supports QAT"]),
        .fires(.agreement, "Bahrain agreed to normalise relations with Qatar. Egypt met. Peru met. "
               + "Egypt said the agreement was historic. Chile met. Cuba met. Laos met. Oman welcomed the deal.",
               ["BHR supports QAT", "OMN supports BHR", "OMN supports QAT"]),
        .misses(.agreement, "Bahrain agreed to normalise relations with Qatar. Egypt met. Peru met. "
                + "Egypt met. Chile met. Cuba met. Laos met. Oman welcomed the deal.", ["BHR supports QAT"]),
        .misses(.agreement, "Chad and Niger signed a pact. Mali welcomed the US-brokered deal.",
                ["TCD supports NER", "NER supports TCD"], implied: ["MLI supports USA"]),
        // act: a definite phrase whose noun was named before with an owner.
        .fires(.act, "President Tsai's visit to Guatemala went ahead. China condemned the visit.", ["CHN opposes TWN"]),
        // An act in apposition to the main clause is its subject's.
        .fires(.act, "Peru closed its border, a decision that Chile condemned.", ["CHL opposes PER"]),
        // An act named earlier in the same sentence, by another noun or by its doer's clause.
        .fires(.act, "After the Turkish raid on Sinjar, Iraq condemned the attack and summoned an envoy.", ["IRQ opposes TUR"]),
        .fires(.act, "A Russian spy plane entered Finland's airspace, and Helsinki protested the move.", ["FIN opposes RUS"]),
        .misses(.act, "Peru met Chile in Lima, and Bolivia condemned the attack on its embassy.", []),
        // A cue with no object answers the act a fronted phrase names.
        .fires(.act, "Over Russia's missile test, Norway protested.", ["NOR opposes RUS"]),
        .misses(.act, "After talks with Peru, Chile protested.", []),
        .fires(.act, "Peru closed its border, a move welcomed by Bolivia.", ["BOL supports PER"]),
        .misses(.act, "Peru closed its border, and Chile condemned Bolivia.", ["CHL opposes BOL"]),
        .fires(.act, "The seizure of the ship by Iran was confirmed. Britain denounced the seizure.", ["GBR opposes IRN"]),
        .misses(.act, "China condemned the visit.", []),
        // An act named with its own target refers to no earlier act.
        .misses(.act, "India struck Pakistan. Iran condemned the attack on Syria.", ["IND opposes PAK"]),

        // condition: a threat is aimed at whom its condition is up to.
        .fires(.condition, "Iran threatened to halt talks unless Iraq accepted its terms.", ["IRN warns IRQ"]),
        .fires(.condition, "Belarus will take retaliatory measures if Poland closes the border, Minsk said.", ["BLR warns POL"]),
        .fires(.condition, "Russia threatened to stop negotiations if the United States deploys missiles.",
               ["RUS warns USA"]),
        .misses(.condition, "Greece warned Turkey that it would respond if provoked.", ["GRC warns TUR"]),

        // Possession: a stance on a thing is a stance toward its owner.
        .fires(.object, "Qatar criticised the Saudi minister's remarks.", ["QAT opposes SAU"]),
        .fires(.object, "Moldova criticised the remarks of the Russian foreign minister.", ["MDA opposes RUS"]),
        .fires(.object, "China slammed Tokyo over its drills.", ["CHN opposes JPN"]),
        .fires(.object, "France backed Spain's claim over the islands.", ["FRA supports ESP"]),
        .fires(.object, "Russia and China vetoed the draft tabled by France.", ["RUS opposes FRA", "CHN opposes FRA"]),
        // Prepositions: a place, or what an act is done to, is no target.
        .misses(.object, "Peru condemned a coup in Bolivia.", []),
        .misses(.object, "Germany condemned the attack on Ukraine.", []),
        .fires(.object, "Germany condemned the Russian attack on Ukraine.", ["DEU opposes RUS"],
               implied: ["RUS opposes UKR"]),
        // Coordination: each conjunct of the object, and no conjunct of a new clause.
        .fires(.object, "Kazakhstan praised Uzbekistan, Kyrgyzstan and Tajikistan.",
               ["KAZ supports UZB", "KAZ supports KGZ", "KAZ supports TJK"]),
        .fires(.object, "Venezuela accused Guyana and the United States of provocations.",
               ["VEN opposes GUY", "VEN opposes USA"]),
        .fires(.object, "Russia condemned Ukraine, and China called for calm.", ["RUS opposes UKR"]),
        .fires(.object, "Russia condemned Ukraine, and China backed Belarus.", ["RUS opposes UKR", "CHN supports BLR"]),
        // A verb shared after "and" takes the subject of the nearest clause.
        .fires(.sharedSubject, "Chad is wary, and Niger urged Chad to halt the raids and respect Mali's borders.",
               ["NER opposes TCD", "NER supports MLI"]),
        .fires(.sharedSubject, "Benin, Togo and Ghana met and backed Niger.", ["BEN supports NER", "TGO supports NER", "GHA supports NER"]),
        // What an object's noun would do, and a second verb's object, are no target.
        .misses(.object, "Chad and Mali rejected the plan to move Sudanese refugees.", []),
        .misses(.object, "Chad rejected calls to sanction Niger.", []),
        // A noun of content leads on to what its "that" clause is about.
        .fires(.subject, "Chad said it was deeply concerned by reports that Libya was arming rebels.", ["TCD warns LBY"]),
        .fires(.subject, "Chad welcomed news that Niger had freed the hostages.", ["TCD supports NER"]),
        .fires(.object, "Chad lashed out at the donors and praised Niger.", ["TCD supports NER"]),
        .fires(.object, "Chad backed the talks and respected AU rules.", ["TCD supports AU"]),
        // A warning about what the target may do is a warning to it.
        .fires(.condition, "Egypt warned of consequences if Ethiopia fills the dam.", ["EGY warns ETH"]),

        // relative: "Putin, whom he praised".
        .fires(.relative, "Cuba, which Mexico supports, criticised the United States.",
               ["MEX supports CUB", "CUB opposes USA"]),
        .fires(.relative, "Serbia hosted Xi Jinping, whom Belgrade hailed as a friend.", ["SRB supports CHN"]),
        // An act owned or modified by an actor is the relative's antecedent.
        .fires(.relative, "The Eritrean offensive, which Djibouti condemned, lasted a week.", ["DJI opposes ERI"]),
        .misses(.relative, "The Eritrean port, which Djibouti visited, is small.", []),
        .fires(.relative, "Hungarian Prime Minister Viktor Orban met Putin, whom he praised.", ["HUN supports RUS"]),
        // A subject relative is the subject, not the target.
        .misses(.relative, "Venezuela criticised Brazil, a regional power that has condemned Caracas.",
                ["VEN opposes BRA", "BRA opposes VEN"]),

        // act: "slammed the seizure" opposes whoever did it.
        .fires(.act, "Iran seized a British tanker. Britain slammed the seizure.", ["GBR opposes IRN"],
               implied: ["IRN opposes GBR"]),
        .fires(.act, "Wellington accused Beijing of hacking. Canberra condemned the activity.",
               ["NZL opposes CHN", "AUS opposes CHN"]),
        .fires(.accuser, "Lithuania accused Belarus of staging the crisis. Minsk rejected the accusation.",
               ["LTU opposes BLR", "BLR opposes LTU"]),
        .fires(.act, "Iran seized a British tanker. The seizure was denounced by France.", ["FRA opposes IRN"],
               implied: ["IRN opposes GBR"]),
        .misses(.act, "Peru condemned Chile's decision to close the border.", ["PER opposes CHL"]),
        // shared-target: a warning with no object is aimed at whom its holder just opposed.
        .fires(.sharedTarget, "Britain condemned Iran's seizure of the tanker and warned of serious consequences.",
               ["GBR opposes IRN", "GBR warns IRN"]),
        .fires(.sharedTarget, "The Dutch minister criticised Russia on Monday and warned of further measures.",
               ["NLD opposes RUS", "NLD warns RUS"]),
        // Only the same holder, in the same sentence.
        .misses(.sharedTarget, "Peru criticised Chile. Bolivia warned of further measures.", ["PER opposes CHL"]),
        .misses(.sharedTarget, "Peru criticised Chile, and Bolivia warned of further measures.", ["PER opposes CHL"]),
        // With no hostile act reported, the subject of the sentence before did it.
        .fires(.act, "Japan raised its defence budget. China criticised the decision.", ["CHN opposes JPN"]),
        .fires(.reaction, "Cuba was added to a list. The move was met with anger by Venezuela.", ["VEN opposes CUB"]),
        // A body opening the subject that a noun after it heads.
        .fires(.reaction, "Beijing's new coast guard rules drew protests from Hanoi.", ["VNM opposes CHN"]),
        .misses(.reaction, "Lima said such a step enjoyed support from Quito and Bogota.", []),
        // Only the sentence right before, and a reported act comes first.
        .misses(.act, "Japan raised its defence budget. Talks were held in Oslo. China criticised the decision.", []),
        .fires(.act, "Iran seized a British tanker. Kenya held talks. Britain slammed the seizure.",
               ["GBR opposes IRN"], implied: ["IRN opposes GBR"]),

        // Denials: an act denied is no stance toward those it involves; an accusation denied opposes the accuser.
        .misses(.act, "Iran denied supplying drones to Russia.", []),
        .fires(.object, "Iran denied the accusation by Kyiv.", ["IRN opposes UKR"]),
        .fires(.object, "Iran dismissed Ukraine's claims.", ["IRN opposes UKR"]),
    ]
}

@Suite("Rules: targets")
struct TargetRuleTests {
    @Test(arguments: RuleTables.targets)
    func targets(_ row: RuleCase) { row.check() }
}
