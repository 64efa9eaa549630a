import StanceModel
import StanceOntology

/// Text in, stance edges out, following `shared/docs/stance-guidelines.md`.
///
/// Stages, each its own type: `Tokenizer` -> `SentenceSplitter` ->
/// `MentionFinder` -> `Coreference` + `QuoteAttribution` -> `CueMatcher` ->
/// `ArgumentRules`. The extractor is immutable after set-up and can be
/// shared across threads.
public struct Extractor: Sendable {
    let lexicon: ActorLexicon
    let splitter: SentenceSplitter
    let cues: CueMatcher
    let coreference: Coreference
    let quotes: QuoteAttribution
    let breaks: Set<String>
    let labels: [String: Actor]
    let people: PersonLearner
    let verbLike: Set<String>

    public init(ontology: Ontology) {
        lexicon = ActorLexicon(ontology)
        splitter = SentenceSplitter(abbreviations: ontology.language.abbreviations,
                                    sentenceStarters: ontology.language.sentenceStarters)
        cues = CueMatcher(cues: ontology.cues)
        coreference = Coreference(lexicon: lexicon, descriptions: ontology.language.descriptions)
        quotes = QuoteAttribution(reportingVerbs: ontology.language.reportingVerbs)
        breaks = ontology.language.clauseBreaks
        var labels: [String: Actor] = [:]
        for entry in ontology.actors {
            labels[entry.id] = Actor(id: entry.id, label: entry.name, kind: entry.kind)
        }
        self.labels = labels
        verbLike = cues.firstForms.union(quotes.reportingForms).union(Clause.auxiliaries)
            .union(Clause.catenativeForms).union(Clause.prepositions).union(Clause.determiners)
            .union(["and", "or", "but", "nor", "who", "which", "that", "whose", "alone", "itself", "together"])
        var stops = cues.firstForms.union(quotes.reportingForms).union(Clause.auxiliaries)
        stops.formUnion(Clause.prepositions)
        stops.formUnion(Clause.determiners)
        stops.formUnion(ontology.language.titles.flatMap { $0.lowercased().split(separator: " ").map(String.init) })
        stops.formUnion(["and", "or", "but", "he", "she", "it", "they", "we", "i", "his", "her", "its", "their"])
        people = PersonLearner(stops: stops, lexicon: lexicon)
    }

    /// Everything the pipeline found in one text, for tests and `explain`.
    public struct Analysis: Sendable {
        public var tokens: [Token]
        public var sentences: [Range<Int>]
        public var mentions: [Mention]
        public var findings: [StanceFinding]
    }

    public func analyze(_ text: String) -> Analysis {
        let tokens = Tokenizer.tokenize(text)
        let sentences = splitter.split(tokens)
        var sentenceOf = [Int](repeating: 0, count: tokens.count)
        for (index, range) in sentences.enumerated() { for k in range { sentenceOf[k] = index } }

        var mentions = MentionFinder(lexicon: lexicon, verbLike: verbLike).find(in: tokens)
        people.learn(tokens: tokens, mentions: &mentions)
        coreference.resolve(tokens: tokens, sentenceOf: sentenceOf, mentions: &mentions,
                            reportingForms: quotes.reportingForms)
        let spans = quotes.quotes(in: tokens, sentences: sentences, sentenceOf: sentenceOf, mentions: mentions)
        coreference.firstPerson(tokens: tokens, quotes: spans, mentions: &mentions)

        // The speaker of the innermost attributed quote around each token.
        var speakerIndex = [Int](repeating: -1, count: tokens.count)
        for (index, quote) in spans.enumerated() where quote.speaker != nil && quote.close > quote.open + 1 {
            for k in (quote.open + 1)..<quote.close { speakerIndex[k] = index }
        }
        func speaker(at k: Int) -> Mention? {
            speakerIndex[k] < 0 ? nil : spans[speakerIndex[k]].speaker
        }
        var findings: [StanceFinding] = []
        var demanders: [String] = []
        var cursor = 0
        for range in sentences {
            while cursor < mentions.count && mentions[cursor].start < range.lowerBound { cursor += 1 }
            var end = cursor
            while end < mentions.count && mentions[end].start < range.upperBound { end += 1 }
            let local = Array(mentions[cursor..<end])
            guard !local.isEmpty else { continue }
            let clause = Clause(tokens: tokens, range: range, mentions: local, breaks: breaks)
            for cue in cues.matches(in: tokens, range: range) {
                let rules = ArgumentRules(clause: clause, speakerAt: speaker, demanders: demanders)
                let found = rules.findings(for: cue)
                findings.append(contentsOf: found)
                if cue.entry.pattern.hasPrefix("demand"), let holder = found.first?.key.source ?? rules.holder(of: cue) {
                    demanders.append(holder)
                }
            }
        }
        return Analysis(tokens: tokens, sentences: sentences, mentions: mentions, findings: findings)
    }

    /// The graph of one article: its actors and edges with evidence.
    public func extract(_ text: String, article: String) -> StanceGraph {
        let analysis = analyze(text)
        var graph = StanceGraph()
        let scalars = Array(text.unicodeScalars)
        for finding in analysis.findings {
            let start = analysis.tokens[finding.sentence.lowerBound].start
            let end = analysis.tokens[finding.sentence.upperBound - 1].end
            var sentence = String.UnicodeScalarView()
            sentence.append(contentsOf: scalars[start..<end])
            for id in [finding.key.source, finding.key.target] {
                graph.add(labels[id] ?? Actor(id: id, label: id, kind: ""))
            }
            graph.add(finding.key, evidence: Evidence(
                article: article, start: start, end: end,
                sentence: String(sentence).split(whereSeparator: \.isNewline).joined(separator: " "),
                cue: finding.cue, rule: finding.rule, speaker: finding.speaker))
        }
        return graph
    }
}
