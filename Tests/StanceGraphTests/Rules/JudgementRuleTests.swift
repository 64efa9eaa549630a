@testable import StanceExtraction
import Testing

/// Judgements ("called X's drills provocative"), manners ("by force") and
/// verdicts ("X will pay a heavy price"): who judges and whom.
extension RuleTables {
    static let judgements: [RuleCase] = [
        // judge: the clause's subject judges.
        .fires(.judge, "Beijing called Manila's patrols illegal.", ["CHN opposes PHL"]),
        .fires(.judge, "Israel's foreign minister called the Spanish prime minister's remarks shameful.", ["ISR opposes ESP"]),
        .fires(.judge, "Paris called Berlin its closest ally.", ["FRA supports DEU"]),
        // possessor: a relational noun's owner toward whom it is predicated of.
        .fires(.possessor, "\"Russia is our enemy,\" the Lithuanian president said.", ["LTU opposes RUS"]),
        .fires(.possessor, "Khamenei said the US was Iran's main enemy.", ["IRN opposes USA"]),
        .fires(.possessor, "Japan remains America's closest ally in Asia.", ["USA supports JPN"]),
        .misses(.possessor, "Poland and its allies condemned Russia.", ["POL opposes RUS"]),
        .fires(.judge, "Spain described Morocco's actions as blackmail.", ["ESP opposes MAR"]),
        .fires(.judge, "Seoul called Tokyo's export curbs unfair.", ["KOR opposes JPN"]),
        // Naming the subject a danger warns.
        .fires(.judge, "Kenya called Uganda's drills a grave threat.", ["KEN warns UGA"]),
        .fires(.judge, "Gabon called Cameroon's vote a betrayal.", ["GAB opposes CMR"]),
        .fires(.quotedJudge, "\"Fiji's treatment of Tonga is a matter of deep concern,\" the Samoan premier said.",
               ["WSM warns FJI"]),
        .fires(.judge, "Turkey's defence minister said Greek moves in the Aegean were a threat to regional peace.",
               ["TUR warns GRC"]),
        .misses(.judge, "Seoul warned of unfair trade practices.", []),
        // Alarm predicated warns.
        .fires(.judge, "Tokyo called the Russian patrols deeply troubling.", ["JPN warns RUS"]),
        // A reporter's own scare-quoted adjective before a noun judges; a quoted gerund does not.
        .fires(.judge, "Vietnam's coast guard said the Chinese ship had made \"reckless and unlawful\" turns near the reef.",
               ["VNM opposes CHN"]),
        .fires(.unpredicatedJudgement, "Nicaragua accused Costa Rica of \"meddling\" in its affairs.", ["NIC opposes CRI"]),
        // "..., with the envoy calling X's actions reckless": the one before the naming verb judges.
        .fires(.judge, "Italy and Spain backed Malta, with the Greek envoy calling Turkey's moves \"reckless\".",
               ["ITA supports MLT", "ESP supports MLT", "GRC opposes TUR"]),
        // A danger predicated of the subject ("is", "poses") judges the
        // subject; whoever says so holds it, and the subject holds nothing.
        .fires(.quotedJudge, "Serbia is the gravest danger to the Balkans, the Croatian premier said.", ["HRV warns SRB"]),
        .fires(.judge, "Chad's army chief said Sudan posed a growing threat to the region.", ["TCD warns SDN"]),
        .misses(.judge, "Mali poses a direct threat to Niger.", []),
        .misses(.judge, "Mali issued a stern threat to Niger.", ["MLI warns NER"]),
        .fires(.judge, "China branded the Japanese vote illegitimate.", ["CHN opposes JPN"]),
        .fires(.judge, "Pakistan described India's move as reckless.", ["PAK opposes IND"]),
        .fires(.judge, "Tokyo called the Chinese patrols 'a violation of international law'.", ["JPN opposes CHN"]),
        .fires(.judge, "Kenya said Somalia's claims were baseless.", ["KEN opposes SOM"]),
        .fires(.judge, "Russia vowed to take Ukraine by force.", ["RUS warns UKR"]),
        // With "that" the judged clause has no subject of its own: the reporter judges.
        .misses(.judge, "Seoul said that Tokyo's claim was absurd.", ["KOR opposes JPN"]),

        // reporter-judge: "X said that Y's decision was unjustified".
        .fires(.reportedJudge, "Seoul said that Tokyo's claim was absurd.", ["KOR opposes JPN"]),
        .fires(.reportedJudge, "Hanoi said on Friday that the Chinese survey was illegal.", ["VNM opposes CHN"]),
        .fires(.reportedJudge, "Oslo said that Reykjavik's decision was unjustified.", ["NOR opposes ISL"]),
        // A noun judgement after a linking verb and an article is predicated;
        // in apposition it is background.
        .fires(.judge, "Egypt remains a key ally of Jordan.", ["EGY supports JOR"]),
        .misses(.judge, "Egypt, a key ally of Jordan, hosted the talks.", [], implied: ["EGY supports JOR"]),
        // Coordinated judges each judge; neither judges the other, nor does a
        // pronoun for them stand for the one judged.
        .fires(.judge, "Chile and Peru condemned what they called Bolivia's reckless claims.",
               ["CHL opposes BOL", "PER opposes BOL"]),
        // A passive verb of regarding: its agent judges the subject.
        .fires(.passiveJudge, "Kenya's troop deployment was viewed by Uganda as a provocation.", ["UGA opposes KEN"]),
        .fires(.passiveJudge, "Peru was regarded by Chile as a close partner.", ["CHL supports PER"]),
        .misses(.passiveJudge, "Japan viewed China's drills as a provocation.", ["JPN opposes CHN"]),
        // The one told is addressed; the teller judges.
        .fires(.reportedJudge, "Canberra told Beijing that its conduct was dangerous.", ["AUS opposes CHN"]),
        .fires(.reportedJudge, "Lima assured Quito that Bolivia's claim was illegal.", ["PER opposes BOL"]),
        .misses(.reportedJudge, "Kenya said Somalia's claims were baseless.", ["KEN opposes SOM"]),

        // quote-speaker: a judgement in a quote is its speaker's.
        .fires(.quotedJudge, "\"Azerbaijan's drills are provocative,\" the Armenian foreign minister said.",
               ["ARM opposes AZE"]),
        .fires(.quotedJudge, "\"The Moroccan blockade is unacceptable,\" the Algerian president said.",
               ["DZA opposes MAR"]),
        .fires(.quotedJudge, "\"Such moves by Manila are provocative,\" the Chinese spokesperson said.", ["CHN opposes PHL"]),
        // Without quotation marks, a reporting clause after the last comma
        // attributes what comes before it; a participle does not.
        .fires(.quotedJudge, "Pyongyang's missile tests are unacceptable, Seoul said on Monday.", ["KOR opposes PRK"]),
        .fires(.quotedJudge, "Baku's drills are provocative, said the Armenian foreign ministry.", ["ARM opposes AZE"]),
        .misses(.speaker, "Israel must stop the strikes, protesters in London said.", []),
        .misses(.quotedJudge, "Kenya praised Uganda, saying its drills were provocative.",
                ["KEN supports UGA", "KEN opposes UGA"]),
        // The quote names its own judge; Azerbaijan's stance is known only from Armenia's report.
        .misses(.quotedJudge, "\"Azerbaijan called our drills provocative,\" the Armenian foreign minister said.",
                [], implied: ["AZE opposes ARM"]),

        // speaker: a verdict in a quote is its speaker's.
        .fires(.speaker, "\"Serbia is about to make a grave mistake,\" the Croatian prime minister said.",
               ["HRV opposes SRB"]),
        .fires(.speaker, "\"Slovakia must be stopped,\" Hungary's foreign minister said.", ["HUN opposes SVK"]),
        .fires(.speaker, "\"Armenia will pay a heavy price,\" the Azerbaijani president said.", ["AZE warns ARM"]),
        .fires(.speaker, "Armenia will pay a heavy price, Azerbaijan's president warned.", ["AZE warns ARM"]),
        // A reporter before coordinated subjects; a demand stated as an obligation.
        .fires(.reporter, "Iran said the US and Israel would receive a crushing response.", ["IRN warns USA", "IRN warns ISR"]),
        .fires(.reporter, "Beijing said Manila must stop provoking trouble.", ["CHN opposes PHL"]),
        .fires(.reporter, "Moscow said Helsinki would become a legitimate target if it hosted the troops.", ["RUS warns FIN"]),
        // ", saying ...": the sentence's subject reports.
        .fires(.reporter, "Ghana recalled its envoy, saying Togo had violated its sovereignty.", ["GHA opposes TGO"]),
        .misses(.speaker, "\"We will pay a heavy price,\" the Azerbaijani president said.", []),

        // causer: a verdict on a causative verb's object threatens it.
        .fires(.causer, "Israel vowed to make Hezbollah pay a heavy price.", ["ISR warns HEZBOLLAH"]),
        .fires(.causer, "Chile said it would ensure Peru feels the consequences.", ["CHL warns PER"]),
        .fires(.causer, "Chile will make sure that Peru faces consequences.", ["CHL warns PER"]),
        .misses(.causer, "Chile said Peru would face consequences.", ["CHL warns PER"]),
        // reporter: outside quotes, the verdict is the reporting subject's.
        .fires(.reporter, "Iran said Israel will bear responsibility for the attack.", ["IRN warns ISR"]),
        .fires(.reporter, "Iran said the United States could not be trusted.", ["IRN opposes USA"]),
        // The owner opening the reported clause's subject is judged.
        .fires(.reporter, "Turkey said Greece's build-up on the islands crossed a red line.", ["TUR warns GRC"]),
        .fires(.speaker, "\"Hanoi will pay dearly,\" the Chinese envoy said.", ["CHN warns VNM"]),
        .fires(.reporter, "Ghana's president said Nigeria would face consequences.", ["GHA warns NGA"]),
        .fires(.reporter, "Iran warned that Israel would pay a heavy price.", ["IRN warns ISR"]),
        // A verdict on an act by an actor judges the actor; on no actor, in
        // a clause told to one, it warns the one told.
        .fires(.reporter, "Chad said any incursion by Libya would be met with force.", ["TCD warns LBY"]),
        // The act's agent past the infinitive saying what the act would do.
        .fires(.speaker, "\"Any attempt by Eritrea to seize the port will be met with a crushing blow,\" the Ethiopian envoy said.",
               ["ETH warns ERI"]),
        .fires(.speaker, "\"An attack by Libya will face a crushing response,\" the Chadian minister said.", ["TCD warns LBY"]),
        .fires(.reporter, "Chad told Libya that any incursion would be met with force.", ["TCD warns LBY"]),
        // A short phrase between the reporting verb and its "that".
        .fires(.reporter, "Chad said in a statement on Monday that Libya would pay a heavy price.", ["TCD warns LBY"]),
        .fires(.reporter, "Chad told reporters in N'Djamena that Libya would pay a heavy price.", ["TCD warns LBY"]),
        .misses(.reporter, "Chad said attacks by Libya had killed two soldiers.", []),
        .misses(.reporter, "Chad told reporters that any incursion would be met with force.", []),
        .misses(.reporter, "Analysts said Israel will bear responsibility for the raid.", []),
    ]
}

@Suite("Rules: judgements and verdicts")
struct JudgementRuleTests {
    @Test(arguments: RuleTables.judgements)
    func judgements(_ row: RuleCase) { row.check() }
}
