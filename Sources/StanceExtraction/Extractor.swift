import StanceModel
import StanceOntology

/// Text in, stance edges out, following `shared/docs/stance-guidelines.md`.
///
/// Stages, each its own type: `Tokenizer` -> `SentenceSplitter` ->
/// `MentionFinder` -> `Coreference` + `QuoteAttribution` -> `CueMatcher` ->
/// the rules of `RuleBook`. The extractor is immutable after set-up and can be
/// shared across threads.
public struct Extractor: Sendable {
    let lexicon: ActorLexicon
    let splitter: SentenceSplitter
    let cues: CueMatcher
    let coreference: Coreference
    let quotes: QuoteAttribution
    let labels: [String: Actor]
    let people: PersonLearner
    let mentionFinder: MentionFinder
    let vocabulary: RuleVocabulary
    /// Every word the stages know, numbered, with its word classes.
    let words: WordTable
    let unknownNames: UnknownNameFinder

    public init(ontology: Ontology) {
        let language = ontology.language
        func list(_ name: WordList) -> Set<String> { Set(language[name].map { $0.lowercased() }) }
        let inflector = Inflector(language: language)
        var words = WordTable()
        lexicon = ActorLexicon(ontology, words: &words)
        splitter = SentenceSplitter(abbreviations: language.abbreviations,
                                    sentenceStarters: language.sentenceStarters,
                                    lineContinuations: list(.lineContinuations))
        let refusals = inflector.verbForms(of: language[.refusalVerbs])
        cues = CueMatcher(cues: ontology.cues, inflector: inflector, negators: list(.negators), refusals: refusals,
                          words: &words)
        quotes = QuoteAttribution(language: language, inflector: inflector)
        let auxiliaries = list(.auxiliaries)
        let catenatives = inflector.verbForms(of: language[.catenativeVerbs])
        let readiness = list(.readinessAdjectives)
        let prepositions = list(.prepositions)
        let determiners = list(.determiners)
        // Words that may follow a subject: auxiliaries, adverbs, cue and
        // reporting verbs, function words. They are never part of a name.
        let verbLike = cues.firstForms.union(quotes.reportingForms).union(auxiliaries)
            .union(catenatives).union(readiness).union(prepositions).union(determiners).union(list(.neverInNames))
            // Irregular verb forms ("held", "came") are verbs too: "Tokyo held
            // drills" is Tokyo acting, not a Tokyo-held thing.
            .union(language.irregularVerbs.values.joined().map { $0.lowercased() })
        vocabulary = RuleVocabulary(ontology: ontology, inflector: inflector)
        mentionFinder = MentionFinder(lexicon: lexicon, appositionArticles: StringSet(list(.appositionArticles)),
                                      actNouns: vocabulary.actNounForms)
        coreference = Coreference(finder: mentionFinder, descriptions: language.descriptions,
                                  subordinators: list(.subordinators), locatives: list(.locativePrepositions),
                                  tellingForms: inflector.verbForms(of: language[.addresseeVerbs]),
                                  territoryNouns: list(.territoryNouns), words: &words)
        var labels: [String: Actor] = [:]
        for entry in ontology.actors {
            labels[entry.id] = Actor(id: entry.id, label: entry.name, kind: entry.kind)
        }
        self.labels = labels
        var stops = verbLike
        stops.formUnion(language.titles.flatMap { $0.lowercased().split(separator: " ").map(String.init) })
        people = PersonLearner(honorifics: list(.honorifics), heads: lexicon.agentHeads)
        unknownNames = UnknownNameFinder(joiners: list(.nameJoiners))

        words.add(auxiliaries, to: .auxiliary)
        words.add(catenatives, to: .catenative)
        words.add(readiness, to: .readiness)
        words.add(prepositions, to: .preposition)
        words.add(determiners, to: .determiner)
        words.add(list(.negators), to: .negator)
        words.add(refusals, to: .refusal)
        words.add(list(.breakMarks), to: .breakMark)
        words.add(list(.gapStops), to: .gapStop)
        words.add(list(.clauseBreaks), to: .clauseBreak)
        words.add(verbLike, to: .verbLike)
        words.add(list(.headModifiers), to: .headModifier)
        words.add(list(.relativePronouns), to: .relative)
        words.add(list(.personalPronouns), to: .personal)
        words.add(list(.neuterPronouns), to: .neuter)
        words.add(list(.pluralPronouns), to: .plural)
        words.add(inflector.verbForms(of: language[.reciprocalVerbs]), to: .reciprocal)
        words.add(list(.firstPersonPronouns), to: .firstPerson)
        words.add(list(.possessivePronouns), to: .possessivePronoun)
        words.add(list(.clauseOpeners), to: .clauseOpener)
        words.add(list(.timeWords), to: .timeWord)
        words.add(quotes.reportingForms, to: .reporting)
        words.add(list(.coordinators), to: .coordinator)
        words.add(stops, to: .nameStop)
        words.add(vocabulary.sharedSubjectJoiners, to: .sharedSubjectJoiner)
        self.words = words
    }

