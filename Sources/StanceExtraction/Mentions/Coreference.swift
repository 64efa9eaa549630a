/// Resolves pronouns, descriptions and a quote's first person to actors,
/// adding them as mentions. Deliberately simple and conservative: a phrase
/// with no clear antecedent stays unresolved and so can carry no edge.
struct Coreference: Sendable {
    let finder: MentionFinder
    var lexicon: ActorLexicon { finder.lexicon }
    let descriptions: PhraseMatcher<String>

    init(finder: MentionFinder, descriptions: [String: String], words: inout WordTable) {
        self.finder = finder
        var matcher = PhraseMatcher<String>(caseSensitive: false)
        for (phrase, target) in descriptions { matcher.insert(phrase, target, words: &words) }
        self.descriptions = matcher
    }

    /// Adds resolved pronoun and description mentions to `mentions`.
    func resolve(tokens: [Token], sentenceOf: [Int], mentions: inout [Mention]) {
        var taken = [Bool](repeating: false, count: tokens.count)
        for m in mentions { for k in m.start..<m.extent { taken[k] = true } }
        var added: [Mention] = []
        var history = mentions.sorted { $0.start < $1.start }
        var cursor = 0
        var known: [Mention] = []   // resolved mentions before the current token
        // Tokens inside quotation marks (a straight quote toggles).
        var inQuote = [Bool](repeating: false, count: tokens.count)
        var open = false
        for (k, token) in tokens.enumerated() {
            if token.kind == .openQuote { open = true } else if token.kind == .closeQuote { open = false }
            inQuote[k] = open && token.kind != .openQuote
        }
        var i = 0
        while i < tokens.count {
            while cursor < history.count && history[cursor].start < i {
                if history[cursor].actor != nil { known.append(history[cursor]) }
                cursor += 1
            }
            guard !taken[i] else { i += 1; continue }
            let token = tokens[i]
            var mention: Mention?
            if token.belongs(to: .personal) {
                let possessive = token.lower == "his" || (token.lower == "her" && nextIsNoun(tokens, i))
                let atStart = i == 0 || sentenceOf[i - 1] != sentenceOf[i]
                // A sentence that opens with "He" continues with the last
                // person who spoke or acted, not one named inside a quote
                // or as an object ("lashed out at Trump").
                let subjectLike: (Mention) -> Bool = { m in
                    guard m.isPerson, !inQuote[m.start], !Self.isGoverned(m, tokens) else { return false }
                    // The first person of its sentence: "that he wanted" after
                    // "He criticised Trump" is not the one the story follows.
                    let sentence = sentenceOf[m.start]
                    return !known.reversed().prefix { sentenceOf[$0.start] >= sentence }.contains { n in
                        n.start < m.start && sentenceOf[n.start] == sentence && n.isPerson && !inQuote[n.start]
                    }
                }
                if atStart, !inQuote[i],
                   let antecedent = Self.recent(known, within: 3, of: sentenceOf[i], sentenceOf, where: subjectLike) {
                    mention = pronoun(i, antecedent, possessive: possessive, tokens)
                } else if let antecedent = Self.recent(known, within: 3, of: sentenceOf[i], sentenceOf, where: { $0.isPerson }) {
                    mention = pronoun(i, antecedent, possessive: possessive, tokens)
                }
            } else if token.belongs(to: .neuter) {
                let sentence = sentenceOf[i]
                var inSentence: [Mention] = []
                for m in known.reversed() {
                    if sentenceOf[m.start] != sentence { break }
                    if !m.isPerson { inSentence.insert(m, at: 0) }
                }
                let subject = inSentence.first { $0.agentive }
                let before = Self.skippingTime(before: i, tokens)
                let opensClause = i == 0 || sentenceOf[i - 1] != sentence
                    || tokens[i - 1].belongs(to: .clauseOpener)
                    || (before >= 0 && tokens[before].belongs(to: .reporting))
                var antecedent: Mention?
                let atStart = i == 0 || sentenceOf[i - 1] != sentence
                if atStart, token.lower == "it", let subject = Self.previousSubject(known, of: sentence, sentenceOf, tokens) {
                    // "Ethiopia argues ... . It has also rejected ...": the
                    // subject of the sentence before.
                    antecedent = subject
                } else if token.lower == "its" {
                    // The nearest owner: "praised Fiji for its role".
                    antecedent = inSentence.last { $0.form != .pronoun }
                        ?? Self.recent(known, within: 2, of: sentence, sentenceOf, where: { !$0.isPerson && $0.agentive })
                } else if opensClause {
                    // "Poland said it ...": the subject of the reporting verb,
                    // else the nearest holder in the sentence.
                    antecedent = reporter(before: i, tokens: tokens, known: known)
                        ?? inSentence.last { $0.agentive }
                        ?? Self.recent(known, within: 2, of: sentence, sentenceOf, where: { !$0.isPerson && $0.agentive })
                } else {
                    antecedent = inSentence.last { $0.actor != subject?.actor && $0.form != .pronoun }
                        ?? (subject == nil ? Self.recent(known, within: 1, of: sentence, sentenceOf, where: { !$0.isPerson }) : nil)
                }
                if let antecedent {
                    mention = pronoun(i, antecedent, possessive: token.lower == "its", tokens)
                }
            } else if token.lower == "the", let described = description(at: i, tokens: tokens, known: known,
                                                                                   sentenceOf: sentenceOf) {
                mention = described
            }
            if let mention {
                added.append(mention)
                known.append(mention)
                for k in mention.start..<mention.extent { taken[k] = true }
                i = mention.extent
            } else {
                i += 1
            }
        }
        history.append(contentsOf: added)
        history.sort { $0.start < $1.start }
        mentions = history
    }

