import StanceOntology

/// The word lists the argument rules consult, read from the ontology and
/// inflected once when the extractor is built, so that a rule asks one set
/// and a user changes a list in `language.yaml`, not in code. (Lists asked
/// of every token are `WordClass`es of the `WordTable` instead.)
///
/// A class: every rule context holds it, and a struct of this many sets
/// cost a retain and a release of each at every cue.
final class RuleVocabulary: Sendable {
    /// Forms of verbs that undo a noun cue after them ("halted aid to").
    let reversals: Set<String>
    /// Forms of the first words of warns and opposes cues: "refused to
    /// condemn" withholds a stance rather than opposing the object.
    let hostileForms: Set<String>
    /// "will attack X" warns X: forms of force verbs and of intent markers.
    let coerciveForms: Set<String>
    let threatMarkers: Set<String>
    /// First words of noun cues naming an act ("airstrikes on"): held only
    /// by a named owner.
    let actionNouns: Set<String>
    /// First words of demand cues: a later refusal answers their holder.
    let demandVerbs: Set<String>
    /// Their forms: "demanded that Peru cut ties" is the demander's.
    let demandForms: Set<String>
    /// Ids of international organisations, the only things one can leave
    /// by a `departure` cue.
    let organisations: Set<String>
    /// Ids of states and territories: an owner's state ("China's Taiwan
    /// claim") qualifies a thing, it is no body of the owner.
    let states: Set<String>
    /// Participles not ending in -ed that may follow a passive auxiliary.
    let irregularParticiples: Set<String>
    /// "was", "were", "got": a participle after one of them is passive.
    let passiveAuxiliaries: Set<String>
    /// Words that open a fronted phrase ("Alongside its support for ...,").
    let frontingWords: Set<String>
    /// "between A and B": prepositions after a mutual cue that join its parties.
    let mutualPrepositions: Set<String>
    /// Negators; a cue that spells one is itself negative ("has not renounced").
    let negators: Set<String>
    /// Words up to four before a noun cue that negate it ("without a pact").
    let nounNegators: Set<String>
    /// "along with", "together with": a parenthesis after a subject opened
    /// by one adds holders (each phrase as its words).
    let accompaniment: [[String]]
    /// "including", "such as": a parenthesis opened by one lists holders.
    let inclusionWords: Set<String>
    /// "neither", "nor": words that negate the subject after them.
    let subjectNegators: Set<String>
    /// "failure to arrest": nouns that negate the infinitive after them.
    let negatingNouns: Set<String>
    /// "lack of support", "the end of ties": nouns of absence before "of".
    let absenceNouns: Set<String>
    /// Words that open a condition ("if X attacks Y").
    let conditionMarkers: Set<String>
    /// "condemned the attack on X": past a noun's head, these lead away from the target.
    let detachingPrepositions: Set<String>
    /// "defended its decision against X": no support reaches past these.
    let opposingPrepositions: Set<String>
    /// "a coup in X": a place, not a target.
    let locativePrepositions: Set<String>
    /// "is unacceptable", "as provocative": words predicating a judgement.
    let linkingVerbs: Set<String>
    /// Forms of "call", "brand": verbs predicating a judgement of their object.
    let namingForms: Set<String>
    /// "very", "so": degree words before a judgement.
    let degreeWords: Set<String>
    /// "and", "but": a verb after one shares the subject before.
    let sharedSubjectJoiners: Set<String>
    /// "of", "to": prepositions that never open an adverbial between a
    /// subject and its verb.
    let nonAdverbialPrepositions: Set<String>
    /// "decision", "plan", "right": nouns whose infinitive is their owner's act.
    let intentNouns: Set<String>
    /// First words of cues that do something rather than say something
    /// ("seize", "sanction", "strikes"): their finding is a deed.
    let deeds: Set<String>
    /// "seizure", "move", "sanctions": nouns of acts that a definite
    /// object may refer back to.
    let actNouns: Set<String>
    /// Forms of "file", "issue": a noun cue after one is its subject's.
    let lightVerbs: Set<String>
    /// "reject", "rebuff": a rejection governs what it rejects.
    let rejections: Set<String>
    /// Forms of "deny", "dismiss": a denial is about the accuser.
    let denials: Set<String>
    /// "accusation", "claims": what a denial rejects.
    let accusationNouns: Set<String>
    /// "reports", "signs": nouns whose "that" clause says what they are about.
    let contentNouns: Set<String>
    /// First words of cues that accuse ("accuse", "accusations"): their
    /// holders are the accusers later denials answer.
    let accusations: Set<String>
    /// "welcomed the deal": nouns naming an agreement, whose parties the
    /// article reported before.
    let agreementNouns: Set<String>
    /// "normalise", "establish": a supporting cue opening with one reports
    /// an agreement though it names none ("normalised relations with X").
    let agreementVerbs: Set<String>
    /// "responsibility": words of warning verdicts that, stated rather than
    /// announced, blame ("X and Y bear responsibility for ...").
    let blameVerdicts: Set<String>
    /// "must": a verdict demanded is still a warning ("must bear all consequences").
    let demandModals: Set<String>
    /// "by", "after": a gerund after one is the preceding verb's subject's
    /// ("responded by imposing tariffs on X").
    let gerundPrepositions: Set<String>
    /// "into", "to", "as": the last word of a cue that leads to a body
    /// ("was admitted into ASEAN").
    let destinationPrepositions: Set<String>
    /// "make X pay a heavy price": forms of causative verbs.
    let causativeForms: Set<String>
    /// "the ambassador to the UN", "officials in Beijing": prepositions
    /// whose phrase may follow a subject before its verb.
    let postingPrepositions: Set<String>
    /// "a statement from X", "a letter by X": what introduces a speech act's author.
    let authorPrepositions: Set<String>
    /// "told X that": reporting verbs whose object is the one addressed, inflected.
    let addresseeForms: Set<String>
    /// "viewed by X as a provocation": verbs of regarding, inflected.
    let regardingForms: Set<String>
    /// "joined X in condemning Y": verbs of joining another in an act, inflected.
    let joiningForms: Set<String>
    /// "the draft, which was proposed by X": verbs naming an act's author, inflected.
    let authoringForms: Set<String>
    /// "sent troops to defend X": verbs of sending or using, inflected.
    let dispatchForms: Set<String>
    /// "protect X from Y": verbs whose "from" or "against" phrase names a threat, inflected.
    let protectionForms: Set<String>
    let shieldingPrepositions: Set<String>
    /// "enemy", "ally": nouns of a relation owned by one actor.
    let relationalNouns: Set<String>
    /// "while", "after": words opening a fronted clause before the subject.
    let subordinators: Set<String>
    /// "statement", "resolution": a participle cue after one belongs to
    /// whoever made it.
    let speechActs: Set<String>
    /// "ban on", "boycott of": prepositions after which a verb cue is a noun.
    let nounComplements: Set<String>

