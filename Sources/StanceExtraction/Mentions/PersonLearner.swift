/// Learns, per article, the people the ontology does not know but the text
/// introduces as speaking for an actor, so that later mentions of them
/// count: "Lithuanian President Gitanas Nauseda" or "Cuba's foreign
/// minister, Felipe Perez Roque," teach that "Nauseda" and "Roque" stand
/// for LTU and CUB in this article. Office holders change; articles say who
/// they are.
///
/// An apposition whose title phrase names the state only through a body or
/// place teaches too: "Choe Jin, a director at a Foreign Ministry think
/// tank in Pyongyang, said" (PRK), "Maria Lopez, a spokeswoman for the
/// Chilean foreign ministry," (CHL), "Ahmed Said, deputy head of Egypt's
/// delegation," (EGY); "Jane Doe, a professor at Tokyo University," names
/// no body that speaks for a state and teaches nothing.
struct PersonLearner: Sendable {
    // Lower-cased words that are never part of a name (cue words, verbs of
    // speech, auxiliaries) are the `.nameStop` word class, so a title-case
    // headline such as "Russian President Warns Japan" teaches nothing.

    /// "Mr", "Dr": words before a family name.
    let honorifics: StringSet

    /// The ontology's agent heads and titles ("foreign ministry",
    /// "spokeswoman"), to find the one an apposition holds. Without them
    /// (the default) an apposition teaches only when its actor's own
    /// phrase is headed ("the Chilean foreign ministry", "head of Egypt's
    /// delegation").
    var heads = PhraseMatcher<Bool>(caseSensitive: false)

    init(honorifics: some Sequence<String>, heads: PhraseMatcher<Bool> = PhraseMatcher<Bool>(caseSensitive: false)) {
        self.honorifics = StringSet(honorifics)
        self.heads = heads
    }

    /// The longest apposition read, in tokens.
    static let appositionLength = 16

    func learn(tokens: [Token], mentions: inout [Mention]) {
        var people: [(name: [String], actor: String, title: String?)] = []
        var covered = [Bool](repeating: false, count: tokens.count)
        for m in mentions { for k in m.start..<m.extent { covered[k] = true } }

        for index in mentions.indices {
            let m = mentions[index]
            guard let actor = m.actor, m.title != nil, m.form != .pronoun, m.form != .relative else { continue }
            if !m.possessive, let name = nameRun(tokens, from: m.end, covered: covered) {
                // "Lithuanian President Gitanas Nauseda": one mention.
                mentions[index].end = name.upperBound
                mentions[index].possessive = name.upperBound < tokens.count && tokens[name.upperBound].kind == .possessive
                mentions[index].extent = mentions[index].possessive ? name.upperBound + 1 : name.upperBound
                mentions[index].agentive = !mentions[index].possessive
                mentions[index].form = .official
                mentions[index].surface = MentionFinder.surface(tokens, m.start, name.upperBound)
                for k in m.end..<mentions[index].extent { covered[k] = true }
                people.append((name.map { tokens[$0].text }, actor, m.title))
            } else if !m.possessive, m.extent < tokens.count, tokens[m.extent].isMark(","),
                      let name = nameRun(tokens, from: m.extent + 1, covered: covered),
                      name.upperBound < tokens.count,
                      tokens[name.upperBound].isMark(",") || tokens[name.upperBound].belongs(to: .reporting) {
                // "Cuba's foreign minister, Felipe Perez Roque, ..."
                people.append((name.map { tokens[$0].text }, actor, m.title))
            } else if m.start >= 2, tokens[m.start - 1].isMark(","),
                      let name = nameRun(tokens, endingAt: m.start - 1, covered: covered) {
                // "Felipe Perez Roque, Cuba's foreign minister, ..."
                people.append((name.map { tokens[$0].text }, actor, m.title))
            }
        }
        people += appositions(tokens: tokens, mentions: mentions, covered: covered)
        guard !people.isEmpty else { return }

        // Later mentions: the full name, or the family name alone.
        var byWord: [String: Learned] = [:]
        // A name's first word alone ("Choe" for "Choe Jin": family names
        // come first in many languages), unless it opens the names of
        // people who speak for different actors.
        var byFirst: [String: Learned] = [:]
        var actorsOfFirst: [String: Set<String>] = [:]
        for m in mentions where m.form == .official {
            if let actor = m.actor { actorsOfFirst[tokens[m.start].text, default: []].insert(actor) }
        }
        for person in people {
            if let last = person.name.last, byWord[last] == nil {
                byWord[last] = (person.actor, person.title, 1, person.name)
            }
            if let first = person.name.first, person.name.count > 1 {
                byWord["full:" + first] = (person.actor, person.title, person.name.count, person.name)
                actorsOfFirst[first, default: []].insert(person.actor)
                if byFirst[first] == nil { byFirst[first] = (person.actor, person.title, 1, person.name) }
            }
        }
        byFirst = byFirst.filter { actorsOfFirst[$0.key]?.count == 1 }
        var added: [Mention] = []
        var k = 0
        while k < tokens.count {
            guard !covered[k], tokens[k].isCapitalized else { k += 1; continue }
            var match: (actor: String, title: String?, length: Int)?
            if let full = byWord["full:" + tokens[k].text], k + full.length <= tokens.count,
               (0..<full.length).allSatisfy({ tokens[k + $0].text == full.full[$0] }) {
                match = (full.actor, full.title, full.length)
            } else if let last = byWord[tokens[k].text] ?? afterHonorific(tokens, k, byWord) ?? byFirst[tokens[k].text],
                      k + 1 >= tokens.count
                        || !tokens[k + 1].isCapitalized || tokens[k + 1].kind == .possessive {
                let before = k - 1
                let standsAlone = before < 0 || !tokens[before].isCapitalized || !tokens[before].isWord
                    || honorifics.contains(tokens[before].lower)
                if standsAlone { match = (last.actor, last.title, 1) }
            }
            guard let match else { k += 1; continue }
            var start = k
            // "Mr Roque" and "Mr. Roque" (the tokenizer splits the dot off).
            if start >= 2, tokens[start - 1].isMark("."), honorifics.contains(tokens[start - 2].lower) {
                start -= 2
            } else if start >= 1, honorifics.contains(tokens[start - 1].lower) {
                start -= 1
            }
            let end = k + match.length
            let possessive = end < tokens.count && tokens[end].kind == .possessive
            added.append(Mention(start: start, end: end, extent: possessive ? end + 1 : end, actor: match.actor,
                                 form: .official, possessive: possessive, agentive: !possessive, title: match.title,
                                 surface: MentionFinder.surface(tokens, k, end)))
            for j in start..<(possessive ? end + 1 : end) { covered[j] = true }
            k = end
        }
        mentions.append(contentsOf: added)
        mentions.sort { $0.start < $1.start }
    }

