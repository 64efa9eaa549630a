/// A stretch of tokens that stands for an actor.
public struct Mention: Hashable, Sendable {
    public enum Form: Hashable, Sendable {
        /// A name, capital or seat: "Russia", "Moscow", "the Kremlin".
        case name
        /// An adjective or demonym: "Russian", "Chinese".
        case adjective
        /// A person who speaks for the actor: "Sergei Shoigu".
        case official
        /// he, she, it, its: resolved by `Coreference`.
        case pronoun
        /// we, our, I inside a quote: the quote's speaker.
        case firstPerson
        /// "the island", "the prime minister": refers back.
        case description
        /// "which", "who" after an actor: the actor before it.
        case relative
        /// "they", "the two countries", "both sides": several actors named
        /// together before.
        case plural
    }

    /// Token range of the phrase, without a possessive marker.
    public var start: Int
    public var end: Int
    /// Index just past the possessive marker when there is one, else `end`.
    public var extent: Int
    /// The actor id; nil while a pronoun or description is unresolved.
    public var actor: String?
    public var form: Form
    /// "Japan's ...": the actor owns what follows.
    public var possessive: Bool
    /// Whether the phrase can be the holder of a stance: a name, an
    /// official, or a phrase headed by a body that speaks for the actor
    /// ("Japan's Cabinet"), but not "Japan's buildup" or "Chinese moves".
    public var agentive: Bool
    /// For officials, their title from the ontology, lower-cased.
    public var title: String?
    /// The text as written, for the speaker field of evidence.
    public var surface: String
    /// The other actors a plural mention stands for ("they" after "Peru and
    /// Chile": `actor` PER, `group` [CHL]).
    public var group: [String] = []

    /// Every actor the phrase stands for.
    public var actors: [String] { actor.map { [$0] + group } ?? [] }

    /// Officials and phrases headed by a person's title ("the Fijian prime
    /// minister") are people: "he" and "she" refer back to them.
    var isPerson: Bool { title != nil && form != .relative }
}
