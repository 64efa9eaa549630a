import Foundation

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
    /// Forms some cue pattern starts with (`CueMatcher` tries patterns only
    /// at these; every other token is passed over on this bit alone).
    static let cueStart = WordClass(rawValue: 1 << 26)
    /// `ActorLexicon.seatPrepositions`: "officials in Beijing".
    static let seatPreposition = WordClass(rawValue: 1 << 27)
    /// `ActorLexicon.seatedHeads`: the heads a seat preposition follows.
    static let seatedHead = WordClass(rawValue: 1 << 28)
    /// `ActorLexicon.ownerPrepositions`: "the government of Gondor".
    static let ownerPreposition = WordClass(rawValue: 1 << 29)
    /// `RuleVocabulary.sharedSubjectJoiners`: "and", "but".
    static let sharedSubjectJoiner = WordClass(rawValue: 1 << 30)

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

    /// Every word, by the standard library's `String` equality (canonical
    /// equivalence): the table of record, asked for non-ASCII words.
    private var numbers: [String: Int32] = [:]
    private(set) var classes: [WordClass] = []

    /// The ASCII words, for the tokens' lookups, which are nearly all
    /// ASCII: open addressing keyed by a cheap hash of the bytes instead
    /// of the seeded SipHash a `Dictionary<String, _>` costs. An ASCII
    /// string is canonically equivalent only to strings whose NFC form it
    /// is, so this table holds each ASCII word and the ASCII NFC form of
    /// each other word: it answers exactly as `numbers` would.
    private struct Entry: Sendable {
        var word: String
        var hash: UInt64
        /// The word's bytes when it has at most 16 (`PackedWord`), for
        /// the tokenizer's lookups, which have bytes and no string.
        var packed: PackedWord?
        /// A copy of `classes[number]`, kept in step, so that a lookup
        /// reads one entry.
        var classes: WordClass
        var number: Int32
    }
    private var entries: [Entry] = []
    /// The entry of each word number, -1 for none (a non-ASCII word whose
    /// NFC form is not ASCII).
    private var entryOf: [Int32] = []
    /// The high half of the hash and entry index + 1 at `hash & mask` or
    /// the first free slot after it; 0 for a free slot. A word not in the
    /// table (most of an article's) is turned away by the hash half,
    /// without a look at an entry.
    private var slots: [UInt64] = []

    /// FNV-1a over the UTF-8 bytes, and whether they are all ASCII.
    @inline(__always)
    static func hash(_ word: String) -> (hash: UInt64, ascii: Bool) {
        // (The bytes in place, without copying the string to make it mutable.)
        if let result = word.utf8.withContiguousStorageIfAvailable(hash) { return result }
        var word = word
        return word.withUTF8(hash)
    }

    @inline(__always)
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> (hash: UInt64, ascii: Bool) {
        var h = hashStart
        var high: UInt8 = 0
        for byte in bytes {
            h = hashStep(h, byte)
            high |= byte
        }
        return (hashEnd(h), high < 0x80)
    }

    /// The hash a byte at a time, for a caller that reads a word's bytes
    /// anyway (the tokenizer): `hashEnd(hashStep(...hashStep(hashStart,
    /// b0)..., bn))` is `hash`'s value for those bytes.
    static let hashStart: UInt64 = 0xcbf2_9ce4_8422_2325

    @inline(__always)
    static func hashStep(_ h: UInt64, _ byte: UInt8) -> UInt64 { (h ^ UInt64(byte)) &* 0x100_0000_01b3 }

    @inline(__always)
    static func hashEnd(_ h: UInt64) -> UInt64 { h ^ (h >> 29) }

    /// The number of `word`, nil when it has none.
    @inline(__always)
    func number(of word: String) -> Int32? {
        let (h, ascii) = Self.hash(word)
        guard ascii else { return numbers[word] }
        return entry(of: word, hash: h).map { entries[$0].number }
    }

    /// The index in `entries` of the ASCII `word` with hash `h`.
    @inline(__always)
    private func entry(of word: String, hash h: UInt64) -> Int? {
        entry(hash: h) { $0.word == word }
    }

    /// The index in `entries` of the ASCII word of 16 bytes or fewer
    /// `packed`, with hash `h`: what `entry(of:hash:)` answers for its
    /// string (ASCII strings are equal exactly when their bytes are).
    @inline(__always)
    private func entry(packed: PackedWord, hash h: UInt64) -> Int? {
        entry(hash: h) { $0.packed == packed }
    }

    /// The open-addressing probe both lookups share: the entry with hash
    /// `h` that `matches`.
    @inline(__always)
    private func entry(hash h: UInt64, where matches: (Entry) -> Bool) -> Int? {
        guard !slots.isEmpty else { return nil }
        let mask = slots.count - 1
        let tag = h >> 32
        var slot = Int(truncatingIfNeeded: h) & mask
        while true {
            let value = slots[slot]
            if value == 0 { return nil }
            if value >> 32 == tag {
                let index = Int(truncatingIfNeeded: value & 0xFFFF_FFFF) - 1
                if entries[index].hash == h && matches(entries[index]) { return index }
            }
            slot = (slot + 1) & mask
        }
    }

    /// The word of an ASCII token read by the tokenizer, by its lower-case
    /// bytes `packed` (at most 16) and their hash: the table's own string
    /// of it (to be the token's `lower`, equal to the one the token would
    /// build), its number and classes; nil for a word the table does not
    /// know (number -1, no classes, as `label` gives it).
    @inline(__always)
    func known(packed: PackedWord, hash h: UInt64) -> (word: String, number: Int32, classes: WordClass)? {
        guard let index = entry(packed: packed, hash: h) else { return nil }
        return (entries[index].word, entries[index].number, entries[index].classes)
    }

    /// The number of `word`, given a new one if it has none yet.
    mutating func intern(_ word: String) -> Int32 {
        if let number = numbers[word] { return number }
        let number = Int32(classes.count)
        numbers[word] = number
        classes.append([])
        entryOf.append(-1)
        let key = Self.hash(word).ascii ? word : word.precomposedStringWithCanonicalMapping
        let (h, ascii) = Self.hash(key)
        if ascii, entry(of: key, hash: h) == nil {
            entries.append(Entry(word: key, hash: h, packed: PackedWord(ascii: key), classes: [], number: number))
            entryOf[Int(number)] = Int32(entries.count - 1)
            if entries.count * 2 > slots.count {
                // At most half full: probes stay short.
                slots = [UInt64](repeating: 0, count: max(1024, slots.count * 2))
                for index in entries.indices { place(index) }
            } else {
                place(entries.count - 1)
            }
        }
        return number
    }

    private mutating func place(_ index: Int) {
        let mask = slots.count - 1
        let h = entries[index].hash
        var slot = Int(truncatingIfNeeded: h) & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = (h >> 32) << 32 | UInt64(index + 1)
    }

    /// Puts the word numbered `number` in `wordClass`, in both places.
    private mutating func insert(_ number: Int32, into wordClass: WordClass) {
        classes[Int(number)].insert(wordClass)
        let index = entryOf[Int(number)]
        if index >= 0 { entries[Int(index)].classes = classes[Int(number)] }
    }

    /// Puts every word of `words` in `wordClass`.
    mutating func add(_ words: some Sequence<String>, to wordClass: WordClass) {
        for word in words { insert(intern(word), into: wordClass) }
    }

    /// The classes handed out by `newClass`, from bit 32 up.
    private var nextClassBit: UInt64 = 32

    /// A word class of its own for a caller's list (a phrase matcher's
    /// first words), empty when all 64 bits are taken.
    mutating func newClass() -> WordClass {
        guard nextClassBit < 64 else { return [] }
        defer { nextClassBit += 1 }
        return WordClass(rawValue: 1 << nextClassBit)
    }

    /// Puts the word numbered `number` in `wordClass`.
    mutating func add(number: Int32, to wordClass: WordClass) {
        insert(number, into: wordClass)
    }

    /// Gives each token the number and classes of its lower-case form.
    /// (The tokenizer labels as it goes, `Tokenizer.tokenize(scalars:
    /// words:)`; this is the plain code, for the tests.)
    func label(_ tokens: inout [Token]) {
        for k in tokens.indices { label(&tokens[k]) }
    }

    /// Gives a token the number and classes of its lower-case form.
    func label(_ token: inout Token) {
        let (h, ascii) = Self.hash(token.lower)
        if ascii {
            guard let index = entry(of: token.lower, hash: h) else { return }
            token.word = entries[index].number
            token.classes = entries[index].classes
        } else {
            guard let number = numbers[token.lower] else { return }
            token.word = number
            token.classes = classes[Int(number)]
        }
    }
}

/// The bytes of an ASCII word of at most 16 bytes in two integers (the
/// first eight bytes in `low`, first byte lowest) and its length: equal
/// exactly when the words are.
struct PackedWord: Equatable, Sendable {
    var low: UInt64 = 0
    var high: UInt64 = 0
    var count = 0

    static let capacity = 16

    init() {}

    /// The packed bytes of `word`; nil if it is longer than 16 bytes (or
    /// not ASCII).
    init?(ascii word: String) {
        guard word.utf8.count <= Self.capacity else { return nil }
        for byte in word.utf8 {
            guard byte < 0x80 else { return nil }
            append(byte)
        }
    }

    /// Adds a byte at the end. Past 16 bytes only the count grows: such
    /// a word equals no word of the table, whose packed words have 16 at
    /// most.
    @inline(__always)
    mutating func append(_ byte: UInt8) {
        if count < 8 {
            low |= UInt64(byte) << UInt64(8 * count)
        } else if count < Self.capacity {
            high |= UInt64(byte) << UInt64(8 * (count - 8))
        }
        count += 1
    }
}