    typealias Learned = (actor: String, title: String?, length: Int, full: [String])

    /// People introduced by an apposition that names a body or office and
    /// exactly one actor: "Choe Jin, a director at a Foreign Ministry think
    /// tank in Pyongyang," or "said Maria Lopez, a spokeswoman for the
    /// Chilean foreign ministry." The name has two to four words and opens
    /// its phrase; the apposition opens with a determiner, a head modifier
    /// ("deputy") or a head, holds no verb of speech, auxiliary or
    /// relative pronoun, and its one actor's mention speaks for it (an
    /// owner alone, as in "Japan's ruling party", does not).
    func appositions(tokens: [Token], mentions: [Mention], covered: [Bool]) -> [(name: [String], actor: String, title: String?)] {
        var found: [(name: [String], actor: String, title: String?)] = []
        var next = 0   // the first mention that may lie in the apposition
        for comma in 2..<max(2, tokens.count - 1) where tokens[comma].isMark(",") {
            // Cheap test first: a name ends in a capitalised word ("Choe
            // Jin") or a hyphenated part ("Min-ho").
            guard tokens[comma - 1].isWord, tokens[comma - 1].isCapitalized || tokens[comma - 1].attached
            else { continue }
            let open = comma + 1
            guard let name = appositionName(tokens, endingAt: comma, covered: covered) else { continue }
            // The apposition runs to the next comma, stop, dash or line break.
            var close = open
            while close < tokens.count, close - open <= Self.appositionLength,
                  close == open || tokens[close].newlinesBefore == 0,
                  ![",", ".", ";", ":", "—", "–", ")", "!", "?"].contains(tokens[close].text) { close += 1 }
            guard close > open, close - open <= Self.appositionLength else { continue }
            let words = tokens[open..<close]
            guard !words.contains(where: {
                $0.belongs(to: .reporting) || $0.belongs(to: .auxiliary) || $0.belongs(to: .relative)
                    || $0.kind == .openQuote || $0.kind == .closeQuote
            }) else { continue }
            while next < mentions.count, mentions[next].start < open { next += 1 }
            var inside: [Mention] = []
            var k = next
            while k < mentions.count, mentions[k].start < close {
                if mentions[k].actor != nil { inside.append(mentions[k]) }
                k += 1
            }
            guard let m = inside.first, inside.allSatisfy({ $0.actor == m.actor }),
                  inside.allSatisfy({ $0.extent <= close }), m.agentive,
                  m.form == .name || m.form == .adjective || m.form == .official else { continue }
            let first = tokens[open]
            let head = (open..<close).lazy.compactMap { heads.longestMatch(in: tokens, at: $0) }.first
            let opens = first.isWord && !first.isCapitalized
                && (first.belongs(to: .determiner) || first.belongs(to: .headModifier)
                    || heads.longestMatch(in: tokens, at: open) != nil || m.start == open)
            guard opens, head != nil || Self.isHeaded(m, tokens) else { continue }
            var title = m.title
            if title == nil, let head, let start = (open..<close).first(where: { heads.longestMatch(in: tokens, at: $0)?.end == head.end }) {
                title = tokens[start..<head.end].map(\.lower).joined(separator: " ")
            }
            found.append((name.map { tokens[$0].text }, m.actor!, title ?? tokens[m.end - 1].lower))
        }
        return found
    }

