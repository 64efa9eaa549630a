/// Learns, per article, the people the ontology does not know but the text
/// introduces as speaking for an actor, so that later mentions of them
/// count: "Lithuanian President Gitanas Nauseda" or "Cuba's foreign
/// minister, Felipe Perez Roque," teach that "Nauseda" and "Roque" stand
/// for LTU and CUB in this article. Office holders change; articles say who
/// they are.
struct PersonLearner: Sendable {
    // Lower-cased words that are never part of a name (cue words, verbs of
    // speech, auxiliaries) are the `.nameStop` word class, so a title-case
    // headline such as "Russian President Warns Japan" teaches nothing.

    /// "Mr", "Dr": words before a family name.
    let honorifics: Set<String>

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
            } else if !m.possessive, m.extent < tokens.count, tokens[m.extent].text == ",",
                      let name = nameRun(tokens, from: m.extent + 1, covered: covered),
                      name.upperBound < tokens.count,
                      tokens[name.upperBound].text == "," || tokens[name.upperBound].belongs(to: .reporting) {
                // "Cuba's foreign minister, Felipe Perez Roque, ..."
                people.append((name.map { tokens[$0].text }, actor, m.title))
            } else if m.start >= 2, tokens[m.start - 1].text == ",",
                      let name = nameRun(tokens, endingAt: m.start - 1, covered: covered) {
                // "Felipe Perez Roque, Cuba's foreign minister, ..."
                people.append((name.map { tokens[$0].text }, actor, m.title))
            }
        }
        guard !people.isEmpty else { return }

        // Later mentions: the full name, or the family name alone.
        var byWord: [String: Learned] = [:]
        for person in people {
            if let last = person.name.last, byWord[last] == nil {
                byWord[last] = (person.actor, person.title, 1, person.name)
            }
            if let first = person.name.first, person.name.count > 1 {
                byWord["full:" + first] = (person.actor, person.title, person.name.count, person.name)
            }
        }
        var added: [Mention] = []
        var k = 0
        while k < tokens.count {
            guard !covered[k], tokens[k].isCapitalized else { k += 1; continue }
            var match: (actor: String, title: String?, length: Int)?
            if let full = byWord["full:" + tokens[k].text], k + full.length <= tokens.count,
               (0..<full.length).allSatisfy({ tokens[k + $0].text == full.full[$0] }) {
                match = (full.actor, full.title, full.length)
            } else if let last = byWord[tokens[k].text] ?? afterHonorific(tokens, k, byWord), k + 1 >= tokens.count
                        || !tokens[k + 1].isCapitalized || tokens[k + 1].kind == .possessive {
                let before = k - 1
                let standsAlone = before < 0 || !tokens[before].isCapitalized || !tokens[before].isWord
                    || honorifics.contains(tokens[before].lower)
                if standsAlone { match = (last.actor, last.title, 1) }
            }
            guard let match else { k += 1; continue }
            var start = k
            // "Mr Roque" and "Mr. Roque" (the tokenizer splits the dot off).
            if start >= 2, tokens[start - 1].text == ".", honorifics.contains(tokens[start - 2].lower) {
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

    /// "Mr Tien" for "Tien Chung-kwang": after an honorific, the first word
    /// of a learned name names the person too (family names come first in
    /// many languages).
    func afterHonorific(_ tokens: [Token], _ k: Int, _ byWord: [String: Learned]) -> Learned? {
        var before = k - 1
        if before >= 1, tokens[before].text == "." { before -= 1 }
        guard before >= 0, honorifics.contains(tokens[before].lower) else { return nil }
        return byWord["full:" + tokens[k].text]
    }

    /// A run of one to four capitalised name words starting at `start`.
    func nameRun(_ tokens: [Token], from start: Int, covered: [Bool]) -> Range<Int>? {
        var k = start
        while k < tokens.count, k - start < 6 {
            let token = tokens[k]
            if token.text == "-", token.attached, k > start { k += 1; continue }
            let joined = k > start && token.attached && tokens[k - 1].text == "-"
            guard token.isWord, !covered[k], joined || isNameWord(token) else { break }
            k += 1
        }
        while k > start, tokens[k - 1].text == "-" { k -= 1 }
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
        let letters = token.text.unicodeScalars.filter { $0.properties.isAlphabetic }
        return letters.count >= 2 && letters.contains { $0.properties.isLowercase }
    }
}
