import StanceGraph
import Testing

/// Each rule of the extractor on sentences written for these tests.
@Suite("Extraction rules")
struct ExtractionRuleTests {
    func edges(_ text: String) -> Set<String> {
        Set(TestSupport.extractor.extract(text, article: "t").edges.keys.map(\.description))
    }

    @Test func verbSubjectObject() {
        #expect(edges("Brazil backs Argentina in the dispute.") == ["BRA supports ARG"])
        #expect(edges("Norway on Monday strongly condemned Iceland.") == ["NOR opposes ISL"])
    }

    @Test func negationRemovesTheEdge() {
        #expect(edges("Brazil does not back Argentina.").isEmpty)
        #expect(edges("Brazil has never supported Argentina.").isEmpty)
        #expect(edges("Brazil is unwilling to back Argentina.").isEmpty)
    }

    @Test func refusalsOpposeWhomTheyRebuff() {
        // Refusing to deal with someone rebuffs them (CAMEO's "reject").
        #expect(edges("Brazil refused to support Argentina.") == ["BRA opposes ARG"])
        #expect(edges("Peru refused to meet the Chilean envoy.") == ["PER opposes CHL"])
        // Refusing to condemn withholds a stance: no edge toward the object.
        #expect(edges("Peru refused to condemn Chile.").isEmpty)
    }

    @Test func threatsAreNotActs() {
        #expect(edges("Norway threatened to cut ties with Iceland.") == ["NOR warns ISL"])
        #expect(edges("Estonia will attack Latvia.") == ["EST warns LVA"])
        #expect(edges("Estonia attacked Latvia.") == ["EST opposes LVA"])
        // A condition states no stance.
        #expect(edges("Chile will respond if Peru attacks Bolivia.").isEmpty)
    }

    @Test func undoingANounCueGivesNoEdge() {
        #expect(!edges("Japan halted economic aid to Serbia.").contains("JPN supports SRB"))
        // Lifting sanctions undoes the opposition (and is itself a cue of support).
        #expect(!edges("Japan lifted its sanctions on Serbia.").contains("JPN opposes SRB"))
    }

    @Test func passiveVoiceSwapsTheRoles() {
        #expect(edges("Argentina was criticised by Chile.") == ["CHL opposes ARG"])
    }

