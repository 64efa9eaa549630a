import Synchronization

/// The word lists of `Ontology/language.yaml`, one per key. Every English
/// word a rule of the extractor consults is in one of them, so a user
/// corrects the extractor's English in data, not code. The file's comments
/// say what each list is for; `WordList`'s cases name the keys.
public enum WordList: String, CaseIterable, Hashable, Sendable {
    // Sentences.
    case abbreviations
    case sentenceStarters = "sentence_starters"
    case lineContinuations = "line_continuations"
    // Actors and people.
    case agentHeads = "agent_heads"
    case titles
    case headModifiers = "head_modifiers"
    case ownerPrepositions = "owner_prepositions"
    case seatPrepositions = "seat_prepositions"
    case ethnicMarkers = "ethnic_markers"
    case classifierHeads = "classifier_heads"
    case formerMarkers = "former_markers"
    case nameJoiners = "name_joiners"
    case relationalNouns = "relational_nouns"
    case seatedHeads = "seated_heads"
    case postingPrepositions = "posting_prepositions"
    case authorPrepositions = "author_prepositions"
    case addresseeVerbs = "addressee_verbs"
    case governingHeads = "governing_heads"
    case regardingVerbs = "regarding_verbs"
    case joiningVerbs = "joining_verbs"
    case authoringVerbs = "authoring_verbs"
    case dispatchVerbs = "dispatch_verbs"
    case protectionVerbs = "protection_verbs"
    case shieldingPrepositions = "shielding_prepositions"
    case leadingParticiples = "leading_participles"
    case nonActors = "non_actors"
    case media
    case honorifics
    case neverInNames = "never_in_names"
    case appositionArticles = "apposition_articles"
    // Pronouns and reference.
    case personalPronouns = "personal_pronouns"
    case neuterPronouns = "neuter_pronouns"
    case pluralPronouns = "plural_pronouns"
    case reciprocalVerbs = "reciprocal_verbs"
    case firstPersonPronouns = "first_person_pronouns"
    case possessivePronouns = "possessive_pronouns"
    case relativePronouns = "relative_pronouns"
    case clauseOpeners = "clause_openers"
    case subordinators
    case timeWords = "time_words"
    case timeOpeners = "time_openers"
    case proxyNouns = "proxy_nouns"
    // Speech.
    case reportingVerbs = "reporting_verbs"
    case reportingWords = "reporting_words"
    // Clause structure.
    case prepositions
    case determiners
    case coordinators
    case sharedSubjectJoiners = "shared_subject_joiners"
    case auxiliaries
    case catenativeVerbs = "catenative_verbs"
    case readinessAdjectives = "readiness_adjectives"
    case breakMarks = "break_marks"
    case gapStops = "gap_stops"
    case clauseBreaks = "clause_breaks"
    case frontingWords = "fronting_words"
    case detachingPrepositions = "detaching_prepositions"
    case opposingPrepositions = "opposing_prepositions"
    case nonAdverbialPrepositions = "non_adverbial_prepositions"
    case nounComplements = "noun_complements"
    case speechActs = "speech_acts"
    case lightVerbs = "light_verbs"
    case actNouns = "act_nouns"
    case intentNouns = "intent_nouns"
    case denialVerbs = "denial_verbs"
    case rejectionVerbs = "rejection_verbs"
    case accusationNouns = "accusation_nouns"
    case contentNouns = "content_nouns"
    case accusationCues = "accusation_cues"
    case agreementNouns = "agreement_nouns"
    case agreementVerbs = "agreement_verbs"
    case blameVerdicts = "blame_verdicts"
    case demandModals = "demand_modals"
    case gerundPrepositions = "gerund_prepositions"
    case destinationPrepositions = "destination_prepositions"
    case causativeVerbs = "causative_verbs"
    case locativePrepositions = "locative_prepositions"
    case mutualPrepositions = "mutual_prepositions"
    case passiveAuxiliaries = "passive_auxiliaries"
    case irregularParticiples = "irregular_participles"
    case linkingVerbs = "linking_verbs"
    case namingVerbs = "naming_verbs"
    case posingVerbs = "posing_verbs"
    case authoringParticles = "authoring_particles"
    case joiningIdioms = "joining_idioms"
    case territoryNouns = "territory_nouns"
    case futureMarkers = "future_markers"
    case degreeWords = "degree_words"
    // Polarity and modality.
    case negators
    case nounNegators = "noun_negators"
    case absenceNouns = "absence_nouns"
    case refusalVerbs = "refusal_verbs"
    case withheldSpeech = "withheld_speech"
    case negatingNouns = "negating_nouns"
    case subjectNegators = "subject_negators"
    case inclusionWords = "inclusion_words"
    case accompanimentPhrases = "accompaniment_phrases"
    case conditionMarkers = "condition_markers"
    case demandVerbs = "demand_verbs"
    case reversalVerbs = "reversal_verbs"
    case coerciveVerbs = "coercive_verbs"
    case measureVerbs = "measure_verbs"
    case threatMarkers = "threat_markers"
    case actionNouns = "action_nouns"
    // Cue patterns.
    case uninflectedCueWords = "uninflected_cue_words"
    case nonCueForms = "non_cue_forms"
}

/// Word lists the extractor needs besides actors and cues, kept as data in
/// `Ontology/language.yaml` so that they can be corrected without code.
///
/// Reading a list through the subscript marks it used: a test builds the
/// extractor and fails when the file holds a list nobody reads.
public struct LanguageResources: Hashable, Sendable {
    public var lists: [WordList: [String]] = [:]
    /// Nouns that refer back to an actor of a given kind ("the island",
    /// "the country"), keyed by the phrase, valued by the actor kind or
    /// trait (or `owner`: the owner of the act just named).
    public var descriptions: [String: String] = [:]
    /// Irregular inflections of verbs: lemma -> forms ("hold": held).
    public var irregularVerbs: [String: [String]] = [:]
    private let usage = Usage()

    public init() {}

    /// The words of a list (empty when the file has none).
    public subscript(_ list: WordList) -> [String] {
        get {
            usage.mark(list)
            return lists[list] ?? []
        }
        set { lists[list] = newValue }
    }

    /// The lists the file holds that nothing has read since it was loaded.
    public var unusedLists: [WordList] {
        let used = usage.marked
        return WordList.allCases.filter { lists[$0] != nil && !used.contains($0) }
    }

    public var abbreviations: Set<String> { Set(self[.abbreviations]) }
    public var sentenceStarters: Set<String> { Set(self[.sentenceStarters]) }
    public var agentHeads: [String] { self[.agentHeads] }
    public var titles: [String] { self[.titles] }
    public var nonActors: [String] { self[.nonActors] }
    public var media: [String] { self[.media] }
    public var reportingVerbs: [String] { self[.reportingVerbs] }

    public static func == (a: LanguageResources, b: LanguageResources) -> Bool {
        a.lists == b.lists && a.descriptions == b.descriptions && a.irregularVerbs == b.irregularVerbs
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(lists)
        hasher.combine(descriptions)
        hasher.combine(irregularVerbs)
    }

    /// Which lists have been read (shared by copies of one loaded file).
    private final class Usage: Sendable {
        private let used = Mutex<Set<WordList>>([])
        func mark(_ list: WordList) { _ = used.withLock { $0.insert(list) } }
        var marked: Set<WordList> { used.withLock { $0 } }
    }
}
