@testable import StanceExtraction
import Testing

/// Verb cues: who holds them (subject, passive agent, controller, shared
/// subject, participle, infinitive) and leaving an organisation.
extension RuleTables {
    static let verbs: [RuleCase] = [
        // subject: "X condemned Y".
        .fires(.subject, "Chile slammed Peru over the fishing dispute.", ["CHL opposes PER"]),
        // A subject named through its seat, or followed by its post or place.
        .fires(.subject, "Officials in Hanoi condemned the Chinese survey.", ["VNM opposes CHN"]),
        .fires(.subject, "A spokesman for the Kremlin criticised Estonia.", ["RUS opposes EST"]),
        .fires(.subject, "A spokesman for the Iranian foreign ministry condemned the Iraqi move.", ["IRN opposes IRQ"]),
        // A state's adjective before a body's capitalised title and head.
        .fires(.subject, "The Iraqi Joint Operations Command condemned the Turkish airstrikes.", ["IRQ opposes TUR"]),
        .fires(.subject, "The Russian Investigative Committee accused Ukraine of the attack.", ["RUS opposes UKR"]),
        .misses(.subject, "The Iraqi Kurdistan Football Association praised Jordan's team.", []),
        // A protest lodged over or after an act is against its doer.
        .fires(.subject, "Japan lodged a protest after Chinese coast guard ships entered its waters.", ["JPN opposes CHN"]),
        .misses(.subject, "Japan lodged a protest after the typhoon.", []),
        .fires(.subject, "Chile's ambassador to the OAS rejected Bolivia's claim.", ["CHL opposes BOL"]),
        .fires(.subject, "Turkish troops in Syria attacked Iraq.", ["TUR opposes IRQ"]),
        .fires(.subject, "Hamas fighters attacked Israeli positions.", ["HAMAS opposes ISR"]),
        // "as well as" coordinates like "and".
        .fires(.subject, "Poland as well as Lithuania condemned Belarus.", ["POL opposes BLR", "LTU opposes BLR"]),
        .fires(.subject, "Russia condemned Poland as well as Lithuania.", ["RUS opposes POL", "RUS opposes LTU"]),
        .misses(.subject, "Protesters in Tehran condemned Israel.", []),
        // A speech act as subject speaks for its author: the actor modifying
        // or owning it, or named after "from" or "by".
        .fires(.subject, "The OAS communique criticised Nicaragua.", ["OAS opposes NIC"]),
        .fires(.subject, "Norway's note condemned Iceland's whaling.", ["NOR opposes ISL"]),
        .fires(.subject, "A new UN report accused Eritrea of forced conscription.", ["UN opposes ERI"]),
        .fires(.subject, "A letter from Ghana's foreign ministry praised Togo.", ["GHA supports TGO"]),
        .fires(.subject, "The declaration signed by Fiji and Samoa welcomed Tonga's bid.",
               ["FJI supports TON", "WSM supports TON"]),
        // ... or named in a parenthesis after an authoring participle.
        .fires(.subject, "The communique, issued by Tonga and Fiji, praised Samoa's restraint.",
               ["TON supports WSM", "FJI supports WSM"]),
        .fires(.subject, "A note, which was sent by Chad, warned Niger.", ["TCD warns NER"]),
        .fires(.subject, "The statement from Brazil's presidency, released late Monday, criticised Argentina's tariffs.",
               ["BRA opposes ARG"]),
        .misses(.subject, "The communique, praised by Tonga, irritated Fiji.", []),
        // The actor a speech act is about is no author.
        .misses(.subject, "A report on Eritrea accused Ethiopia of delays.", []),
        // Joining a bloc aligns with it; luring away a rival's partners opposes the rival.
        .fires(.subject, "Montenegro became the 29th member of NATO.", ["MNE supports NATO"]),
        // Joining aligns only with an organisation.
        .fires(.subject, "Montenegro joined NATO in 2017.", ["MNE supports NATO"]),
        .misses(.subject, "Montenegro joined the talks with Serbia.", []),
        // A gerund after a preposition shares no subject.
        .misses(.sharedSubject, "\"We cannot say yes to those who sanction us, on joining NATO,\" he said of Montenegro.", []),
        // A promised response is a threat; sending an envoy home expels him.
        .fires(.subject, "Seoul and Tokyo promised retaliatory measures against Pyongyang if it fired the missile.",
               ["KOR warns PRK", "JPN warns PRK"]),
        .fires(.subject, "Kenya sent the Somali envoy home.", ["KEN opposes SOM"]),
        // Money and status given support; "voted to" passes its subject on.
        .fires(.subject, "Norway pledged $300 million to Moldova.", ["NOR supports MDA"]),
        .fires(.subject, "The EU granted candidate status to Georgia and Moldova.", ["EU supports GEO", "EU supports MDA"]),
        .fires(.subject, "Latvia's parliament voted to condemn Belarus.", ["LVA opposes BLR"]),
        // Refusing to yield to pressure opposes whoever applies it.
        .fires(.subject, "Ethiopia will not bow to pressure from Egypt.", ["ETH opposes EGY"]),
        .misses(.subject, "Ethiopia bowed to pressure from Egypt.", []),
        .fires(.subject, "Beijing keeps poaching Taipei's remaining allies.", ["CHN opposes TWN"]),
        .fires(.subject, "Japanese officials in Seoul praised Canada.", ["JPN supports CAN"]),
        // A body seated in a capital speaks for its state when nobody owns it.
        .fires(.subject, "The defence ministry in Hanoi condemned the Chinese survey ship.", ["VNM opposes CHN"]),
        .fires(.subject, "The military in Bamako expelled the French envoy.", ["MLI opposes FRA"]),
        // A relative after a list speaks for the whole list.
        .fires(.passive, "Chad's decision was condemned by Niger, Mali and Benin, which called it illegal.",
               ["NER opposes TCD", "MLI opposes TCD", "BEN opposes TCD"]),
        // A state's ships and planes act for it.
        .fires(.subject, "A Chinese coast guard ship fired a water cannon at a Vietnamese boat.", ["CHN opposes VNM"]),
        // Warnings phrased as readiness to answer, as concern, or as a reckoning to come.
        .fires(.subject, "Cyprus said it would respond to any further violation of its waters by Turkish ships.", ["CYP warns TUR"]),
        .fires(.subject, "Qatar conveyed its deep concerns to Bahrain over the arrests.", ["QAT warns BHR"]),
        .fires(.subject, "Norway's premier said Oslo was deeply troubled by Russia's conduct.", ["NOR warns RUS"]),
        .fires(.subject, "Sweden will hold Iran accountable for the plot.", ["SWE warns IRN"]),
        .fires(.subject, "Egypt will not allow Ethiopia to control the river.", ["EGY warns ETH"]),
        .fires(.subject, "Iran said it would respond in kind to any Israeli strike.", ["IRN warns ISR"]),
        .misses(.subject, "Hungary did not allow the vote.", []),
        // Force held out against another.
        .fires(.subject, "Washington raised the prospect of military action against Caracas.", ["USA warns VEN"]),
        .fires(.subject, "Sudan's army said it would not hesitate to strike RSF positions.", ["SDN warns RSF"]),
        .fires(.subject, "Beijing said it would resolutely thwart any Taiwan independence attempts.", ["CHN warns TWN"]),
        .fires(.subject, "Manila said it would not back down in the face of Chinese pressure.", ["PHL opposes CHN"]),
        // Blame stated, not announced, opposes.
        .fires(.subject, "Sweden held Iran responsible for the plot.", ["SWE opposes IRN"]),
        .misses(.subject, "Sweden will hold talks with Iran.", []),
        // Accepting another's proposal backs it; refusing to bow to demands defies the demander.
        .fires(.subject, "Hamas accepted the truce proposal put forward by Egypt.", ["HAMAS supports EGY"]),
        .fires(.subject, "Cuba said it would never bow to US demands.", ["CUB opposes USA"]),
        // "stands ready to", "remains committed to": readiness after verbs other than "be".
        .fires(.subject, "Senegal said it stood ready to work with Gambia.", ["SEN supports GMB"]),
        .fires(.subject, "Egypt remains committed to supporting Sudan.", ["EGY supports SDN"]),
        // An actor in a fronted prepositional phrase is no conjunct of the subject.
        .fires(.subject, "At the UN Human Rights Council, Ghana sided with Togo.", ["GHA supports TGO"]),
        .fires(.subject, "Vietnam rebuked Cambodia on Tuesday.", ["VNM opposes KHM"]),
        // Listing as a pariah opposes; a list of friends does not.
        .fires(.subject, "Canada added Belarus to its sanctions list.", ["CAN opposes BLR"]),
        .fires(.subject, "Australia designated Hezbollah as a terrorist organisation.", ["AUS opposes HEZBOLLAH"]),
        .misses(.subject, "Japan added Iran to its list of friends.", []),
        // Protection supports the protected; "from" and "against" name the threat.
        .misses(.subject, "Japan will protect its citizens from North Korea.", []),
        .fires(.subject, "France will defend Chad against Libya.", ["FRA supports TCD"], implied: ["FRA warns LBY"]),
        // Ending a recognition denies the legitimacy it granted.
        .fires(.subject, "Palau said it would no longer recognise Kosovo.", ["PLW opposes XKX"]),
        .fires(.subject, "Palau said it would never recognise Kosovo.", ["PLW opposes XKX"]),
        // Headline verbs of criticism.
        .fires(.subject, "Lesotho blasted Eswatini over the border closure.", ["LSO opposes SWZ"]),
        .fires(.subject, "Lesotho faulted Eswatini for the delay.", ["LSO opposes SWZ"]),
        // Fearing an actor warns of it.
        .fires(.subject, "Latvia fears that Belarus could test the alliance.", ["LVA warns BLR"]),
        // Self-defence promised on a condition warns the condition's subject.
        .fires(.condition, "Chad said it would defend itself if Libya attacked.", ["TCD warns LBY"]),
        .fires(.condition, "Chad said it would take countermeasures if Niger joined the pact.", ["TCD warns NER"]),
        // Alert and promised responses.
        .fires(.subject, "Chad's army said it was on high alert after a Libyan jet crossed the border.", ["TCD warns LBY"]),
        .fires(.subject, "Chad said it would give a crushing response to any Libyan attack.", ["TCD warns LBY"]),
        // Arming or funding supports.
        .fires(.subject, "Japan announced it would provide patrol boats to the Philippines.", ["JPN supports PHL"]),
        .fires(.subject, "Iran supplied drones and missiles to Russia.", ["IRN supports RUS"]),
        .misses(.subject, "Kenya sold its stake to Uganda.", []),
        .misses(.subject, "Chad said it had the right to defend itself.", []),
        .misses(.subject, "Fears of war grew in Latvia after Belarus massed troops.", []),
        // A state addressed by a protest is its target when nothing after names one; a forum is not.
        .fires(.subject, "Tokyo protested to Seoul over the disputed islets.", ["JPN opposes KOR"]),
        .misses(.subject, "Kenya complained to the UN over the raids.", []),
        .misses(.subject, "A blast near the Eswatini border shook Lesotho.", []),
        .fires(.subject, "Tuvalu revoked recognition of Kosovo in 2019.", ["TUV opposes XKX"]),
        .fires(.subject, "Pakistan blamed India for the blast.", ["PAK opposes IND"]),
        .fires(.subject, "Kenya threw its weight behind Rwanda's bid.", ["KEN supports RWA"]),
        // Arms and aid delivered: material support.
        .fires(.subject, "Poland will supply F-16 jets to Ukraine.", ["POL supports UKR"]),
        .fires(.subject, "Iran shipped drones to Russia.", ["IRN supports RUS"]),
        // Threats as idioms: readiness to act, self-defence, worry.
        .fires(.subject, "Serbia would not hesitate to act against Kosovo.", ["SRB warns XKX"]),
        .fires(.subject, "Armenia will defend itself against Azerbaijan.", ["ARM warns AZE"]),
        .fires(.subject, "Greece is ready to defend its islands against Turkey.", ["GRC warns TUR"]),
        .fires(.subject, "China reserved the right to use force against Taiwan.", ["CHN warns TWN"]),
        // Watching, readiness and mobilisation signal a threat.
        .fires(.subject, "Japan is keeping a close watch on Chinese vessels.", ["JPN warns CHN"]),
        .fires(.subject, "Iran will take all necessary measures against Israel.", ["IRN warns ISR"]),
        .fires(.subject, "North Korea will respond decisively to South Korea's drills.", ["PRK warns KOR"]),
        .fires(.subject, "South Korea placed its forces on high alert after North Korean launches.", ["KOR warns PRK"]),
        .fires(.subject, "Venezuela mobilised troops on the border with Guyana.", ["VEN warns GUY"]),
        .fires(.condition, "India would not stand idly by if Pakistan attacked.", ["IND warns PAK"]),
        .fires(.subject, "Serbia will not accept Kosovo's independence.", ["SRB opposes XKX"]),
        .fires(.subject, "Brazil championed Bolivia's bid.", ["BRA supports BOL"]),
        .fires(.subject, "Egypt barred Turkish vessels from its waters.", ["EGY opposes TUR"]),
        // Calling for sanctions to end supports their target.
        .fires(.subject, "Brazil called for an end to sanctions on Venezuela.", ["BRA supports VEN"]),
        .fires(.subject, "China urged the lifting of the embargo against Cuba.", ["CHN supports CUB"]),
        // Admission into a body supports; "admitted" as confessing does not.
        .fires(.subject, "NATO admitted Finland as its 31st member.", ["NATO supports FIN"]),
        .misses(.subject, "Iran admitted it had shot down the Ukrainian airliner.", [], implied: ["IRN opposes UKR"]),
        // "ethnic Turks" are people, not Turkey.
        .misses(.subject, "Ethnic Turks in Bulgaria protested against Sweden's decision.", []),
        .fires(.subject, "Germany offered to help Poland with refugees.", ["DEU supports POL"]),
        .fires(.subject, "Canada froze the assets of Russian oligarchs.", ["CAN opposes RUS"]),
        .fires(.subject, "Estonia is ready to respond to any Russian provocation.", ["EST warns RUS"]),
        .fires(.subject, "Vietnam is worried about Chinese dredging.", ["VNM warns CHN"]),
        .fires(.subject, "China has never renounced the use of force against Taiwan.", ["CHN warns TWN"]),
        .misses(.object, "Peru would not hesitate to support Chile.", [], implied: ["PER supports CHL"]),
        // Support reaches no one past "against".
        .misses(.object, "Greece defended its decision against criticism from Turkey.", []),
        .fires(.subject, "Senegal hailed Gambia's peaceful election.", ["SEN supports GMB"]),
        .fires(.subject, "Japan pledged aid to the Philippines.", ["JPN supports PHL"]),
        .fires(.subject, "Indonesia signed a pact with Malaysia.", ["IDN supports MYS"],
               implied: ["MYS supports IDN"]),
        .fires(.subject, "Morocco summoned the Algerian ambassador.", ["MAR opposes DZA"]),
        .fires(.subject, "Lithuania recalled its envoy from Belarus.", ["LTU opposes BLR"]),
        .fires(.subject, "Turkey voted against Greece's proposal.", ["TUR opposes GRC"]),
        .fires(.subject, "Pakistan urged India to stop the shelling.", ["PAK opposes IND"]),
        .fires(.subject, "The EU called on Russia to withdraw its troops.", ["EU opposes RUS"]),
        .fires(.subject, "Norway voiced concern over Iceland's whaling.", ["NOR warns ISL"]),
        .fires(.subject, "Egypt warned Ethiopia of consequences.", ["EGY warns ETH"]),
        .fires(.subject, "Hungary brushed off warnings from the EU.", ["HUN opposes EU"]),
        .fires(.subject, "Moldova is ready to back Romania's plan.", ["MDA supports ROU"]),
        .fires(.subject, "Ghana came out in support of Togo.", ["GHA supports TGO"]),
        .fires(.subject, "Hungary lashed out at Romania.", ["HUN opposes ROU"]),
        .fires(.subject, "Serbia hit back at Croatia on Friday.", ["SRB opposes HRV"]),
        .fires(.subject, "Japan and South Korea condemned North Korea's missile launch.",
               ["JPN opposes PRK", "KOR opposes PRK"]),
        // Threats and acts: a threatened measure warns, a measure taken opposes.
        .fires(.subject, "Canada threatened sanctions against Venezuela.", ["CAN warns VEN"]),
        .fires(.subject, "Canada imposed sanctions on Venezuela.", ["CAN opposes VEN"]),
        .fires(.subject, "Germany and France, along with Italy, condemned Hungary.",
               ["DEU opposes HUN", "FRA opposes HUN", "ITA opposes HUN"]),
        .misses(.subject, "A Chile cleric praised Peru.", []),
        .misses(.subject, "Critics of Norway warned Sweden.", []),

        // A pronoun object for the holders themselves names no target.
        .misses(.subject, "Bolivia tabled a motion, and Chile and Peru voted against it.", [],
                implied: ["CHL opposes BOL", "PER opposes BOL"]),
        // Winning another's backing: the backer supports the winner.
        .fires(.reaction, "Ukraine won the backing of Poland and Lithuania.", ["POL supports UKR", "LTU supports UKR"]),
        // purpose: an infinitive after the object of a verb of sending or using.
        .fires(.purpose, "Taiwan scrambled jets to warn away Chinese aircraft.", ["TWN warns CHN"]),
        .fires(.purpose, "Rwanda sent troops to defend Mozambique.", ["RWA supports MOZ"]),
        .fires(.purpose, "Kenya's foreign minister summoned Ochieng to protest Uganda's decision.", ["KEN opposes UGA"]),
        // A gerund after a verb of deliberation or resumption is its subject's.
        .fires(.subject, "Kenya is considering cutting ties with Uganda.", ["KEN opposes UGA"]),
        .fires(.subject, "Kenya resumed shelling Ugandan positions.", ["KEN opposes UGA"]),
        // Targeting is attacking; announced, it threatens.
        .fires(.subject, "Pakistani forces targeted Afghan border posts.", ["PAK opposes AFG"]),
        .fires(.subject, "The Houthis said they would target Israel.", ["HOUTHIS warns ISR"]),
        .misses(.subject, "Israel is a target for the Houthis.", []),
        // Headline abbreviations.
        .fires(.subject, "NZ accuses China of hacking parliament", ["NZL opposes CHN"]),
        .fires(.subject, "KSA backs PNG bid", ["SAU supports PNG"]),
        // A verb joined to an infinitive shares its subject.
        .fires(.sharedSubject, "Kenya forced Uganda to retreat and praise Sudan.", ["UGA supports SDN"]),
        .fires(.sharedSubject, "Kenya urged Uganda to retreat and praise Sudan.", ["KEN supports SDN"]),
        .misses(.purpose, "Kenya urged its people to support Somalia.", []),
        // "stands ready to" chains to the infinitive like "is ready to".
        .fires(.subject, "Kenya stands ready to support Somalia.", ["KEN supports SOM"]),
        // joined: "X joined Y in condemning Z" — both condemn Z.
        .fires(.joined, "Estonia joined Latvia in condemning Russia.", ["EST opposes RUS", "LVA opposes RUS"]),
        .fires(.joined, "Canada joins Australia and Japan in backing Taiwan's bid.",
               ["CAN supports TWN", "AUS supports TWN", "JPN supports TWN"]),
        .misses(.joined, "Peru joined Chile in Lima, condemning Bolivia.", ["PER opposes BOL"], implied: ["CHL opposes BOL"]),
        // passive: "Y was condemned by X".
        .fires(.passive, "Belarus was sanctioned by the European Union.", ["EU opposes BLR"]),
        .fires(.passive, "Cuba was praised by Venezuela.", ["VEN supports CUB"]),
        // A reduced relative: the agent acts on the noun, not the sentence's subject.
        // (India does not back Pakistan: the edges are exactly these.)
        .fires(.subject, "India voted against the resolution backed by Pakistan.", ["IND opposes PAK"]),
        .fires(.passive, "Cyprus welcomed Greece's proposal endorsed by Malta.", ["CYP supports GRC", "MLT supports GRC"]),
        // A passive subject authored by an actor: its author is the target.
        .fires(.passive, "The motion, drafted by Niger, was rejected by Chad.", ["TCD opposes NER"]),
        .fires(.passive, "A plan proposed by Serbia was denounced by Croatia.", ["HRV opposes SRB"]),
        // With no agent, the body one is admitted into admits; a state is no such body.
        .fires(.passive, "Bhutan was admitted as the newest member of the WTO.", ["WTO supports BTN"]),
        .misses(.passive, "Peru was admitted to Chile.", []),
        // After an apposition a verb with an object is active, whatever "by" follows.
        .misses(.passive, "Oman, a Gulf state that has cultivated ties with Jordan, welcomed the decision by Peru.",
                ["OMN supports PER"]),
        .fires(.subject, "Oman, a Gulf state that has cultivated ties with Jordan, meanwhile welcomed the decision by Peru.",
               ["OMN supports PER"]),
        // Every agent, every coordinated subject; the subject's infinitive
        // ends before the passive.
        .fires(.passive, "Ecuador was condemned by Mexico, Brazil and Colombia.",
               ["MEX opposes ECU", "BRA opposes ECU", "COL opposes ECU"]),
        .fires(.passive, "Ecuador and Peru were condemned by Mexico.", ["MEX opposes ECU", "MEX opposes PER"]),
        .fires(.passive, "Ecuador's decision to raid the embassy was condemned by Mexico.", ["MEX opposes ECU"]),
        .fires(.passive, "Argentina was sharply criticised by Chile.", ["CHL opposes ARG"]),
        .fires(.passive, "Russian diplomats were expelled by Poland.", ["POL opposes RUS"]),
        .fires(.passive, "Israel's strikes on Iran were condemned by Qatar.", ["QAT opposes ISR"],
               implied: ["ISR opposes IRN"]),
        .fires(.passive, "Ukraine's bid to join NATO was backed by Poland.", ["POL supports UKR"],
               implied: ["UKR supports NATO"]),
        .misses(.passive, "Bolivia was criticised for its handling of the crisis.", []),
        .misses(.passive, "Bolivia was criticised by the press in Chile.", []),

        // controller: whoever urges holds the stance, not the one urged.
        .fires(.controller, "Kenya asked Tanzania to back Uganda's bid.", ["KEN supports UGA"]),
        // "signalled", like "said", reports: the pronoun after it is its subject.
        .fires(.controller, "Brussels signalled it was ready to retaliate against Washington's tariffs.", ["EU warns USA"]),
        .fires(.controller, "France pressed Germany to condemn Hungary.", ["FRA opposes HUN"]),
        .misses(.controller, "Italy wants to support Malta.", ["ITA supports MLT"]),
        .misses(.controller, "Germany agreed to condemn Hungary.", ["DEU opposes HUN"]),
        // A demand's subjunctive clause is the demander's, like its infinitive.
        .fires(.controller, "Laos demanded that Peru cut ties with Oman.", ["LAO opposes OMN"]),
        .fires(.controller, "Cuba asked that the UN condemn Haiti.", ["CUB opposes HTI"]),
        .misses(.controller, "Laos said that Peru cut ties with Oman.", ["PER opposes OMN"]),

        // shared subject: "X backed Y and warned Z".
        .fires(.sharedSubject, "Argentina praised Uruguay and criticised Paraguay.",
               ["ARG supports URY", "ARG opposes PRY"]),
        .fires(.sharedSubject, "Turkey criticised Greece and sanctioned Cyprus.",
               ["TUR opposes GRC", "TUR opposes CYP"]),
        // Every actor of a coordinated subject holds the later predicate too.
        // A fronted phrase's actors are not the subject; "not only" affirms.
        .fires(.sharedSubject, "While visiting Lima, the Chilean president praised Peru and criticised Bolivia.",
               ["CHL supports PER", "CHL opposes BOL"]),
        .fires(.sharedSubject, "Peru has not only condemned Chile but also imposed sanctions on Bolivia.",
               ["PER opposes CHL", "PER opposes BOL"]),
        .fires(.sharedSubject, "Ghana and Togo condemned Mali and warned Niger.",
               ["GHA opposes MLI", "TGO opposes MLI", "GHA warns NER", "TGO warns NER"]),
        .fires(.sharedSubject, "Envoys of Fiji and Samoa met in Apia and praised Tonga.",
               ["FJI supports TON", "WSM supports TON"]),
        .fires(.sharedSubject, "Sweden welcomed the plan but urged Finland to stop the drills.", ["SWE opposes FIN"]),
        .fires(.sharedSubject, "Egypt's foreign minister met his Sudanese counterpart and praised Khartoum.",
               ["EGY supports SDN"]),
        // "backed by Russia" is a passive participle: Russia backs Serbia.
        .misses(.sharedSubject, "Serbia, backed by Russia, rejected Albania's proposal.",
                ["RUS supports SRB", "SRB opposes ALB"]),
        .misses(.sharedSubject, "Ecuador, which backs Colombia, criticised Venezuela.",
                ["ECU supports COL", "ECU opposes VEN"]),

        // participle after a speech act: "issued a statement condemning X".
        .fires(.participle, "NATO issued a statement condemning Russia.", ["NATO opposes RUS"]),
        // A speech act inside a prepositional phrase is not the subject's.
        .misses(.participle, "India abstained in the vote on the resolution condemning Russia.", []),
        // A gerund after "by" is the means of the verb before: its subject's.
        .fires(.participle, "Beijing responded by imposing tariffs on Australian barley.", ["CHN opposes AUS"]),
        // An object that controls no verb of its own is no subject of the gerund.
        .fires(.participle, "Chile praised Peru as a partner while criticising Bolivia's claim.", ["CHL supports PER", "CHL opposes BOL"]),
        // Vowing to respond warns; promising to respond answers a request.
        .fires(.subject, "Israel vowed to respond firmly to Iran.", ["ISR warns IRN"]),
        .misses(.subject, "Egypt pledged to respond positively to Sudan's request.", []),
        .misses(.participle, "The tariffs imposed by China hurt Australia.", []),
        .fires(.participle, "Chile expelled Peru's ambassador after accusing Lima of espionage.", ["CHL opposes PER"]),
        .fires(.participle, "Peru said Chile responded by imposing tariffs on Bolivia.", ["CHL opposes BOL"]),
        // The nearest verb's subject may be a controlled object.
        .fires(.participle, "Kenya accused Uganda of spreading lies by alleging Nairobi armed the rebels.",
               ["KEN opposes UGA", "UGA opposes KEN"]),
        .fires(.participle, "Mexico issued a statement on Tuesday backing Cuba.", ["MEX supports CUB"]),
        .fires(.participle, "The Arab League adopted a resolution urging Israel to withdraw.", ["LAS opposes ISR"]),
        .misses(.participle, "Peru joined the coalition backing Ukraine.", [], implied: ["PER supports UKR"]),
        .misses(.participle, "Chile stopped short of condemning Peru.", []),

        // infinitive completing a noun: "Moscow's decision to suspend ties with X".
        .fires(.infinitive, "Poland's decision to suspend ties with Belarus drew criticism.", ["POL opposes BLR"]),
        .fires(.infinitive, "Latvia's decision to expel the Russian ambassador was final.", ["LVA opposes RUS"]),
        .fires(.infinitive, "Fiji's decision to recognise Palestine surprised Israel.", ["FJI supports PSE"]),
        .fires(.infinitive, "Mali's decision to withdraw from ECOWAS surprised Senegal.", ["MLI opposes ECOWAS"]),
        .fires(.infinitive, "Moldova's bid to join the EU was welcomed.", ["MDA supports EU"]),
        .misses(.infinitive, "Chile plans to condemn Peru.", ["CHL opposes PER"]),
        // Unwillingness negates: no edge.
        .misses(.infinitive, "Greece is unwilling to back Turkey's bid.", []),

        // leaving: only an organisation can be left.
        .fires(.organisation, "Burkina Faso quit ECOWAS.", ["BFA opposes ECOWAS"]),
        .fires(.organisation, "Mali pulled out of ECOWAS on Sunday.", ["MLI opposes ECOWAS"]),
        // Past an actor modifying the organisation; "joined forces" is no accession.
        .fires(.organisation, "Belarus froze its participation in the Russian-led CSTO.", ["BLR opposes CSTO"]),
        .misses(.organisation, "Chad and Niger joined forces in the AES.", []),
        // "military rulers" speak for their state; seats of government speak for it.
        .fires(.subject, "Niger's military rulers accused Benin of hosting foreign troops, a charge Cotonou denied.",
               ["NER opposes BEN", "BEN opposes NER"]),
        .fires(.subject, "Seoul condemned the Pyongyang-Moscow arms deal.", ["KOR opposes PRK", "KOR opposes RUS"]),
        .fires(.organisation, "Venezuela walked out of the OAS.", ["VEN opposes OAS"]),
        .fires(.organisation, "Niger left ECOWAS in January.", ["NER opposes ECOWAS"]),
        .misses(.organisation, "Russian troops withdrew from Georgia.", []),

        // nominal owner: a verb cue used as a noun after its owner.
        .fires(.nominalOwner, "Iraq repeated its call on Turkey to stop the raids.", ["IRQ opposes TUR"]),
        .fires(.nominalOwner, "Canada's backing of Mexico's bid was decisive.", ["CAN supports MEX"]),
        .misses(.nominalOwner, "Canada backed Mexico's bid.", ["CAN supports MEX"]),

        // reaction: "X's move drew criticism from Y" is Y's stance toward X.
        .fires(.reaction, "Serbia's decision drew sharp criticism from Croatia.", ["HRV opposes SRB"]),
        .fires(.reaction, "Turkey's plan came under heavy fire from Greece.", ["GRC opposes TUR"]),
        // A response is hostile only when it is called so.
        .fires(.reaction, "Japan resumed the drills, drawing an angry response from Seoul.", ["KOR opposes JPN"]),
        .misses(.reaction, "The plan drew a positive response from Chile.", []),
        // The owner opening the subject, not an actor its phrase names later.
        .fires(.reaction, "Norway's decision to recognise Palestine angered Israel.",
               ["ISR opposes NOR", "NOR supports PSE"]),
        .fires(.reaction, "The Kenyan plan won praise from Tanzania.", ["TZA supports KEN"]),
        .fires(.reaction, "Armenia expelled a diplomat. The move sparked anger from Azerbaijan.", ["AZE opposes ARM"]),
        .misses(.reaction, "Croatia criticised Serbia's decision.", ["HRV opposes SRB"]),
        .fires(.reaction, "Finland joined the alliance, angering Russia.", ["RUS opposes FIN"]),
        .fires(.reaction, "Sweden's plan alarmed Norway.", ["NOR warns SWE"]),

        // subject: the members a parenthesis lists, co-holders, leaders.
        .fires(.subject, "Nine states, including Peru, Chile and Bolivia, condemned Venezuela.",
               ["PER opposes VEN", "CHL opposes VEN", "BOL opposes VEN"]),
        .fires(.subject, "The Saudi-led coalition carried out strikes against the Houthis.", ["SAU opposes HOUTHIS"]),
        .misses(.subject, "The Iran-backed militia carried out strikes against Israel.", [],
                implied: ["IRN opposes ISR"]),
        .fires(.subject, "The Chinese embassy lodged stern representations with Manila.", ["CHN opposes PHL"]),
        .fires(.subject, "Ecuadorian police raided the Mexican embassy.", ["ECU opposes MEX"]),
    ]
}

@Suite("Rules: verbs")
struct VerbRuleTests {
    @Test(arguments: RuleTables.verbs)
    func verbs(_ row: RuleCase) { row.check() }
}