    @Test func coordinatedObjectsEachGetAnEdge() {
        #expect(edges("The Indian foreign ministry warned Pakistan and Bangladesh.")
                == ["IND warns PAK", "IND warns BGD"])
    }

    @Test func sharedSubjectAcrossCoordinatedVerbs() {
        #expect(edges("Kenya Backs Uganda, Warns Sudan") == ["KEN supports UGA", "KEN warns SDN"])
    }

    @Test func mutualCuesGoBothWays() {
        #expect(edges("Kenya and Uganda declared a strategic partnership.")
                == ["KEN supports UGA", "UGA supports KEN"])
        #expect(edges("The growing alliance between Peru and Chile was sealed on Monday.")
                == ["PER supports CHL", "CHL supports PER"])
        // A relation a verb is about is no stance stated here.
        #expect(edges("Ecuador welcomed the alliance between Peru and Chile.")
                == ["ECU supports PER", "ECU supports CHL"])
        #expect(edges("The France-Germany partnership deepened.") == ["FRA supports DEU", "DEU supports FRA"])
    }

    @Test func tiesWithAnotherActorAreTheHoldersStance() {
        #expect(edges("Uruguay restored full diplomatic ties with Paraguay.") == ["URY supports PRY"])
        #expect(edges("Hungary and Austria signed a treaty on Friday.") == ["HUN supports AUT", "AUT supports HUN"])
        #expect(edges("Kenya failed to reach an agreement with Somalia.").isEmpty)
    }

    @Test func coordinatedSubjectsShareAMutualStance() {
        #expect(edges("Polish and Czech ministers agreed on a joint plan.") == ["POL supports CZE", "CZE supports POL"])
        #expect(edges("Peru and Chile agreed to reopen the border.") == ["PER supports CHL", "CHL supports PER"])
    }

    @Test func bodiesNamedBeforeTheirOwnerAndCoordinatedHoldersSpeak() {
        #expect(edges("Bolivia and the government of Chile warned their citizens about Peru.")
                == ["BOL warns PER", "CHL warns PER"])
        #expect(edges("Chile's new and popular defence minister criticised Peru.") == ["CHL opposes PER"])
    }

    @Test func aNameModifyingANounHoldsNoStance() {
        #expect(edges("A Chile cleric praised Peru.").isEmpty)
        #expect(edges("Chile praised Peru.") == ["CHL supports PER"])
    }

    @Test func nominalCueTakesItsOwnerAsHolder() {
        #expect(edges("Canada's firm support for Denmark was noted.") == ["CAN supports DNK"])
        #expect(edges("Mexico issued a stern warning to Guatemala.") == ["MEX warns GTM"])
    }

    @Test func stanceTowardAClaimTargetsItsOwner() {
        #expect(edges("Egypt supports Sudan's claim over the region near Chad.") == ["EGY supports SDN"])
    }

    @Test func quotedFirstPersonIsTheSpeaker() {
        #expect(edges("“We stand with Ukraine,” the Polish prime minister said.") == ["POL supports UKR"])
    }

    @Test func pronounSubjectAfterReportingVerb() {
        #expect(edges("Spain said it opposes Morocco's plan.") == ["ESP opposes MAR"])
    }

    @Test func pronounAfterReportingVerbIsItsSubject() {
        #expect(edges("Germany welcomed the plan, and Poland said it backs Lithuania.") == ["POL supports LTU"])
    }

    @Test func possessivePronounWithABodyHoldsTheStance() {
        #expect(edges("The Fijian prime minister said his government backs Samoa.") == ["FJI supports WSM"])
    }

    @Test func peopleIntroducedByTheirOfficeSpeakForTheirState() {
        #expect(edges("Moldovan Foreign Minister Ion Popescu arrived. Later, Popescu praised Romania.")
                == ["MDA supports ROU"])
        #expect(edges("Chile's foreign minister, Ana Soto, arrived on Monday. Mrs Soto condemned Peru.")
                == ["CHL opposes PER"])
        #expect(edges("Chile's foreign minister, Ana Soto, arrived. Ms. Soto condemned Peru.")
                == ["CHL opposes PER"])
        // A title-case headline teaches no name.
        #expect(edges("Moldovan President Warns Romania") == ["MDA warns ROU"])
    }

    @Test func refusalOpposesTheDemander() {
        #expect(edges("Turkey demanded that Greece withdraw its ships, something Greece refused to do.")
                == ["TUR opposes GRC", "GRC opposes TUR"])
    }

    @Test func judgementTargetsWhatIsJudged() {
        #expect(edges("Vietnam called the Philippine drills provocative.") == ["VNM opposes PHL"])
    }

    @Test func conservativeWhenRolesAreUnclear() {
        #expect(edges("Critics of Norway warned Sweden.").isEmpty)
        #expect(edges("Germany's budget rose by five percent.").isEmpty)
        #expect(edges("Will Italy back France?").isEmpty)
        #expect(edges("The life-threatening floods hit Chad.").isEmpty)
        #expect(edges("No party in Finland supports the plan of Estonia.").isEmpty)
    }

    @Test func noSelfEdges() {
        #expect(edges("Russia warned Moscow residents.").isEmpty)
    }

    @Test func evidenceRecordsSentenceCueRuleAndRange() throws {
        let text = "Intro line.\nBrazil backs Argentina."
        let graph = TestSupport.extractor.extract(text, article: "x.txt")
        let edge = try #require(graph.edges[EdgeKey(source: "BRA", relation: .supports, target: "ARG")])
        let item = try #require(edge.evidence.first)
        #expect(item.sentence == "Brazil backs Argentina.")
        #expect(item.cue == "backs")
        #expect(item.rule.hasPrefix("verb:"))
        let scalars = Array(text.unicodeScalars)[item.start..<item.end]
        #expect(String(String.UnicodeScalarView(scalars)) == item.sentence)
        #expect(graph.actors["BRA"]?.label == "Brazil")
    }

    @Test func leavingAnOrganisationOpposesIt() {
        #expect(edges("Bolivia withdrew from the Organization of American States.") == ["BOL opposes OAS"])
        // Leaving a place is no stance toward it.
        #expect(edges("Bolivia withdrew from Peru.").isEmpty)
    }

    @Test func aForetoldConsequenceWarnsTheSubject() {
        #expect(edges("Chile's foreign minister said Peru will pay a heavy price.") == ["CHL warns PER"])
    }

    @Test func appositiveRelativesReferToTheNamedActor() {
        #expect(edges("Venezuela criticised Brazil, a regional power that has condemned Caracas.")
                == ["VEN opposes BRA", "BRA opposes VEN"])
    }

    @Test func theMoveIsItsOwnersAct() {
        #expect(edges("Peru condemned Chile's decision to close the border, warning the move breaks the treaty.")
                == ["PER opposes CHL", "PER warns CHL"])
    }

    @Test func actsNamedByNounsBelongToTheirOwner() {
        #expect(edges("Turkey's airstrikes on Syria drew protests.") == ["TUR opposes SYR"])
        // Whoever reports the strikes does not make them.
        #expect(edges("Iraq protested over the airstrikes on Syria.").isEmpty)
        // Condemning an attack opposes the attacker, not the victim.
        #expect(edges("Germany condemned the attack on Ukraine.").isEmpty)
        #expect(edges("Germany condemned the Russian attack on Ukraine.") == ["DEU opposes RUS", "RUS opposes UKR"])
    }

    @Test func hyphenatedAdjectivesAreCoordinated() {
        #expect(edges("Ethiopia rejected an Egyptian-Sudanese proposal.") == ["ETH opposes EGY", "ETH opposes SDN"])
    }

    @Test func whoeverUrgesHoldsTheStance() {
        #expect(edges("The Arab League urged the European Union to support Jordan.") == ["LAS supports JOR"])
        #expect(edges("Norway is willing to help defend Iceland.") == ["NOR supports ISL"])
    }

    @Test func reportedPronounsAfterTimeWords() {
        #expect(edges("Japan said on Tuesday it had expelled two Russian diplomats.") == ["JPN opposes RUS"])
    }

    @Test func aSentenceOpeningWithHeFollowsTheStorysSpeaker() {
        let text = """
        Iran's foreign minister Abbas Araghchi condemned the raid.

        He criticised Trump for saying that he wanted calm.

        "Through his actions, he has broken these promises."

        He also criticised the International Atomic Energy Agency for its silence.
        """
        #expect(edges(text).contains("IRN opposes IAEA"))
        #expect(!edges(text).contains("USA opposes IAEA"))
    }

    @Test func aVerdictOnTheSubjectIsTheSpeakers() {
        #expect(edges("\"Chile is about to make a grave mistake,\" Peru's foreign minister said.") == ["PER opposes CHL"])
    }

    @Test func anActorCoordinatedWithACommonNounHoldsTheVerb() {
        #expect(edges("Only Fiji and three small island states voted with Japan.") == ["FJI supports JPN"])
        #expect(edges("Egypt and Sudan condemned Ethiopia's plan, warning the move breaks the accord.")
                == ["EGY opposes ETH", "SDN opposes ETH", "EGY warns ETH", "SDN warns ETH"])
    }
}

