import StanceOntology

/// Finds quotations and who speaks them.
///
/// A quote's speaker is the first actor mention next to a reporting verb
/// after the closing mark (`"...," Shoigu said`; `"...," TASS quoted
/// Shoigu as saying` — agencies are no mention, so the person quoted is
/// found), or else the subject before the opening mark in the same sentence
/// (`Shoigu said: "..."`).
struct QuoteAttribution: Sendable {
    struct Quote: Sendable {
        var open: Int
        var close: Int
        var speaker: Mention?

        /// `speaker != nil`, without the copy of the mention that
        /// Equatable's == on an optional makes.
        var isAttributed: Bool {
            if case .some = speaker { return true }
            return false
        }
    }

    let reportingForms: Set<String>

    /// Forms of the reporting verbs ("said", "told") and the reporting
    /// words that are no verbs ("according").
    init(language: LanguageResources, inflector: Inflector) {
        reportingForms = inflector.verbForms(of: language[.reportingVerbs])
            .union(language[.reportingWords].map { $0.lowercased() })
    }

    /// For each token, the index in `quotes` of the innermost quote around
    /// it that has a speaker, or -1. One pass with a stack of open quotes,
    /// so deeply nested quotes cost no more than flat ones.
    static func innermostSpeaker(count: Int, quotes: [Quote]) -> [Int] {
        var result = [Int](repeating: -1, count: count)
        let order = quotes.indices.sorted { quotes[$0].open < quotes[$1].open }
        var next = 0
        // Open quotes, innermost last, with the innermost attributed one at or below each.
        var stack: [(close: Int, attributed: Int)] = []
        for k in 0..<count {
            while let top = stack.last, top.close <= k { stack.removeLast() }
            while next < order.count, quotes[order[next]].open < k {
                let index = order[next]
                next += 1
                guard quotes[index].close > k else { continue }
                let inherited = stack.last?.attributed ?? -1
                stack.append((quotes[index].close, quotes[index].isAttributed ? index : inherited))
            }
            result[k] = stack.last?.attributed ?? -1
        }
        return result
    }

    func quotes(in tokens: [Token], sentences: [Range<Int>], sentenceOf: [Int],
                mentions: [Mention]) -> [Quote] {
        var spans: [Quote] = []
        var stack: [Int] = []
        for i in tokens.indices {
            if tokens[i].kind == .openQuote { stack.append(i) }
            if tokens[i].kind == .closeQuote, let open = stack.popLast() {
                spans.append(Quote(open: open, close: i))
            }
        }
        // The first mention starting at each token, -1 for none (an array
        // indexed by token, where a dictionary grouping mentions by start
        // hashed every token asked).
        var byStart = [Int](repeating: -1, count: tokens.count)
        for index in mentions.indices {
            let start = mentions[index].start
            if start >= 0, start < byStart.count, byStart[start] < 0 { byStart[start] = index }
        }
        // (An index, not a copy: the tests below read two fields of the
        // mention, and copying it retained its four strings and arrays.)
        func mentionIndex(at k: Int) -> Int? {
            k >= 0 && k < byStart.count && byStart[k] >= 0 ? byStart[k] : nil
        }
        for index in spans.indices {
            let quote = spans[index]
            let after = sentences[sentenceOf[quote.close]]
            var sawVerb = false
            // (Mentions held by index until one is chosen: a test of an
            // optional Mention against nil went through Equatable's ==,
            // which copied the mention, at every token.)
            var candidate: Int?
            var k = quote.close + 1
            while k < after.upperBound && k <= quote.close + 12 {
                if tokens[k].isMark(".") || tokens[k].isMark("!") || tokens[k].isMark("?") || tokens[k].kind == .openQuote {
                    break
                }
                if tokens[k].belongs(to: .reporting) { sawVerb = true }
                if candidate == nil, let m = mentionIndex(at: k), mentions[m].actor != nil,
                   mentions[m].agentive || mentions[m].form == .pronoun {
                    candidate = m
                }
                if sawVerb, candidate != nil { break }
                k += 1
            }
            if sawVerb, let candidate {
                spans[index].speaker = mentions[candidate]
                continue
            }
            // Before the opening mark: "X said: '...'" in the same sentence.
            let before = sentences[sentenceOf[quote.open]]
            var subject: Int?
            var verb = false
            for k in before.lowerBound..<quote.open {
                if tokens[k].belongs(to: .reporting) { verb = true }
                if subject == nil, let m = mentionIndex(at: k), mentions[m].actor != nil, mentions[m].agentive {
                    subject = m
                }
            }
            if verb { spans[index].speaker = subject.map { mentions[$0] } }
        }
        // A quoted sentence with no attribution of its own continues the
        // attributed quote of the sentence before ("'...,' the ministry
        // said. 'The government must bear the consequences.'").
        var previous: (sentence: Int, speaker: Mention)?
        for index in spans.indices.sorted(by: { spans[$0].open < spans[$1].open }) {
            let quote = spans[index]
            let sentence = sentenceOf[quote.open]
            if let speaker = quote.speaker {
                previous = (sentenceOf[quote.close], speaker)
            } else if let last = previous, last.sentence == sentence - 1,
                      quote.open == sentences[sentence].lowerBound {
                spans[index].speaker = last.speaker
                previous = (sentenceOf[quote.close], last.speaker)
            }
        }
        return spans + reportedClauses(in: tokens, sentences: sentences, mentions: mentions, byStart: byStart)
            + colonAttributions(in: tokens, sentences: sentences, mentions: mentions, byStart: byStart)
    }