    /// The first agentive, non-person mention of the sentence before.
    static func previousSubject(_ known: [Mention], of sentence: Int, _ sentenceOf: [Int],
                                _ tokens: [Token]) -> Mention? {
        var first: Mention?
        for m in known.reversed() {
            let s = sentenceOf[m.start]
            if s < sentence - 1 { break }
            if s == sentence - 1, m.agentive, !m.isPerson, m.form != .relative, !isGoverned(m, tokens) { first = m }
        }
        return first
    }

    static func isGoverned(_ m: Mention, _ tokens: [Token]) -> Bool {
        Clause.isGoverned(m.start, in: tokens, from: 0)
    }

    /// The token before `i`, past time words: "said on Tuesday it", "said
    /// today that it".
    static func skippingTime(before i: Int, _ tokens: [Token]) -> Int {
        var k = i - 1
        var steps = 0
        while k >= 0, steps < 4, tokens[k].belongs(to: .timeWord) { k -= 1; steps += 1 }
        return k
    }

    /// The latest mention satisfying `test` at most `within` sentences back,
    /// scanning backward only as far as that window.
    static func recent(_ known: [Mention], within: Int, of sentence: Int, _ sentenceOf: [Int],
                       where test: (Mention) -> Bool) -> Mention? {
        for m in known.reversed() {
            if sentence - sentenceOf[m.start] > within { return nil }
            if test(m) { return m }
        }
        return nil
    }

    /// The mention right before the reporting verb that precedes `i`
    /// ("Poland said it", "Russia has repeatedly said it").
    func reporter(before i: Int, tokens: [Token], known: [Mention]) -> Mention? {
        var k = Self.skippingTime(before: i, tokens)
        if k >= 0, tokens[k].lower == "that" { k = Self.skippingTime(before: k, tokens) }
        guard k >= 0, tokens[k].belongs(to: .reporting) else { return nil }
        k -= 1
        while k >= 0, tokens[k].belongs(to: .auxiliary) || tokens[k].lower.hasSuffix("ly") { k -= 1 }
        guard k >= 0, let m = known.last, m.start <= k, k < m.extent, m.agentive else { return nil }
        return m
    }