    /// Everything the pipeline found in one text, for tests and `explain`.
    public struct Analysis: Sendable {
        public var tokens: [Token]
        public var sentences: [Range<Int>]
        public var mentions: [Mention]
        public var findings: [StanceFinding]
        /// Every cue found, with what became of it.
        public var cues: [CueTrace] = []
        /// Names beside verb cues that name no actor (only when asked).
        public var unknown: [UnknownName] = []
    }

    /// A cue and its fate, for `explain`: "vetoed by negation", "no holder
    /// placed by subject", ...
    public struct CueTrace: Sendable {
        public var sentence: Range<Int>
        public var cue: String
        public var kind: String
        public var relation: Relation
        public var outcome: String
    }

    /// `trace` records every cue's fate in `Analysis.cues` (slower; for
    /// `explain` and tests).
    public func analyze(_ text: String, date: String? = nil, trace: Bool = false) -> Analysis {
        analyze(scalars: Tokenizer.scalars(of: text), date: date, trace: trace)
    }

    static func trace(_ cue: CueMatch, _ tokens: [Token], _ sentence: Range<Int>, _ outcome: RuleBook.Outcome) -> CueTrace {
        let fate = switch outcome {
        case .found: "edge"
        case .vetoed(let rule): "vetoed: \(rule.rawValue)"
        case .unplaced(let rule): "no edge: \(rule.rawValue) found no holder or target"
        case .unrecognised: "no edge: no rule places its holder"
        }
        return CueTrace(sentence: sentence, cue: MentionFinder.surface(tokens, cue.start, cue.end),
                        kind: cue.entry.kind.rawValue, relation: cue.entry.relation, outcome: fate)
    }

