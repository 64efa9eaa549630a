/// Every rule of the extractor, by the name evidence carries.
///
/// A finding's `rule` reads `kind:holder-route`: the cue's kind (`verb`,
/// `noun`, ...), the holder rule that placed its source, and the target
/// route that found its target ("verb:subject-object", "refusal:subject-
/// demander", "noun:owner-object"). Vetoes and shifts never appear in a
/// finding; `explain` names them when they remove or change one. The README
/// ("How extraction works") has the same table with an example each.
enum RuleName: String, CaseIterable, Sendable {
    // Holder rules: who holds the stance.
    /// "Y was condemned by X": the agent after "by".
    case passive
    /// "the League urged the Union to support X": whoever urges.
    case controller
    /// "X condemned Y": the subject right before the verb.
    case subject
    /// "X backed Y and warned Z", "X condemned Y, warning ...": the
    /// subject of the earlier verb.
    case sharedSubject = "shared-subject"
    /// "adopted a resolution condemning X": a participle after the main
    /// verb's object belongs to the sentence's subject.
    case participle
    /// "Estonia joined Latvia in condemning Russia": whoever joins and the
    /// one joined hold the gerund.
    case joined
    /// "Kenya sent troops to defend Somalia": an infinitive of purpose after
    /// the object of a verb of sending or using is its subject's.
    case purpose
    /// "its call on X to stop", "Y's backing of X's bid": a verb cue used
    /// as a noun after its owner.
    case nominalOwner = "nominal-owner"
    /// "Moscow's decision to suspend ties with X": an infinitive completing
    /// a noun belongs to the noun's owner, else to the clause's subject.
    case infinitive
    /// "... but still seeks closer cooperation with X": a noun cue in a
    /// subjectless clause after "but" belongs to the subject before.
    case elidedSubject = "elided-subject"
    /// "X said that Y's decision was unjustified": the reporter judges.
    case reportedJudge = "reporter-judge"
    /// "X's move drew criticism from Y": Y reacts to X.
    case reaction
    /// "Moscow's backing of Beijing": the owner of a noun cue.
    case owner
    /// "the Russian embargo against Cuba": an actor modifying the noun.
    case modifier
    /// "support for Kyiv from Warsaw", "condemnation from Oslo of X": the
    /// actor after "from" or "by" holds the noun.
    case agent
    /// "Oslo issued a warning to ...": the clause's subject holds the noun.
    case nounSubject = "clause-subject"
    /// "Alongside its support for X, Russia ...": the main clause's subject.
    case fronted
    /// "This is a warning to X," the envoy said: a noun cue predicated of
    /// no actor inside what a speaker says.
    case reportedNoun = "reported-speaker"
    /// "X will pay a heavy price," the minister said: a verdict's speaker.
    case speaker
    /// "Y said X will bear responsibility": the subject of the reporting verb.
    case reporter
    /// "Y vowed to make X pay a heavy price": whoever causes the verdict.
    case causer
    /// "X called Y's drills provocative": the judge is the clause's subject.
    case judge
    /// "The visit, viewed by Oslo as a provocation": the agent of a passive
    /// verb of regarding judges the subject.
    case passiveJudge = "passive-judge"
    /// "X is Y's main enemy": the owner of a relational noun.
    case possessor
    /// "... are provocative," the minister said: a judgement's quoted speaker.
    case quotedJudge = "quote-speaker"
    /// Mutual cues: "a partnership between A and B".
    case between
    /// "the A-B partnership".
    case hyphen
    /// "A restored ties with B": A's stance only.
    case with
    /// "A and B signed a treaty".
    case jointSubject = "joint-subject"

    // Target routes: whom the stance is about.
    /// The verb's or noun's object, with the actors coordinated with it.
    case object
    /// A refusal with no object answers the last demand in the article.
    case demander
    /// Leaving: only an organisation can be left.
    case organisation
    /// "denied the accusation": whoever last accused the denier.
    case accuser
    /// "warned that X was massing troops": the subject of the reported clause.
    case complement = "complement-subject"
    /// "threatened to halt talks unless X accepts": whom the condition is up to.
    case condition = "condition-subject"
    /// "slammed the seizure": the act's owner, from what was said before.
    case act
    /// "Putin, whom he praised": the antecedent of an object relative.
    case relative
    /// "welcomed the deal": the parties of the agreement reported before.
    case agreement
    /// "condemned X and warned of consequences": a warning with no object
    /// is aimed at whom its holder opposed earlier in the sentence.
    case sharedTarget = "shared-target"

    // Vetoes: a finding they match is dropped.
    /// "does not support", "no support for", "halted aid to".
    case negation
    /// "Will X back Y?"
    case question
    /// "if X attacks Y": a condition states no stance.
    case conditional
    /// A cue inside what an earlier cue is about ("threatened to cut ties").
    case governedCue = "governed-cue"
    /// "the Taliban ban on women": a verb cue used as a noun.
    case nounUse = "noun-use"
    /// "patrols against illegal fishing": an attributive judgement judges nobody.
    case unpredicatedJudgement = "unpredicated-judgement"

    // Shifts: the relation changes.
    /// "will attack X", "would boycott X": a coercive act announced warns.
    case announcedAct = "announced-act"
    /// "X and Y bear responsibility for the devastation": a verdict of
    /// responsibility stated, not announced, blames.
    case statedBlame = "stated-blame"
}