/// Names that hold cue words once trapped the argument rules (a mention
/// that ends past the cue inside it made a backwards range).
@Suite("Extraction never traps")
struct ExtractionTrapTests {
    @Test(arguments: [
        "The United States urged the Rapid Support Forces to stop the siege.",
        "Kenya asked the Rapid Support Forces to back the truce with Sudan.",
        "Sudan told Rapid Support Forces commanders to support the ceasefire.",
    ])
    func nameHoldingACueWord(_ text: String) {
        let graph = TestSupport.extractor.extract(text, article: "t")
        #expect(graph.edges.keys.allSatisfy { $0.source != $0.target })
    }

    /// Multi-word function phrases ("as well as") and cue patterns cut off
    /// by the end of the text: every look-ahead must stop at the sentence.
    @Test(arguments: [
        "Russia condemned Poland as",
        "Russia condemned Poland as well",
        "Poland as well as",
        "As well as Chile",
        "Peru demanded that",
        "Chile would not hesitate to",
        "Mali welcomed the",
        "Israel vowed to make",
    ])
    func truncatedPhrase(_ text: String) {
        let graph = TestSupport.extractor.extract(text, article: "t")
        #expect(graph.edges.keys.allSatisfy { $0.source != $0.target })
    }
}

/// Cue matching as `explain` shows it.
@Suite("Cue matches")
struct CueMatchTests {
    /// "cut ties with" and "cut * ties with" (empty gap) spell the same
    /// words: one cue, one trace line.
    @Test func twoPatternsSpellingTheSameWordsMatchOnce() {
        let analysis = TestSupport.extractor.analyze("Canada cut ties with Russia.", trace: true)
        #expect(analysis.cues.filter { $0.cue == "cut ties with" }.count == 1)
    }
}