    func analyze(scalars: [Unicode.Scalar], date: String? = nil, trace: Bool = false,
                 collectUnknown: Bool = false) -> Analysis {
        let tokens = Tokenizer.tokenize(scalars: scalars, words: words)
        let sentences = splitter.split(tokens)
        var sentenceOf = [Int](repeating: 0, count: tokens.count)
        for (index, range) in sentences.enumerated() { for k in range { sentenceOf[k] = index } }

        var found = mentionFinder.find(in: tokens, date: date)
        people.learn(tokens: tokens, mentions: &found)
        mentionFinder.demoteFormerHolders(&found, tokens)
        coreference.resolve(tokens: tokens, sentenceOf: sentenceOf, mentions: &found)
        let spans = quotes.quotes(in: tokens, sentences: sentences, sentenceOf: sentenceOf, mentions: found)
        // The speaker of the innermost attributed quote around each token.
        let speakerIndex = QuoteAttribution.innermostSpeaker(count: tokens.count, quotes: spans)
        coreference.firstPerson(tokens: tokens, quotes: spans, speakerOf: speakerIndex, mentions: &found)
        // Constants from here on: the closures below capture them as they
        // are, once, instead of boxing variables and being rebuilt for
        // every rule context.
        let mentions = found
        // Quotation depth of each token, for rules that look past quotes.
        let depth: [Int32] = {
            var depth = [Int32](repeating: 0, count: tokens.count)
            var open: Int32 = 0
            for k in tokens.indices {
                if tokens[k].kind == .closeQuote { open = max(0, open - 1) }
                depth[k] = open
                if tokens[k].kind == .openQuote { open += 1 }
            }
            return depth
        }()
        let quoted: (Int) -> Bool = { k in k >= 0 && k < depth.count && depth[k] > 0 }
        let covering: [Int32] = {
            var covering = [Int32](repeating: -1, count: tokens.count)
            for (index, m) in mentions.enumerated() {
                for k in m.start..<min(m.extent, tokens.count) where covering[k] < 0 { covering[k] = Int32(index) }
            }
            return covering
        }()
        let mention: (Int) -> Mention? = { k in
            k >= 0 && k < covering.count && covering[k] >= 0 ? mentions[Int(covering[k])] : nil
        }
        let speaker: (Int) -> Mention? = { k in
            speakerIndex[k] < 0 ? nil : spans[speakerIndex[k]].speaker
        }
        var findings: [StanceFinding] = []
        var discourse = Discourse()
        var traces: [CueTrace] = []
        var unknown: [UnknownName] = []
        var cursor = 0
        for (sentenceNumber, range) in sentences.enumerated() {
            discourse.startSentence(sentenceNumber)
            while cursor < mentions.count && mentions[cursor].start < range.lowerBound { cursor += 1 }
            var end = cursor
            while end < mentions.count && mentions[end].start < range.upperBound { end += 1 }
            let local = Array(mentions[cursor..<end])
            // A sentence without actors draws no edge, but may hold the
            // unknown names a report lists ("Marco Vell praised Zorlandia Front").
            guard !local.isEmpty || collectUnknown else { continue }
            let clause = Clause(tokens: tokens, range: range, mentions: local)
            let matches = cues.matches(in: tokens, range: range)
            if collectUnknown {
                for cue in matches where clause.mention(covering: cue.start) == nil {
                    for (name, role) in unknownNames.names(around: cue, in: clause) {
                        unknown.append(UnknownName(name: name, role: role, sentence: range))
                    }
                }
            }
            guard !local.isEmpty else { continue }
            for cue in matches where clause.mention(covering: cue.start) == nil {
                // (A cue word inside a name, "Rapid Support Forces", "the
                // alliance" for NATO, is part of the name.)
                let context = RuleContext(clause: clause, speakerAt: speaker, quoted: quoted, mentionAt: mention,
                                          discourse: discourse,
                                          vocabulary: vocabulary)
                if GovernedCueVeto().vetoes(cue, among: matches, in: context) {
                    if trace { traces.append(Self.trace(cue, tokens, range, .vetoed(.governedCue))) }
                    continue
                }
                let (found, outcome) = RuleBook.findings(for: cue, in: context)
                if trace { traces.append(Self.trace(cue, tokens, range, outcome)) }
                findings.append(contentsOf: found)
                discourse.note(cue, found: found, holder: context.holder(of: cue), vocabulary: vocabulary)
            }
            // "Japan raised its defence budget. China criticised the move.":
            // a sentence that reported no hostile act still tells what its
            // subject did, which a later "the move" may refer back to.
            let context = RuleContext(clause: clause, speakerAt: speaker, quoted: quoted, mentionAt: mention,
                                      discourse: discourse, vocabulary: vocabulary)
            discourse.noteSubject(context.mainSubject(before: range.upperBound - 1)?.actor)
        }
        return Analysis(tokens: tokens, sentences: sentences, mentions: mentions, findings: findings, cues: traces,
                        unknown: unknown)
    }

    /// The graph of one article: its actors and edges with evidence. The
    /// article's `date` (YYYY-MM-DD), when known, decides who held an office.
    public func extract(_ text: String, article: String, date: String? = nil) -> StanceGraph {
        var none: [(name: UnknownName, sentence: String)]? = nil
        return extract(text, article: article, date: date, unknown: &none)
    }

    /// `extract`, also listing the names beside verb cues that are no actor
    /// (each with its sentence's text) in `unknown`.
    public func extract(_ text: String, article: String, date: String? = nil,
                        unknown: inout [(name: UnknownName, sentence: String)]) -> StanceGraph {
        var found: [(name: UnknownName, sentence: String)]? = []
        let graph = extract(text, article: article, date: date, unknown: &found)
        unknown += found ?? []
        return graph
    }