    /// "Trump: Iran will pay a price", "Erdogan's warning: Greece must
    /// stop": a sentence (mostly a headline) opening with an actor, or its
    /// owner and a word or two, then a colon, attributes what follows the
    /// colon to that actor, as a quote's would.
    func colonAttributions(in tokens: [Token], sentences: [Range<Int>], mentions: [Mention],
                           byStart: [Int]) -> [Quote] {
        var result: [Quote] = []
        for sentence in sentences where !sentence.isEmpty && sentence.lowerBound < byStart.count {
            let index = byStart[sentence.lowerBound]
            guard index >= 0, mentions[index].actor != nil, mentions[index].agentive || mentions[index].possessive
            else { continue }
            let speaker = mentions[index]
            var k = speaker.extent
            // "Erdogan's warning:", "Putin's message:": at most two words.
            while k < sentence.upperBound, k < speaker.extent + 2, speaker.possessive, tokens[k].isWord,
                  !tokens[k].isCapitalized {
                k += 1
            }
            guard k + 1 < sentence.upperBound, tokens[k].isMark(":") else { continue }
            result.append(Quote(open: k, close: sentence.upperBound, speaker: speaker))
        }
        return result
    }

    /// "Iran will pay a price, Israel warned.", "The drills are
    /// provocative, said Tokyo's defence ministry.": with no quotation marks,
    /// a reporting clause closing the sentence after its last comma
    /// attributes what comes before the comma, as a quote's would. The span
    /// runs from before the sentence to the comma. A participle ("...,
    /// saying ...") reports nothing of the clause before it.
    func reportedClauses(in tokens: [Token], sentences: [Range<Int>], mentions: [Mention],
                         byStart: [Int]) -> [Quote] {
        var result: [Quote] = []
        for sentence in sentences {
            guard !sentence.isEmpty, !sentence.contains(where: { tokens[$0].kind == .openQuote || tokens[$0].kind == .closeQuote }),
                  let comma = sentence.last(where: { tokens[$0].isMark(",") }), comma > sentence.lowerBound + 2
            else { continue }
            var end = sentence.upperBound
            while end > comma + 1, !tokens[end - 1].isWord { end -= 1 }
            guard end - comma - 1 >= 2, end - comma - 1 <= 10 else { continue }
            var verb: Int?
            var speakerIndex: Int?   // (an index: see `quotes`)
            for k in (comma + 1)..<end {
                if verb == nil, tokens[k].belongs(to: .reporting), !tokens[k].lowerHasSuffix("ing") { verb = k }
                if speakerIndex == nil, k < byStart.count, case let index = byStart[k], index >= 0,
                   mentions[index].actor != nil, mentions[index].agentive || mentions[index].form == .pronoun {
                    speakerIndex = index
                }
            }
            // The speaker or its verb opens the clause ("..., the Kremlin said",
            // "..., said Seoul"); a place after a preposition is no speaker
            // ("..., protesters in London said").
            guard let verb, let speakerIndex, case let speaker = mentions[speakerIndex], min(verb, speaker.start) <= comma + 4,
                  !((comma + 1)..<speaker.start).contains(where: { tokens[$0].belongs(to: .preposition) })
            else { continue }
            result.append(Quote(open: sentence.lowerBound - 1, close: comma, speaker: speaker))
        }
        return result
    }
}
