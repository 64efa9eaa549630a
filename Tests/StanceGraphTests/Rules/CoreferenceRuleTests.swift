@testable import StanceExtraction
import Testing

/// Holders and targets named by reference: "they", "the three countries",
/// "the bloc", "the North", "his country", "the ministry", a quote's "we"
/// and its speaker. The rule is the one that places the resolved holder.
extension RuleTables {
    static let coreference: [RuleCase] = [
        // They, and the actors named together.
        .fires(.subject, "Poland, Lithuania and Latvia issued a joint statement. They warned Belarus.",
               ["POL warns BLR", "LTU warns BLR", "LVA warns BLR"]),
        .fires(.subject, "Poland, Lithuania and Latvia issued a joint statement. They warned that Belarus was massing troops.",
               ["POL warns BLR", "LTU warns BLR", "LVA warns BLR"]),
        // A headline drops the article: "South" is the other half once one is named;
        // inside a longer name it is no half at all.
        .fires(.subject, "N. Korea warns U.S., South over drills", ["PRK warns USA", "PRK warns KOR"]),
        .misses(.subject, "North Korea fired a missile. China condemned the South China Sea patrols.", []),
        .fires(.subject, "Poland, Lithuania and Latvia met in Riga. The three countries condemned Belarus.",
               ["POL opposes BLR", "LTU opposes BLR", "LVA opposes BLR"]),
        .fires(.subject, "Colombia and Ecuador met in Quito. The two countries warned Venezuela.",
               ["COL warns VEN", "ECU warns VEN"]),
        .fires(.subject, "Spain and Portugal held a summit. Both countries condemned Morocco.",
               ["ESP opposes MAR", "PRT opposes MAR"]),
        // The sides of a meeting: its subject and everyone it met.
        .fires(.jointSubject, "Macron met Scholz and Meloni as they hailed the partnership.",
               ["FRA supports DEU", "FRA supports ITA", "DEU supports FRA", "DEU supports ITA",
                "ITA supports FRA", "ITA supports DEU"]),
        .fires(.jointSubject, "Xi Jinping hosted Lula in Beijing. The two leaders signed a trade pact.",
               ["CHN supports BRA", "BRA supports CHN"]),
        .misses(.subject, "They condemned Belarus.", []),
        .misses(.subject, "Critics in Poland and Lithuania met. They warned Belarus.", []),

        // The bloc, the alliance, the kingdom.
        .fires(.subject, "EU foreign ministers met in Luxembourg. The bloc condemned Belarus.", ["EU opposes BLR"]),
        .fires(.subject, "NATO ministers met on Monday. The alliance warned Russia.", ["NATO warns RUS"]),
        .fires(.subject, "NATO met in Brussels. The alliance warned Russia.", ["NATO warns RUS"]),
        .fires(.subject, "Saudi Arabia hosted the talks. The kingdom praised Egypt.", ["SAU supports EGY"]),
        // "The kingdom" is the last monarchy named, not the last state.
        .fires(.subject, "The Jordanian king told the US envoy that the kingdom backed Egypt.", ["JOR supports EGY"]),
        .fires(.subject, "Oman hosted talks with Iran. The sultanate praised Qatar.", ["OMN supports QAT"],
               implied: ["OMN supports IRN"]),
        .fires(.subject, "The Maldives criticised India. The island nation also warned China.",
               ["MDV opposes IND", "MDV warns CHN"]),
        .misses(.subject, "The country condemned Belarus.", []),
        // A place word may qualify a trait, not a kind.
        .fires(.subject, "Fiji hosted the summit. The Pacific island nation condemned Indonesia.", ["FJI opposes IDN"]),
        .misses(.subject, "Estonia hosted the summit. The Baltic country condemned Belarus.", []),

        // The North and the South: one half of Korea once the other was named.
        .fires(.subject, "North Korea fired a missile on Monday. The North also warned Japan.", ["PRK warns JPN"]),
        .fires(.subject, "South Korea protested to Japan. Later the South praised the United States.",
               ["KOR opposes JPN", "KOR supports USA"]),
        .fires(.subject, "South Korea and Japan held joint drills. The North condemned Seoul.", ["PRK opposes KOR"],
               implied: ["KOR supports JPN", "JPN supports KOR"]),

        // His country, the ministry, the ministers.
        .fires(.subject, "The Malian president said his country backs Burkina Faso.", ["MLI supports BFA"]),
        // ", saying it would ...": the sentence's subject, not the last actor.
        .fires(.subject, "Peru's government condemned Chile, saying it would support Bolivia.",
               ["PER opposes CHL", "PER supports BOL"]),
        // "her" before a capitalised modifier and a noun is possessive.
        .fires(.subject, "Chile's foreign minister visited Lima. She signed an accord with her Peruvian counterpart.",
               ["CHL supports PER"]),
        .fires(.organisation, "Niger's leader said his country had quit ECOWAS.", ["NER opposes ECOWAS"]),
        .fires(.subject, "China's foreign ministry spoke on Monday. The ministry criticised the Philippines.",
               ["CHN opposes PHL"]),
        .fires(.subject, "Japan's defence ministry issued a statement. The ministry warned China.", ["JPN warns CHN"]),
        // "told X that it": the teller; "warned X that it will pay": the one warned.
        .fires(.subject, "Chile told Peru that it would back Bolivia's bid.", ["CHL supports BOL"]),
        // "the military" of the official speaking in the sentence; never "the non-military".
        .fires(.subject, "Vietnamese Defence Minister Phan Van Giang said the military was closely watching Cambodia.", ["VNM warns KHM"]),
        .misses(.subject, "Greece built a pier. Turkey said Athens must respect the non-military status of the islets.", []),
        .fires(.subject, "A spokesman for the Kenyan embassy spoke on Monday. The spokesman criticised Uganda.",
               ["KEN opposes UGA"]),
        .fires(.subject, "Brazilian and Argentine ministers met in Rosario. The ministers backed Uruguay.",
               ["BRA supports URY", "ARG supports URY"]),
        // "it" in the clause of its own subject is not that subject.
        .fires(.subject, "Taiwan said China has not renounced the use of force against it.", ["CHN warns TWN"]),
        // An object pronoun takes a verb's object before an actor inside a
        // prepositional phrase.
        .fires(.subject, "Peru rebuked Chile over its pact with Bolivia, accusing it of bad faith.",
               ["PER opposes CHL", "CHL supports BOL"]),
        .fires(.subject, "Kenya imposed a ban on Uganda and later lifted it.", ["KEN opposes UGA"]),
        // "they" for officials named by their seat.
        .fires(.subject, "Officials in Hanoi said they were closely watching Beijing's survey ships.", ["VNM warns CHN"]),

        // Quotes: "we" is the speaker's actor; an agency is no speaker.
        .fires(.subject, "The Czech president said: \"We support Moldova.\"", ["CZE supports MDA"]),
        .fires(.subject, "\"We support Moldova,\" TASS quoted the Russian foreign minister as saying.", ["RUS supports MDA"]),
        .fires(.subject, "\"Slovakia must be stopped,\" Hungary's foreign minister said. \"We condemn Bratislava.\"",
               ["HUN opposes SVK"]),
        .fires(.subject, "Reuters reported that Chile condemned Peru.", ["CHL opposes PER"]),
        // A headline's colon attributes what follows to the actor before it.
        .fires(.speaker, "Erdogan: Greece will pay a heavy price", ["TUR warns GRC"]),
        .fires(.speaker, "Lukashenko's warning: Poland will pay a heavy price", ["BLR warns POL"]),
        .misses(.speaker, "Kenya: a country in crisis", []),
        .fires(.subject, "\"Our country backs Georgia,\" the Lithuanian foreign minister said.", ["LTU supports GEO"]),
        .fires(.subject, "Japan's prime minister spoke on Monday. \"We back Seoul,\" she said.", ["JPN supports KOR"]),
        .misses(.subject, "\"We support Moldova,\" a spokesman said.", []),
        .misses(.subject, "\"We back Seoul,\" he said.", []),
    ]
}

@Suite("Rules: coreference")
struct CoreferenceRuleTests {
    @Test(arguments: RuleTables.coreference)
    func coreference(_ row: RuleCase) { row.check() }
}
