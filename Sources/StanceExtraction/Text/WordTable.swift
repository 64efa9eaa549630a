/// Word lists the stages ask about, one bit each.
///
/// A token's classes are looked up once, when the extractor labels the
/// tokens of an article (`WordTable.label`); a rule then tests bits instead
/// of hashing the token's text into a set again, which was most of the
/// extractor's time.
struct WordClass: OptionSet, Hashable, Sendable {
    let rawValue: UInt64

    /// `Clause.auxiliaries`: auxiliaries, adverbs, time words between a subject and its verb.
    static let auxiliary = WordClass(rawValue: 1 << 0)
    /// `Clause.catenativeForms`: "wants", "vowed" (to ...).
    static let catenative = WordClass(rawValue: 1 << 1)
    /// `Clause.readiness`: "willing", "ready" (to ...).
    static let readiness = WordClass(rawValue: 1 << 2)
    static let preposition = WordClass(rawValue: 1 << 3)
    static let determiner = WordClass(rawValue: 1 << 4)
    /// `Clause.negators`: not, n't, never, no.
    static let negator = WordClass(rawValue: 1 << 5)
    /// `Clause.refusals`: forms of refuse, decline, fail.
    static let refusal = WordClass(rawValue: 1 << 6)
    /// The ontology's clause breaks.
    static let clauseBreak = WordClass(rawValue: 1 << 7)
    /// `MentionFinder.verbLike`: never part of a name.
    static let verbLike = WordClass(rawValue: 1 << 8)
    /// `head_modifiers` in language.yaml.
    static let headModifier = WordClass(rawValue: 1 << 9)
    /// `Coreference.personal`: he, she, him, his, her.
    static let personal = WordClass(rawValue: 1 << 10)
    /// `Coreference.neuter`: it, its.
    static let neuter = WordClass(rawValue: 1 << 11)
    /// `Coreference.firstPerson`: we, our, I, ...
    static let firstPerson = WordClass(rawValue: 1 << 12)
    /// `Coreference.possessivePronouns`.
    static let possessivePronoun = WordClass(rawValue: 1 << 13)
    /// `Coreference.clauseOpeners`.
    static let clauseOpener = WordClass(rawValue: 1 << 14)
    /// `Coreference.timeWords`.
    static let timeWord = WordClass(rawValue: 1 << 15)
    /// Forms of the ontology's reporting verbs ("said").
    static let reporting = WordClass(rawValue: 1 << 16)
    /// `RuleContext.coordinators`: and, or, a comma, &.
    static let coordinator = WordClass(rawValue: 1 << 17)
    /// which, who, that: may open a relative clause.
    static let relative = WordClass(rawValue: 1 << 18)
    /// `PersonLearner.stops`: never part of a learned name.
    static let nameStop = WordClass(rawValue: 1 << 20)

    /// `Clause.breakMarks`: punctuation that ends a clause.
    static let breakMark = WordClass(rawValue: 1 << 21)
    /// they, them, their: refer to actors named together.
    static let plural = WordClass(rawValue: 1 << 22)
    /// met, talked, negotiated: verbs with two parties ("X met Y").
    static let reciprocal = WordClass(rawValue: 1 << 23)
    /// "the", "both", "these": first words of descriptions.
    static let descriptionStart = WordClass(rawValue: 1 << 24)
    /// Punctuation a cue's gap never crosses.
    static let gapStop = WordClass(rawValue: 1 << 25)

    /// Words that may sit between a subject and its verb (`Clause.isVerbal`).
    static let verbal: WordClass = [.auxiliary, .catenative, .readiness]
}

/// Every lower-case word the extractor knows, numbered, with its classes.
///
/// Built once with the extractor: the phrase and cue matchers number their
/// words here and key their tables by number, and the stages' word lists
/// become classes. Then each token of an article costs one dictionary
/// lookup (`label`), and every later test of it is an array index or a bit
/// test. A word the table does not know gets number -1 and no classes: it
/// is in no list and starts no phrase, exactly as before.
struct WordTable: Sendable {
    static let unknown: Int32 = -1

    private var numbers: [String: Int32] = [:]
    private(set) var classes: [WordClass] = []

    /// The number of `word`, given a new one if it has none yet.
    mutating func intern(_ word: String) -> Int32 {
        if let number = numbers[word] { return number }
        let number = Int32(classes.count)
        numbers[word] = number
        classes.append([])
        return number
    }

    /// Puts every word of `words` in `wordClass`.
    mutating func add(_ words: some Sequence<String>, to wordClass: WordClass) {
        for word in words { classes[Int(intern(word))].insert(wordClass) }
    }

    /// Gives each token the number and classes of its lower-case form.
    func label(_ tokens: inout [Token]) {
        for k in tokens.indices {
            guard let number = numbers[tokens[k].lower] else { continue }
            tokens[k].word = number
            tokens[k].classes = classes[Int(number)]
        }
    }
}
