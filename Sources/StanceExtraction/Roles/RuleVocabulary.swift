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
    let reversals: StringSet
    /// Forms of the verbs of two-word reversals, each with its particle
    /// ("ruled out aid to"): "ruling" alone is a noun ("the court's ruling
    /// in support of X"), no reversal.
    let reversalParticles: [String: String]
    /// Forms of the first words of warns and opposes cues: "refused to
    /// condemn" withholds a stance rather than opposing the object.
    let hostileForms: StringSet
    /// "will attack X" warns X: forms of force verbs and of intent markers.
    let coerciveForms: StringSet
    let threatMarkers: StringSet
    /// First words of noun cues naming an act ("airstrikes on"): held only
    /// by a named owner.
    let actionNouns: StringSet
    /// First words of demand cues: a later refusal answers their holder.
    let demandVerbs: StringSet
    /// Their forms: "demanded that Peru cut ties" is the demander's.
    let demandForms: StringSet
    /// Ids of international organisations, the only things one can leave
    /// by a `departure` cue.
    let organisations: StringSet
    /// Ids of states and territories: an owner's state ("China's Taiwan
    /// claim") qualifies a thing, it is no body of the owner.
    let states: StringSet
    /// Participles not ending in -ed that may follow a passive auxiliary.
    let irregularParticiples: StringSet
    /// "was", "were", "got": a participle after one of them is passive.
    let passiveAuxiliaries: StringSet
    /// Words that open a fronted phrase ("Alongside its support for ...,").
    let frontingWords: StringSet
    /// "between A and B": prepositions after a mutual cue that join its parties.
    let mutualPrepositions: StringSet
    /// Negators; a cue that spells one is itself negative ("has not renounced").
    let negators: StringSet
    /// Words up to four before a noun cue that negate it ("without a pact").
    let nounNegators: StringSet
    /// "along with", "together with": a parenthesis after a subject opened
    /// by one adds holders (each phrase as its words).
    let accompaniment: [[String]]
    /// "including", "such as": a parenthesis opened by one lists holders.
    let inclusionWords: StringSet
    /// "neither", "nor": words that negate the subject after them.
    let subjectNegators: StringSet
    /// "failure to arrest": nouns that negate the infinitive after them.
    let negatingNouns: StringSet
    /// "lack of support", "the end of ties": nouns of absence before "of".
    let absenceNouns: StringSet
    /// Words that open a condition ("if X attacks Y").
    let conditionMarkers: StringSet
    /// "condemned the attack on X": past a noun's head, these lead away from the target.
    let detachingPrepositions: StringSet
    /// "defended its decision against X": no support reaches past these.
    let opposingPrepositions: StringSet
    /// "a coup in X": a place, not a target.
    let locativePrepositions: StringSet
    /// "is unacceptable", "as provocative": words predicating a judgement.
    let linkingVerbs: StringSet
    /// Forms of "call", "brand": verbs predicating a judgement of their object.
    let namingForms: StringSet
    /// "on", "last": time words that only open an adverbial.
    let timeOpeners: StringSet
    /// "behalf": on whose behalf, no target.
    let proxyNouns: StringSet
    /// "put forward by": particles between an authoring participle and "by".
    let authoringParticles: StringSet
    /// "joined forces": no accession.
    let joiningIdioms: StringSet
    /// "will", "would": a reproach foretold.
    let futureMarkers: StringSet
    /// "declined to comment": verbs of speech a refusal withholds.
    let withheldSpeech: StringSet
    /// "poses a threat": forms of the verbs that predicate a danger as "is" does.
    let posingForms: StringSet
    /// "very", "so": degree words before a judgement.
    let degreeWords: StringSet
    /// "and", "but": a verb after one shares the subject before.
    let sharedSubjectJoiners: Set<String>
    /// "of", "to": prepositions that never open an adverbial between a
    /// subject and its verb.
    let nonAdverbialPrepositions: StringSet
    /// "decision", "plan", "right": nouns whose infinitive is their owner's act.
    let intentNouns: StringSet
    /// First words of cues that do something rather than say something
    /// ("seize", "sanction", "strikes"): their finding is a deed.
    let deeds: StringSet
    /// "seizure", "move", "sanctions": nouns of acts that a definite
    /// object may refer back to.
    let actNouns: StringSet
    /// `actNouns` and `actionNouns` together, every form: any act ("the
    /// strike ... the attack", "the US sanctions, which").
    let actNounForms: StringSet
    /// Forms of "file", "issue": a noun cue after one is its subject's.
    let lightVerbs: StringSet
    /// "reject", "rebuff": a rejection governs what it rejects.
    let rejections: StringSet
    /// Forms of "deny", "dismiss": a denial is about the accuser.
    let denials: StringSet
    /// "accusation", "claims": what a denial rejects.
    let accusationNouns: StringSet
    /// "reports", "signs": nouns whose "that" clause says what they are about.
    let contentNouns: StringSet
    /// First words of cues that accuse ("accuse", "accusations"): their
    /// holders are the accusers later denials answer.
    let accusations: StringSet
    /// "welcomed the deal": nouns naming an agreement, whose parties the
    /// article reported before.
    let agreementNouns: StringSet
    /// "normalise", "establish": a supporting cue opening with one reports
    /// an agreement though it names none ("normalised relations with X").
    let agreementVerbs: StringSet
    /// "responsibility": words of warning verdicts that, stated rather than
    /// announced, blame ("X and Y bear responsibility for ...").
    let blameVerdicts: StringSet
    /// "must": a verdict demanded is still a warning ("must bear all consequences").
    let demandModals: StringSet
    /// "by", "after": a gerund after one is the preceding verb's subject's
    /// ("responded by imposing tariffs on X").
    let gerundPrepositions: StringSet
    /// "into", "to", "as": the last word of a cue that leads to a body
    /// ("was admitted into ASEAN").
    let destinationPrepositions: StringSet
    /// "make X pay a heavy price": forms of causative verbs.
    let causativeForms: StringSet
    /// "the ambassador to the UN", "officials in Beijing": prepositions
    /// whose phrase may follow a subject before its verb.
    let postingPrepositions: StringSet
    /// "a statement from X", "a letter by X": what introduces a speech act's author.
    let authorPrepositions: StringSet
    /// "told X that": reporting verbs whose object is the one addressed, inflected.
    let addresseeForms: StringSet
    /// "viewed by X as a provocation": verbs of regarding, inflected.
    let regardingForms: StringSet
    /// "joined X in condemning Y": verbs of joining another in an act, inflected.
    let joiningForms: StringSet
    /// "the draft, which was proposed by X": verbs naming an act's author, inflected.
    let authoringForms: StringSet
    /// "sent troops to defend X": verbs of sending or using, inflected.
    let dispatchForms: StringSet
    /// "protect X from Y": verbs whose "from" or "against" phrase names a threat, inflected.
    let protectionForms: StringSet
    let shieldingPrepositions: StringSet
    /// "enemy", "ally": nouns of a relation owned by one actor.
    let relationalNouns: StringSet
    /// "while", "after": words opening a fronted clause before the subject.
    let subordinators: StringSet
    /// "statement", "resolution": a participle cue after one belongs to
    /// whoever made it.
    let speechActs: StringSet
    /// "ban on", "boycott of": prepositions after which a verb cue is a noun.
    let nounComplements: StringSet

    init(ontology: Ontology, inflector: Inflector) {
        let language = ontology.language
        func words(_ list: WordList) -> Set<String> { Set(language[list].map { $0.lowercased() }) }
        let reversalVerbs = language[.reversalVerbs].map { $0.lowercased() }
        reversals = StringSet(inflector.verbForms(of: reversalVerbs.filter { !$0.contains(" ") }))
        reversalParticles = reversalVerbs.reduce(into: [:]) { table, phrase in
            let words = phrase.split(separator: " ").map(String.init)
            guard words.count == 2 else { return }
            for form in inflector.verbForms(words[0]) { table[form] = words[1] }
        }
        // One-word cues only: the first words of phrases ("meet with
        // derision", "take countermeasures") are no hostile acts by themselves.
        hostileForms = StringSet(inflector.verbForms(of: ontology.cues.filter {
            $0.relation != .supports && $0.kind == .verb && !$0.pattern.contains(" ")
        }.flatMap(\.spellings)))
        coerciveForms = StringSet(inflector.verbForms(of: language[.coerciveVerbs]))
        threatMarkers = StringSet(inflector.verbForms(of: language[.threatMarkers]))
        actionNouns = StringSet(words(.actionNouns))
        demandVerbs = StringSet(words(.demandVerbs))
        demandForms = StringSet(inflector.verbForms(of: language[.demandVerbs]))
        organisations = StringSet(Set(ontology.actors.filter { $0.kind == "igo" }.map(\.id)))
        states = StringSet(Set(ontology.actors.filter { $0.kind == "state" || $0.kind == "territory" }.map(\.id)))
        irregularParticiples = StringSet(words(.irregularParticiples))
        passiveAuxiliaries = StringSet(words(.passiveAuxiliaries))
        frontingWords = StringSet(words(.frontingWords))
        mutualPrepositions = StringSet(words(.mutualPrepositions))
        negators = StringSet(words(.negators))
        nounNegators = StringSet(words(.nounNegators))
        absenceNouns = StringSet(words(.absenceNouns))
        negatingNouns = StringSet(words(.negatingNouns))
        subjectNegators = StringSet(words(.subjectNegators))
        inclusionWords = StringSet(words(.inclusionWords))
        accompaniment = language[.accompanimentPhrases].map { $0.lowercased().split(separator: " ").map(String.init) }
        conditionMarkers = StringSet(words(.conditionMarkers))
        detachingPrepositions = StringSet(words(.detachingPrepositions))
        opposingPrepositions = StringSet(words(.opposingPrepositions))
        locativePrepositions = StringSet(words(.locativePrepositions))
        linkingVerbs = StringSet(words(.linkingVerbs))
        namingForms = StringSet(inflector.verbForms(of: language[.namingVerbs]))
        timeOpeners = StringSet(words(.timeOpeners))
        proxyNouns = StringSet(words(.proxyNouns))
        authoringParticles = StringSet(words(.authoringParticles))
        joiningIdioms = StringSet(words(.joiningIdioms))
        futureMarkers = StringSet(words(.futureMarkers))
        withheldSpeech = StringSet(words(.withheldSpeech))
        posingForms = StringSet(inflector.verbForms(of: language[.posingVerbs]))
        degreeWords = StringSet(words(.degreeWords))
        sharedSubjectJoiners = words(.sharedSubjectJoiners)
        nonAdverbialPrepositions = StringSet(words(.nonAdverbialPrepositions))
        nounComplements = StringSet(words(.nounComplements))
        lightVerbs = StringSet(inflector.verbForms(of: language[.lightVerbs]))
        deeds = StringSet(words(.coerciveVerbs).union(words(.actionNouns)).union(words(.measureVerbs)))
        intentNouns = StringSet(Set(language[.intentNouns].flatMap { Inflector.nounForms($0.lowercased()) }))
        actNouns = StringSet(Set(language[.actNouns].flatMap { Inflector.nounForms($0.lowercased()) }))
        actNounForms = StringSet(Set(language[.actNouns].flatMap { Inflector.nounForms($0.lowercased()) })
            .union(words(.actionNouns)))
        rejections = StringSet(Set(language[.rejectionVerbs].map { $0.lowercased() }))
        denials = StringSet(Set(language[.denialVerbs].map { $0.lowercased() }))
        accusationNouns = StringSet(Set(language[.accusationNouns].flatMap { Inflector.nounForms($0.lowercased()) }))
        contentNouns = StringSet(Set(language[.contentNouns].flatMap { Inflector.nounForms($0.lowercased()) }))
        accusations = StringSet(Set(language[.accusationCues].map { $0.lowercased() }))
        agreementNouns = StringSet(words(.agreementNouns))
        agreementVerbs = StringSet(words(.agreementVerbs))
        blameVerdicts = StringSet(words(.blameVerdicts))
        demandModals = StringSet(words(.demandModals))
        gerundPrepositions = StringSet(words(.gerundPrepositions))
        destinationPrepositions = StringSet(words(.destinationPrepositions))
        causativeForms = StringSet(inflector.verbForms(of: language[.causativeVerbs]))
        postingPrepositions = StringSet(words(.postingPrepositions))
        authorPrepositions = StringSet(words(.authorPrepositions))
        addresseeForms = StringSet(inflector.verbForms(of: language[.addresseeVerbs]))
        regardingForms = StringSet(inflector.verbForms(of: language[.regardingVerbs] + language[.namingVerbs]))
        joiningForms = StringSet(inflector.verbForms(of: language[.joiningVerbs]))
        authoringForms = StringSet(inflector.verbForms(of: language[.authoringVerbs]))
        dispatchForms = StringSet(inflector.verbForms(of: language[.dispatchVerbs]))
        protectionForms = StringSet(inflector.verbForms(of: language[.protectionVerbs]))
        shieldingPrepositions = StringSet(words(.shieldingPrepositions))
        relationalNouns = StringSet(words(.relationalNouns))
        subordinators = StringSet(words(.subordinators))
        speechActs = StringSet(Set(language[.speechActs].flatMap { Inflector.nounForms($0.lowercased()) }))
    }
}