    /// A mention whose own phrase holds its head: a title ("the Chilean
    /// foreign minister"), a body after an adjective or owner ("the Chilean
    /// foreign ministry", "Egypt's delegation"), or a head before "of"
    /// ("head of Egypt's delegation").
    static func isHeaded(_ m: Mention, _ tokens: [Token]) -> Bool {
        if m.title != nil || !tokens[m.start].isCapitalized { return true }
        if m.form == .adjective, m.end - m.start > 1 { return true }
        return (m.start..<m.end).contains { tokens[$0].kind == .possessive }
            || (tokens[m.end - 1].isWord && !tokens[m.end - 1].isCapitalized)
    }

    /// The name an apposition follows: two to four name words right before
    /// `comma` ("Kim Min-ho" is two), opening their phrase, none a time
    /// word ("Last Tuesday,"). The last may be a capitalised verb of
    /// speech, a common family name ("Ahmed Said").
    func appositionName(_ tokens: [Token], endingAt comma: Int, covered: [Bool]) -> Range<Int>? {
        var k = comma
        var words = 0
        if k >= 2, tokens[k - 1].belongs(to: .reporting), tokens[k - 1].isCapitalized, !covered[k - 1],
           isNameWord(tokens[k - 2]) {
            k -= 1
            words += 1
        }
        while k > 0, words <= 4, !covered[k - 1] {
            let token = tokens[k - 1]
            // "Min-ho": a part joined by a hyphen belongs to the word before.
            if k >= 3, token.isWord, token.attached, tokens[k - 2].isMark("-"), tokens[k - 2].attached,
               isNameWord(tokens[k - 3]), !covered[k - 2], !covered[k - 3] {
                k -= 3
                words += 1
                continue
            }
            guard token.isWord, isNameWord(token), !token.belongs(to: .timeWord) else { break }
            k -= 1
            words += 1
        }
        guard (2...4).contains(words) else { return nil }
        // The run must open its phrase: not the tail of a longer capitalised run.
        if k > 0, tokens[k - 1].isWord, tokens[k - 1].isCapitalized { return nil }
        return k..<comma
    }

    /// "Mr Tien" for "Tien Chung-kwang": after an honorific, the first word
    /// of a learned name names the person too (family names come first in
    /// many languages).
    func afterHonorific(_ tokens: [Token], _ k: Int, _ byWord: [String: Learned]) -> Learned? {
        var before = k - 1
        if before >= 1, tokens[before].isMark(".") { before -= 1 }
        guard before >= 0, honorifics.contains(tokens[before].lower) else { return nil }
        return byWord["full:" + tokens[k].text]
    }

    /// A run of one to four capitalised name words starting at `start`.
    func nameRun(_ tokens: [Token], from start: Int, covered: [Bool]) -> Range<Int>? {
        var k = start
        while k < tokens.count, k - start < 6 {
            let token = tokens[k]
            if token.isMark("-"), token.attached, k > start { k += 1; continue }
            let joined = k > start && token.attached && tokens[k - 1].isMark("-")
            guard token.isWord, !covered[k], joined || isNameWord(token) else { break }
            k += 1
        }
        while k > start, tokens[k - 1].isMark("-") { k -= 1 }
        let words = (start..<k).filter { tokens[$0].isWord }.count
        return (1...4).contains(words) ? start..<k : nil
    }

    /// The same, ending just before `end` ("Felipe Perez Roque, ...").
    func nameRun(_ tokens: [Token], endingAt end: Int, covered: [Bool]) -> Range<Int>? {
        var k = end
        while k > 0, end - k < 4, tokens[k - 1].isWord, !covered[k - 1], isNameWord(tokens[k - 1]) { k -= 1 }
        guard k < end else { return nil }
        // The run must open its phrase: sentence start, or after punctuation or a verb.
        if k > 0, tokens[k - 1].isWord, tokens[k - 1].isCapitalized { return nil }
        return k..<end
    }

    func isNameWord(_ token: Token) -> Bool {
        guard token.isCapitalized, token.kind == .word, !token.belongs(to: .nameStop) else { return false }
        if let ascii = Self.asciiNameShape(token.text) { return ascii }
        let letters = token.text.unicodeScalars.filter { $0.properties.isAlphabetic }
        return letters.count >= 2 && letters.contains { $0.properties.isLowercase }
    }

    /// `isNameWord`'s test of the letters (two at least, one lower-case)
    /// for ASCII text, from its bytes: the ASCII letters are the
    /// alphabetic scalars among them and a-z the lower-case ones. Nil for
    /// other text, which asks the Unicode tables.
    static func asciiNameShape(_ text: String) -> Bool? {
        let answer: Bool?? = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
            var letters = 0, lowerCase = false
            for byte in bytes {
                if byte >= 0x80 { return nil }
                if byte >= 0x61 && byte <= 0x7A {
                    letters += 1
                    lowerCase = true
                } else if byte >= 0x41 && byte <= 0x5A {
                    letters += 1
                }
            }
            return letters >= 2 && lowerCase
        }
        return answer ?? nil
    }
}