    /// A pronoun mention; "its foreign ministry", "his government" grow
    /// into a phrase that speaks for the actor, as names do.
    func pronoun(_ i: Int, _ antecedent: Mention, possessive: Bool, _ tokens: [Token]) -> Mention {
        var mention = Mention(start: i, end: i + 1, extent: i + 1, actor: antecedent.actor, form: .pronoun,
                              possessive: possessive, agentive: !possessive, title: antecedent.title,
                              surface: antecedent.surface)
        if possessive, let (_, head) = finder.headAfterModifiers(tokens, from: i + 1, owner: true) {
            mention.end = head.end
            mention.extent = head.end
            mention.possessive = false
            mention.agentive = true
        }
        return mention
    }

    func nextIsNoun(_ tokens: [Token], _ i: Int) -> Bool {
        i + 1 < tokens.count && tokens[i + 1].isWord && !tokens[i + 1].isCapitalized
    }

    /// "the island" (by kind or trait) or "the popular prime minister" (the
    /// last official with that title).
    func description(at i: Int, tokens: [Token], known: [Mention], sentenceOf: [Int]) -> Mention? {
        if let match = descriptions.longestMatch(in: tokens, at: i), let target = match.payloads.first {
            if target == "owner" {
                // "condemned Ethiopia's start of ..., warning the move
                // violates ...": the owner of the act just named.
                guard let antecedent = known.last(where: { m in
                    m.possessive && m.actor != nil && sentenceOf[m.start] == sentenceOf[i] && m.form != .pronoun
                })
                else { return nil }
                return described(i, match.end, antecedent, tokens)
            }
            guard let antecedent = known.last(where: { m in
                guard let actor = m.actor else { return false }
                return lexicon.kinds[actor] == target || lexicon.traits[actor]?.contains(target) == true
            }) else { return nil }
            return described(i, match.end, antecedent, tokens)
        }
        var k = i + 1
        while k < tokens.count, k <= i + 3 {
            if let title = lexicon.titles.longestMatch(in: tokens, at: k), let name = title.payloads.first {
                let end = title.end
                if end < tokens.count, tokens[end].lower == "of" || tokens[end].isCapitalized { return nil }
                guard let antecedent = known.last(where: { $0.form == .official && $0.title?.hasSuffix(name) == true })
                else { return nil }
                return described(i, end, antecedent, tokens)
            }
            guard tokens[k].isWord, !tokens[k].isCapitalized else { return nil }
            k += 1
        }
        return nil
    }

    func described(_ start: Int, _ end: Int, _ antecedent: Mention, _ tokens: [Token]) -> Mention {
        let possessive = end < tokens.count && tokens[end].kind == .possessive
        return Mention(start: start, end: end, extent: possessive ? end + 1 : end, actor: antecedent.actor,
                       form: .description, possessive: possessive, agentive: !possessive,
                       title: antecedent.title, surface: MentionFinder.surface(tokens, start, end))
    }

    /// we, our, I inside a quote with a known speaker.
    func firstPerson(tokens: [Token], quotes: [QuoteAttribution.Quote], mentions: inout [Mention]) {
        var taken = [Bool](repeating: false, count: tokens.count)
        for m in mentions { for k in m.start..<m.extent { taken[k] = true } }
        for quote in quotes {
            guard let speaker = quote.speaker, speaker.actor != nil else { continue }
            for k in (quote.open + 1)..<quote.close where !taken[k] && tokens[k].belongs(to: .firstPerson) {
                let possessive = tokens[k].belongs(to: .possessivePronoun)
                mentions.append(Mention(start: k, end: k + 1, extent: k + 1, actor: speaker.actor,
                                        form: .firstPerson, possessive: possessive, agentive: !possessive,
                                        title: speaker.title, surface: speaker.surface))
                taken[k] = true
            }
        }
        mentions.sort { $0.start < $1.start }
    }
}
