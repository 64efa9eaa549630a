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
    }

    let reportingForms: Set<String>

    /// Forms of the reporting verbs ("said", "told") and the reporting
    /// words that are no verbs ("according").
    init(language: LanguageResources, inflector: Inflector) {
        reportingForms = inflector.verbForms(of: language[.reportingVerbs])
            .union(language[.reportingWords].map { $0.lowercased() })
    }

    func quotes(in tokens: [Token], sentences: [Range<Int>], sentenceOf: [Int],
                mentions: [Mention]) -> [Quote] {
        var spans: [Quote] = []
        var stack: [Int] = []
        for (i, token) in tokens.enumerated() {
            if token.kind == .openQuote { stack.append(i) }
            if token.kind == .closeQuote, let open = stack.popLast() {
                spans.append(Quote(open: open, close: i))
            }
        }
        let byStart = Dictionary(grouping: mentions.indices, by: { mentions[$0].start })
        func mention(at k: Int) -> Mention? {
            byStart[k].flatMap { $0.first.map { mentions[$0] } }
        }
        for index in spans.indices {
            let quote = spans[index]
            let after = sentences[sentenceOf[quote.close]]
            var sawVerb = false
            var candidate: Mention?
            var k = quote.close + 1
            while k < after.upperBound && k <= quote.close + 12 {
                if [".", "!", "?"].contains(tokens[k].text) || tokens[k].kind == .openQuote { break }
                if tokens[k].belongs(to: .reporting) { sawVerb = true }
                if candidate == nil, let m = mention(at: k), m.actor != nil, m.agentive || m.form == .pronoun {
                    candidate = m
                }
                if sawVerb, candidate != nil { break }
                k += 1
            }
            if sawVerb, let candidate {
                spans[index].speaker = candidate
                continue
            }
            // Before the opening mark: "X said: '...'" in the same sentence.
            let before = sentences[sentenceOf[quote.open]]
            var subject: Mention?
            var verb = false
            for k in before.lowerBound..<quote.open {
                if tokens[k].belongs(to: .reporting) { verb = true }
                if subject == nil, let m = mention(at: k), m.actor != nil, m.agentive { subject = m }
            }
            if verb { spans[index].speaker = subject }
        }
        return spans
    }
}
