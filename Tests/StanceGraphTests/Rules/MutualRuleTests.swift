@testable import StanceExtraction
import Testing

/// Mutual cues ("partnership", "treaty", "ties"): both ways between joined
/// actors, one way from a holder "with" a partner.
extension RuleTables {
    static let mutual: [RuleCase] = [
        // between: "a partnership between A and B".
        .fires(.between, "A new partnership among Ghana, Togo and Benin took shape.",
               ["GHA supports TGO", "GHA supports BEN", "TGO supports GHA", "TGO supports BEN",
                "BEN supports GHA", "BEN supports TGO"]),
        .fires(.between, "The defence pact between Greece and Cyprus was renewed.",
               ["GRC supports CYP", "CYP supports GRC"]),
        .fires(.between, "The US-brokered accord between Armenia and Azerbaijan held.",
               ["ARM supports AZE", "AZE supports ARM"], implied: ["USA supports ARM", "USA supports AZE"]),
        // A relation a verb is about is no stance stated between its parties.
        .misses(.between, "Ecuador welcomed the alliance between Peru and Chile.",
                ["ECU supports PER", "ECU supports CHL"]),

        // hyphen: "the A-B partnership".
        .fires(.hyphen, "The Kenya-Ethiopia defence pact was renewed.", ["KEN supports ETH", "ETH supports KEN"]),
        .fires(.hyphen, "The Egyptian-Sudanese partnership deepened.", ["EGY supports SDN", "SDN supports EGY"]),
        .fires(.hyphen, "The Franco-German partnership deepened.", ["FRA supports DEU", "DEU supports FRA"]),
        .misses(.hyphen, "The US-brokered accord between Armenia and Azerbaijan held.",
                ["ARM supports AZE", "AZE supports ARM"], implied: ["USA supports ARM", "USA supports AZE"]),

        // with: the holder's stance toward its partner.
        .fires(.with, "Bhutan deepened its friendship with India.", ["BTN supports IND"], implied: ["IND supports BTN"]),
        .fires(.with, "Jordan has close ties with Iraq.", ["JOR supports IRQ"], implied: ["IRQ supports JOR"]),
        .fires(.with, "Tunisia renewed its defence pact with Algeria.", ["TUN supports DZA"], implied: ["DZA supports TUN"]),
        .misses(.with, "Kenya failed to reach an agreement with Somalia.", []),

        // joint subject: "A and B signed a treaty".
        .fires(.jointSubject, "Egypt and Sudan reached a consensus on the dam.", ["EGY supports SDN", "SDN supports EGY"]),
        .fires(.jointSubject, "Sweden and Finland signed a defence pact.", ["SWE supports FIN", "FIN supports SWE"]),
        // A relative after a list is the list; an organisation naming the cue is no tie between them.
        .fires(.jointSubject, "Peru and Chile, which signed a trade pact last year, met again.", ["PER supports CHL", "CHL supports PER"]),
        .misses(.jointSubject, "Greece and Turkey, which are both part of the NATO defence alliance, have feuded for years.", []),
        // The subject of the nearest clause joined by ", and"; a host and its
        // guest are "the two sides".
        .fires(.jointSubject, "Oman received Qatar's foreign minister, and the two sides pledged to deepen cooperation.",
               ["OMN supports QAT", "QAT supports OMN"]),
        .fires(.jointSubject, "Chad criticised Libya, and Niger and Mali signed a pact.",
               ["TCD opposes LBY", "NER supports MLI", "MLI supports NER"]),
        .fires(.jointSubject, "Old foes Chad and Niger have renewed diplomatic ties.", ["TCD supports NER", "NER supports TCD"]),
        // A subject naming itself among the parties holds the relation toward the others.
        .fires(.jointSubject, "\"I consider Latvia and Poland to be close allies,\" the Latvian president said.",
               ["LVA supports POL"]),
        .misses(.jointSubject, "Chad considers Niger and Mali close allies.", []),
        // In a quote spoken for one party, only the speaker's edge.
        .fires(.jointSubject, "\"Chad and Niger are friendly neighbours,\" the Chadian minister said.", ["TCD supports NER"]),
        .fires(.jointSubject, "\"Chad and Niger are friendly neighbours,\" the Malian minister said.",
               ["TCD supports NER", "NER supports TCD"]),
        // An act reported by one party is both parties'.
        .fires(.jointSubject, "Chad and Niger have agreed to hold joint drills, a Chadian official said.",
               ["TCD supports NER", "NER supports TCD"]),
        // "according to" names a source, not an accord.
        .misses(.jointSubject, "Chad and Niger met on Monday, according to a statement.", []),
        .fires(.jointSubject, "Chad and Niger signed the Niamey accord.", ["TCD supports NER", "NER supports TCD"]),
        // A relation the subject owns ("their") is stated under the verb.
        .fires(.jointSubject, "Peru and Chile celebrated their alliance.", ["PER supports CHL", "CHL supports PER"]),
        // Praised with no parties of its own, the relation is the subject's;
        // with its own parties it says nothing of them.
        .fires(.jointSubject, "Laos and Cambodia hailed the partnership.", ["LAO supports KHM", "KHM supports LAO"]),
        // Hostility both ways.
        .fires(.jointSubject, "Armenia and Azerbaijan traded accusations over the shelling.",
               ["ARM opposes AZE", "AZE opposes ARM"]),
        .misses(.jointSubject, "Chile welcomed the resumption of ties between Peru and Bolivia.",
                ["CHL supports PER", "CHL supports BOL"]),
        // A relative clause after the relation names no parties of it.
        .fires(.jointSubject, "Laos and Cambodia hailed a partnership that helps Thailand.",
               ["LAO supports KHM", "KHM supports LAO"], implied: ["LAO supports THA", "KHM supports THA"]),
        .fires(.jointSubject, "Japan, Philippines Vow Closer Defence Ties", ["JPN supports PHL", "PHL supports JPN"]),
        // Joint drills are an act with no stated stance: implied.
        .fires(.jointSubject, "Seoul and Tokyo held joint drills.", [], implied: ["KOR supports JPN", "JPN supports KOR"]),
        .misses(.jointSubject, "Chile signed a treaty.", []),
    ]
}

@Suite("Rules: mutual")
struct MutualRuleTests {
    @Test(arguments: RuleTables.mutual)
    func mutual(_ row: RuleCase) { row.check() }
}