    private func extract(_ text: String, article: String, date: String?,
                         unknown: inout [(name: UnknownName, sentence: String)]?) -> StanceGraph {
        let scalars = Tokenizer.scalars(of: text)
        let analysis = analyze(scalars: scalars, date: date, collectUnknown: unknown != nil)
        for name in analysis.unknown {
            let start = analysis.tokens[name.sentence.lowerBound].start
            let end = analysis.tokens[name.sentence.upperBound - 1].end
            unknown?.append((name, Self.sentenceText(scalars[start..<end])))
        }
        var graph = StanceGraph()
        // Sized once: grown from empty, the edge table was rehashed at each
        // doubling. (The graph's order of insertion changes nothing written.)
        if !analysis.findings.isEmpty { graph.reserveCapacity(edges: analysis.findings.count) }
        var sentences: [Int: String] = [:]
        for finding in analysis.findings {
            let start = analysis.tokens[finding.sentence.lowerBound].start
            let end = analysis.tokens[finding.sentence.upperBound - 1].end
            let sentence = sentences[start] ?? Self.sentenceText(scalars[start..<end])
            sentences[start] = sentence
            for id in [finding.key.source, finding.key.target] {
                graph.add(labels[id] ?? Actor(id: id, label: id, kind: ""))
            }
            graph.add(finding.key, evidence: Evidence(
                article: article, start: start, end: end, sentence: sentence,
                cue: finding.cue, rule: finding.rule, speaker: finding.speaker))
        }
        return graph
    }

    /// A sentence as evidence text: on one line (line breaks become spaces).
    ///
    /// Non-ASCII text is split into lines at the scalars that are
    /// `Character.isNewline` (LF, VT, FF, CR, NEL, LS, PS; CR LF is two of
    /// them), leaving out empty lines, and the lines joined by one space:
    /// what `split(whereSeparator: \.isNewline).joined(separator: " ")`
    /// gives, since those scalars are always characters of their own
    /// (grapheme clusters break around controls), but built from the
    /// scalars' bytes instead of walking characters. ASCII text is split
    /// that way only when it holds a LF or CR, as before.
    static func sentenceText(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var ascii = true, breaks = false
        for scalar in scalars {
            if scalar.value >= 128 { ascii = false; break }
            if scalar.value == 10 || scalar.value == 13 { breaks = true }
        }
        if ascii && !breaks { return String(asciiScalars: scalars) }
        // The UTF-8 written in place (appending each scalar's encoding to
        // an array cost a generic append per scalar). At most four bytes a
        // scalar: a space is written only for a line-break scalar, which
        // writes nothing itself.
        return String(unsafeUninitializedCapacity: 4 * scalars.count) { bytes in
            var n = 0
            var pending = false
            for scalar in scalars {
                let value = scalar.value
                switch value {
                case 0x0A...0x0D, 0x85, 0x2028, 0x2029:
                    pending = true
                    continue
                default:
                    break
                }
                if pending && n > 0 {
                    bytes[n] = 0x20
                    n += 1
                }
                pending = false
                n += Self.encode(value, into: bytes, at: n)
            }
            return n
        }
    }

    /// Writes the UTF-8 of scalar value `value` at `bytes[n...]` (room for
    /// four bytes); returns how many it wrote.
    @inline(__always)
    static func encode(_ value: UInt32, into bytes: UnsafeMutableBufferPointer<UInt8>, at n: Int) -> Int {
        func byte(_ bits: UInt32) -> UInt8 { UInt8(truncatingIfNeeded: bits) }
        if value < 0x80 {
            bytes[n] = byte(value)
            return 1
        }
        if value < 0x800 {
            bytes[n] = byte(0xC0 | value >> 6)
            bytes[n + 1] = byte(0x80 | value & 0x3F)
            return 2
        }
        if value < 0x10000 {
            bytes[n] = byte(0xE0 | value >> 12)
            bytes[n + 1] = byte(0x80 | value >> 6 & 0x3F)
            bytes[n + 2] = byte(0x80 | value & 0x3F)
            return 3
        }
        bytes[n] = byte(0xF0 | value >> 18)
        bytes[n + 1] = byte(0x80 | value >> 12 & 0x3F)
        bytes[n + 2] = byte(0x80 | value >> 6 & 0x3F)
        bytes[n + 3] = byte(0x80 | value & 0x3F)
        return 4
    }
}
