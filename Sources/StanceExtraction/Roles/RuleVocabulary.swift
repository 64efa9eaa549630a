import StanceOntology

/// The word lists the argument rules consult, read from the ontology and
/// inflected once when the extractor is built, so that a rule asks one set
/// per token and a user changes a list in `language.yaml`, not in code.
/// (Lists asked of every token are `WordClass`es of the `WordTable`.)
struct RuleVocabulary: Sendable {
    /// Forms of verbs that undo a noun cue after them ("halted aid to").
    var reversals: Set<String> = []
    /// Forms of the first words of warns and opposes cues: "refused to
    /// condemn" withholds a stance rather than opposing the object.
    var hostileForms: Set<String> = []
    /// "will attack X" warns X: forms of force verbs and of intent markers.
    var forceForms: Set<String> = []
    var threatMarkers: Set<String> = []
    /// First words of noun cues naming an act ("airstrikes on"): held only
    /// by a named owner.
    var actionNouns: Set<String> = []
    /// First words of demand cues: a later refusal answers their holder.
    var demandVerbs: Set<String> = []
    /// Ids of international organisations, the only things one can leave
    /// by a `departure` cue.
    var organisations: Set<String> = []
    /// Participles not ending in -ed that may follow a passive auxiliary.
    var irregularParticiples: Set<String> = ["struck", "held", "made", "given", "taken"]
    /// "was", "were", "got": a participle after one of them is passive.
    var passiveAuxiliaries: Set<String> = ["was", "were", "been", "is", "are", "be", "being", "get", "got"]
    /// Words that open a fronted phrase ("Alongside its support for ...,").
    var frontingWords: Set<String> = [
        "alongside", "in", "during", "after", "amid", "despite", "with", "following", "besides",
        "beyond", "apart", "on", "at", "by", "through", "while", "as", "before", "since",
    ]
    /// "between A and B": prepositions after a mutual cue that join its parties.
    var mutualPrepositions: Set<String> = ["between", "among", "amongst"]
    /// Negators; a cue that spells one is itself negative ("has not renounced").
    var negators: Set<String> = ["not", "n't", "never", "no"]
    /// Words up to four before a noun cue that negate it ("without a pact",
    /// "failed to reach an agreement").
    var nounNegators: Set<String> = ["without", "failed", "fail"]
    /// "lack of support", "the end of ties": nouns of absence before "of".
    var absenceNouns: Set<String> = ["lack", "absence", "withdrawal", "end"]
    /// Words that open a condition ("if X attacks Y").
    var conditionMarkers: Set<String> = ["if", "unless"]

    init(ontology: Ontology) {
        let language = ontology.language
        reversals = Self.forms(language.reversalVerbs)
        hostileForms = Self.forms(ontology.cues.filter { $0.relation != .supports }.map(\.pattern))
        forceForms = Self.forms(language.forceVerbs)
        threatMarkers = Self.forms(language.threatMarkers)
        actionNouns = Set(language.actionNouns.map { $0.lowercased() })
        demandVerbs = Set(language.demandVerbs.map { $0.lowercased() })
        organisations = Set(ontology.actors.filter { $0.kind == "igo" }.map(\.id))
    }

    /// Every inflected form of the first word of each phrase ("rule out"
    /// -> "ruled"; the first word carries the inflection).
    static func forms(_ phrases: [String]) -> Set<String> {
        phrases.reduce(into: []) { forms, phrase in
            if let head = phrase.lowercased().split(separator: " ").first {
                forms.formUnion(Inflector.verbForms(String(head)))
            }
        }
    }
}
