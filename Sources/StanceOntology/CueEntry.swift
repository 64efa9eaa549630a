import StanceModel

/// A word or phrase that signals a stance, and how its arguments are found.
///
/// Patterns are lower-case words separated by spaces; `*` stands for a gap
/// of up to three words ("not renounce * force"). Inflections are produced by
/// rule from the base form, so the lexicon lists lemmas only.
public struct CueEntry: Hashable, Sendable {
    public enum Kind: String, CaseIterable, Hashable, Sendable {
        /// A verb or verb phrase: subject -> object ("Russia backs China").
        case verb
        /// A noun with its preposition: owner or subject -> object of the
        /// preposition ("support for China", "Moscow's backing of Beijing").
        case noun
        /// An evaluation of something already named: the subject holds the
        /// stance toward the owner of the thing judged ("called Japan's
        /// buildup provocative").
        case judgement
        /// A manner adverbial that colours the clause's verb: the subject
        /// holds the stance toward the verb's object ("vowed to take the
        /// island by force").
        case manner
        /// A relation that holds both ways between the actors it joins
        /// ("a strategic partnership between China and Russia").
        case mutual
        /// Refusing a demand: opposition to whoever demanded it.
        case refusal
        /// Leaving an organisation: the holder -> the organisation, and only
        /// when the object is one ("withdraw from the OAS", not "withdraw
        /// from Gaza").
        case departure
        /// Joining an organisation: the holder -> the organisation, and only
        /// when the object is one ("joined BRICS", not "joined the boycott of
        /// Israel").
        case accession
        /// A verdict on the subject, held by whoever pronounces it (the
        /// quote's speaker, or the subject of the reporting verb): a
        /// consequence foretold warns ("said Washington will bear
        /// responsibility", "X will pay a heavy price"); a fault found
        /// opposes ("X is about to make a terrible mistake").
        case verdict
        /// A stance the subject receives from whoever is named after the
        /// cue: "Moscow's move drew sharp criticism from Oslo" (Oslo opposes
        /// Moscow), "the plan won praise from Rome".
        case reaction

        /// Hashed by case, not by raw value: `RawRepresentable`'s default
        /// hashes the name's string, and the rule book asks a set of kinds
        /// for every rule at every cue. (A case without payload is stored
        /// as its tag byte; equality is by case too.)
        public func hash(into hasher: inout Hasher) {
            withUnsafeBytes(of: self) { hasher.combine(bytes: $0) }
        }
    }

    public var relation: Relation
    public var kind: Kind
    public var pattern: String

    public init(relation: Relation, kind: Kind, pattern: String) {
        self.relation = relation
        self.kind = kind
        self.pattern = pattern
    }

    /// Every pattern a list of words with `|` alternatives spells, in order
    /// ("urge|press * to stop" spells "urge * to stop", "press * to stop").
    public var spellings: [String] {
        words.reduce([[]]) { spelled, word in
            let choices = word.split(separator: "|").map(String.init)
            return spelled.flatMap { prefix in choices.map { prefix + [$0] } }
        }.map { $0.joined(separator: " ") }
    }

    /// The words of the pattern; `*` marks a gap; a word may list
    /// alternatives with `|`.
    public var words: [String] { pattern.split(separator: " ").map(String.init) }
}
