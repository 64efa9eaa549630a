/// Word lists the extractor needs besides actors and cues, kept as data in
/// `Ontology/language.yaml` so that they can be corrected without code.
public struct LanguageResources: Hashable, Sendable {
    /// Abbreviations whose full stop does not end a sentence ("Mr", "Dept").
    public var abbreviations: Set<String> = []
    /// Heads of noun phrases that speak for the actor that owns or modifies
    /// them ("ministry", "foreign minister", "spokesperson", "government").
    public var agentHeads: [String] = []
    /// Titles that may stand before a name or, with "the", refer back to a
    /// named office holder ("prime minister", "president").
    public var titles: [String] = []
    /// Place and other names that contain an actor's name but are no actor
    /// ("Taiwan Strait", "South China Sea"). Matched before actors.
    public var nonActors: [String] = []
    /// News agencies and outlets: they report, they are never the speaker.
    public var media: [String] = []
    /// Verbs that introduce speech ("say", "tell", "announce"), as lemmas.
    public var reportingVerbs: [String] = []
    /// Words that negate a following cue ("not", "never", "n't").
    public var negators: Set<String> = []
    /// Words and phrases that end a clause for argument search ("while",
    /// "but", "although"), besides punctuation.
    public var clauseBreaks: Set<String> = []
    /// Words that may start a sentence after an abbreviation such as "U.S."
    /// ("The", "He"): there the full stop does end the sentence.
    public var sentenceStarters: Set<String> = []
    /// Nouns that refer back to an actor of a given kind ("the island",
    /// "the country"), keyed by the phrase, valued by the actor kind or id.
    public var descriptions: [String: String] = [:]
    /// Verbs of demanding, as lemmas ("demand"): a refusal later in the
    /// article opposes the holder of the last cue that starts with one.
    public var demandVerbs: [String] = []
    /// Verbs that undo what the noun after them names, as lemmas ("halted
    /// aid to", "lifted sanctions on", "broke off ties with"): a noun or
    /// mutual cue right after one gives no edge.
    public var reversalVerbs: [String] = []
    /// Verbs of force ("attack") that announce a threat after a marker of
    /// intent ("will", "wants to"): "will attack X" warns X.
    public var forceVerbs: [String] = []
    /// First words of noun cues naming an act ("attacks on"): only their
    /// named owner holds them, never the clause's subject.
    public var actionNouns: [String] = []
    public var threatMarkers: [String] = []

    public init() {}
}