    init(ontology: Ontology, inflector: Inflector) {
        let language = ontology.language
        func words(_ list: WordList) -> Set<String> { Set(language[list].map { $0.lowercased() }) }
        reversals = inflector.verbForms(of: language[.reversalVerbs])
        // One-word cues only: the first words of phrases ("meet with
        // derision", "take countermeasures") are no hostile acts by themselves.
        hostileForms = inflector.verbForms(of: ontology.cues.filter {
            $0.relation != .supports && $0.kind == .verb && !$0.pattern.contains(" ")
        }.flatMap(\.spellings))
        coerciveForms = inflector.verbForms(of: language[.coerciveVerbs])
        threatMarkers = inflector.verbForms(of: language[.threatMarkers])
        actionNouns = words(.actionNouns)
        demandVerbs = words(.demandVerbs)
        demandForms = inflector.verbForms(of: language[.demandVerbs])
        organisations = Set(ontology.actors.filter { $0.kind == "igo" }.map(\.id))
        states = Set(ontology.actors.filter { $0.kind == "state" || $0.kind == "territory" }.map(\.id))
        irregularParticiples = words(.irregularParticiples)
        passiveAuxiliaries = words(.passiveAuxiliaries)
        frontingWords = words(.frontingWords)
        mutualPrepositions = words(.mutualPrepositions)
        negators = words(.negators)
        nounNegators = words(.nounNegators)
        absenceNouns = words(.absenceNouns)
        negatingNouns = words(.negatingNouns)
        subjectNegators = words(.subjectNegators)
        inclusionWords = words(.inclusionWords)
        accompaniment = language[.accompanimentPhrases].map { $0.lowercased().split(separator: " ").map(String.init) }
        conditionMarkers = words(.conditionMarkers)
        detachingPrepositions = words(.detachingPrepositions)
        opposingPrepositions = words(.opposingPrepositions)
        locativePrepositions = words(.locativePrepositions)
        linkingVerbs = words(.linkingVerbs)
        namingForms = inflector.verbForms(of: language[.namingVerbs])
        degreeWords = words(.degreeWords)
        sharedSubjectJoiners = words(.sharedSubjectJoiners)
        nonAdverbialPrepositions = words(.nonAdverbialPrepositions)
        nounComplements = words(.nounComplements)
        lightVerbs = inflector.verbForms(of: language[.lightVerbs])
        deeds = words(.coerciveVerbs).union(words(.actionNouns)).union(words(.measureVerbs))
        intentNouns = Set(language[.intentNouns].flatMap { Inflector.nounForms($0.lowercased()) })
        actNouns = Set(language[.actNouns].flatMap { Inflector.nounForms($0.lowercased()) })
        rejections = Set(language[.rejectionVerbs].map { $0.lowercased() })
        denials = Set(language[.denialVerbs].map { $0.lowercased() })
        accusationNouns = Set(language[.accusationNouns].flatMap { Inflector.nounForms($0.lowercased()) })
        contentNouns = Set(language[.contentNouns].flatMap { Inflector.nounForms($0.lowercased()) })
        accusations = Set(language[.accusationCues].map { $0.lowercased() })
        agreementNouns = words(.agreementNouns)
        agreementVerbs = words(.agreementVerbs)
        blameVerdicts = words(.blameVerdicts)
        demandModals = words(.demandModals)
        gerundPrepositions = words(.gerundPrepositions)
        destinationPrepositions = words(.destinationPrepositions)
        causativeForms = inflector.verbForms(of: language[.causativeVerbs])
        postingPrepositions = words(.postingPrepositions)
        authorPrepositions = words(.authorPrepositions)
        addresseeForms = inflector.verbForms(of: language[.addresseeVerbs])
        regardingForms = inflector.verbForms(of: language[.regardingVerbs] + language[.namingVerbs])
        joiningForms = inflector.verbForms(of: language[.joiningVerbs])
        authoringForms = inflector.verbForms(of: language[.authoringVerbs])
        dispatchForms = inflector.verbForms(of: language[.dispatchVerbs])
        protectionForms = inflector.verbForms(of: language[.protectionVerbs])
        shieldingPrepositions = words(.shieldingPrepositions)
        relationalNouns = words(.relationalNouns)
        subordinators = words(.subordinators)
        speechActs = Set(language[.speechActs].flatMap { Inflector.nounForms($0.lowercased()) })
    }
}
