/// Finding who holds a stance.
extension RuleContext {
    /// The subject right before a verb, past auxiliaries, adverbs and quote
    /// marks; past a parenthesis ("China — which ... — has demanded"); or
    /// shared with an earlier verb after "and" or a comma.
    func adjacentSubject(before start: Int) -> (Subject, negated: Bool) {
        var k = start - 1
        var negated = false
        var skippedTo = false
        let lower = clause.range.lowerBound
        while k >= lower {
            if let m = clause.mention(covering: k) {
                if m.actor != nil, m.agentive, !clause.isGovernedBeforeVerb(m) { return (.mention(m), negated) }
                // "A statement from Egypt's ministry condemned": the author
                // of a speech act that is the subject.
                if let author = speechActAuthor(after: m) { return (.mention(author), negated) }
                // "Russia's ambassador to the UN rejected", "US officials in
                // Beijing said": the phrase modifies the subject before it.
                if let owner = postmodifiedSubject(governing: m) { return (.mention(owner), negated) }
                return (.none, negated)
            }
            let token = clause.tokens[k]
            if clause.isNegating(k) { negated = true; k -= 1; continue }
            if clause.isVerbal(k) {
                // "obliges its members, including X, to arrest": X is
                // obliged, it holds nothing.
                if token.lower == "to" { skippedTo = true }
                k -= 1
                continue
            }
            if token.isMark(",") || token.isMark("—") || token.isMark("–") {
                // "Nine countries, including Peru, Chile and Bolivia,": the
                // actors a parenthesis lists hold the stance.
                if !skippedTo, let last = inclusionList(closingAt: k) { return (.mention(last), negated) }
                // A parenthesis closing here: jump to its opening mark.
                var j = k - 1
                while j >= lower, clause.tokens[j].text != token.text { j -= 1 }
                if j >= lower, let m = clause.mention(covering: j - 1), m.actor != nil, m.agentive,
                   !clause.isGoverned(m), !isObjectOfVerb(m) {
                    return (.mention(m), negated)
                }
                // "The statement from Brazil's presidency, released late
                // Monday, criticised": the author of the speech act before.
                if j >= lower, let m = clause.mention(covering: j - 1), m.extent == j,
                   let author = speechActAuthor(after: m) {
                    return (.mention(author), negated)
                }
                // "The statement, issued by Oman and Qatar, praised": a
                // parenthesis naming a speech act's author.
                if j > lower, vocabulary.speechActs.contains(clause.tokens[j - 1].lower),
                   let author = parentheticalAuthor(from: j + 1, to: k) {
                    return (.mention(author), negated)
                }
                return token.isMark(",") ? (.shared, negated) : (.none, negated)
            }
            if token.belongs(to: .sharedSubjectJoiner) { return (.shared, negated) }
            if token.isCapitalized, let m = namedTail(endingAt: k) { return (.mention(m), negated) }
            if token.isWord, let m = actorBeforeCommonConjunct(endingAt: k) { return (.mention(m), negated) }
            // "The EU statement condemned", "China's note urged": the
            // actor naming a speech act's author holds what it says.
            if vocabulary.speechActs.contains(token.lower) {
                return (speechActAuthor(before: k).map { .mention($0) } ?? .none, negated)
            }
            if let p = adverbialStart(endingAt: k) { k = p - 1; continue }
            return (.none, negated)
        }
        return (.none, negated)
    }

    /// ", (which was) issued by Oman and Qatar,": the author a parenthesis
    /// between `from` and `to` names after an authoring participle.
    func parentheticalAuthor(from: Int, to: Int) -> Mention? {
        var p = from
        while p < to, p - from < 3, clause.tokens[p].belongs(to: .relative) || clause.isVerbal(p) { p += 1 }
        return author(ofParticipleAt: p, before: to)
    }

    /// "X, along with Y and Z, condemned": the actors of a parenthesis
    /// opened by a phrase of accompaniment between the holder and the verb.
    func coHolders(after holder: Mention, before verb: Int) -> [String] {
        guard holder.extent + 1 < verb, clause.tokens[holder.extent].isMark(",") else { return [] }
        let opener = holder.extent + 1
        guard vocabulary.accompaniment.contains(where: { phrase in
            opener + phrase.count <= verb && zip(phrase, clause.tokens[opener...]).allSatisfy { $0 == $1.lower }
        }) else { return [] }
        return clause.mentions.filter { $0.start > opener && $0.extent < verb && $0.agentive }.flatMap(\.actors)
    }

    /// "including Peru": the first actor a parenthesis of inclusion lists.
    func isIncluded(_ m: Mention) -> Bool {
        m.start > clause.range.lowerBound && vocabulary.inclusionWords.contains(clause.tokens[m.start - 1].lower)
    }

    /// ", including Peru, Chile and Bolivia," closing at `close`: the list's
    /// last actor, when nothing but actors, commas and coordinators stands
    /// between the inclusion word and the close.
    func inclusionList(closingAt close: Int) -> Mention? {
        var k = close - 1
        var last: Mention?
        while k > clause.range.lowerBound {
            if let m = clause.mention(covering: k) {
                guard m.actor != nil, m.agentive else { return nil }
                if last == nil { last = m }
                k = m.start - 1
                continue
            }
            let token = clause.tokens[k]
            if vocabulary.inclusionWords.contains(token.lower) {
                return clause.tokens[k - 1].isMark(",") ? last : nil
            }
            guard token.belongs(to: .coordinator) || token.belongs(to: .determiner) else { return nil }
            k -= 1
        }
        return nil
    }

    /// The actor modifying or owning a speech act whose head noun is at
    /// `head`: "the EU statement", "China's communique", "a new UN report"
    /// (at most two plain words between them).
    func speechActAuthor(before head: Int) -> Mention? {
        var k = head - 1
        var words = 0
        while k >= clause.range.lowerBound, words <= 2 {
            if let m = clause.mention(covering: k) {
                guard m.actor != nil, !clause.isGovernedBeforeVerb(m) else { return nil }
                return m
            }
            let token = clause.tokens[k]
            guard token.isWord, !token.belongs(to: .determiner),
                  !token.belongs(to: .preposition), !clause.isVerbal(k), !clause.isBreak(k) else { return nil }
            words += 1
            k -= 1
        }
        return nil
    }

    /// The first of the actors coordinated with and before `m` ("Fiji" for
    /// "Samoa" in "by Fiji and Samoa"); `m` itself when none is.
    func firstConjunct(of m: Mention, after floor: Int? = nil) -> Mention {
        var first = m
        for other in clause.mentions.reversed()
        where other.extent <= first.start && other.actor != nil && other.start > (floor ?? clause.range.lowerBound - 1) {
            guard (other.extent..<first.start).allSatisfy({
                clause.tokens[$0].belongs(to: .coordinator) || clause.tokens[$0].isMark(",")
            }) else { break }
            first = other
        }
        return first
    }

    /// The author after a speech act that is the subject: "a statement
    /// from Egypt's foreign ministry", "the joint communique by Peru" (the
    /// first of coordinated authors, whose conjuncts follow it).
    func speechActAuthor(after m: Mention) -> Mention? {
        guard m.actor != nil else { return nil }
        let first = firstConjunct(of: m)
        var k = first.start - 1
        while k >= clause.range.lowerBound, clause.tokens[k].belongs(to: .determiner) { k -= 1 }
        guard k > clause.range.lowerBound, vocabulary.authorPrepositions.contains(clause.tokens[k].lower) else { return nil }
        var head = k - 1
        // "a statement issued by", "a letter signed by"
        if head > clause.range.lowerBound,
           clause.tokens[head].lowerHasSuffix("ed") || vocabulary.authoringForms.contains(clause.tokens[head].lower) {
            head -= 1
        }
        guard vocabulary.speechActs.contains(clause.tokens[head].lower), clause.mention(covering: head) == nil else { return nil }
        return first
    }

    /// "Tokyo has in turn criticised", "Oslo in a statement condemned": a
    /// short prepositional phrase (at most four words, no actor, no comma)
    /// between a subject and its verb; the index of its preposition.
    func adverbialStart(endingAt end: Int) -> Int? {
        let token = clause.tokens[end]
        guard token.isWord || token.kind == .number, !token.belongs(to: .preposition) else { return nil }
        var j = end - 1
        while j >= clause.range.lowerBound, j >= end - 4 {
            let t = clause.tokens[j]
            if clause.mention(covering: j) != nil || clause.isBreak(j) || !(t.isWord || t.kind == .number) { return nil }
            if t.belongs(to: .preposition) { return vocabulary.nonAdverbialPrepositions.contains(t.lower) ? nil : j }
            j -= 1
        }
        return nil
    }

    /// "urged the Community to support": a mention between a verb and the
    /// infinitive holding the cue is that verb's object.
    func isControlledObject(_ m: Mention, cue: CueMatch) -> Bool {
        guard m.extent < cue.start, (m.extent..<cue.start).contains(where: { clause.tokens[$0].lower == "to" }) else { return false }
        var k = m.start - 1
        while k >= clause.range.lowerBound, clause.tokens[k].belongs(to: .determiner) { k -= 1 }
        guard k >= clause.range.lowerBound else { return false }
        let token = clause.tokens[k]
        return token.isWord && !token.isCapitalized && !token.belongs(to: .preposition)
            && !token.belongs(to: .auxiliary) && !token.belongs(to: .coordinator)
            && !clause.isBreak(k)
    }

    /// The agentive mention right before the preposition governing `m`
    /// ("Russia's ambassador | to the UN"), for prepositions that attach a
    /// place or a post to a body.
    func postmodifiedSubject(governing m: Mention) -> Mention? {
        var k = m.start - 1
        while k >= clause.range.lowerBound, clause.tokens[k].belongs(to: .determiner) { k -= 1 }
        guard k > clause.range.lowerBound, vocabulary.postingPrepositions.contains(clause.tokens[k].lower),
              let owner = clause.mention(covering: k - 1), owner.extent == k, owner.actor != nil, owner.agentive,
              !clause.isGovernedBeforeVerb(owner) else { return nil }
        return owner
    }

    /// "demanded that (the) Peru": the "that" opening a demand's clause whose
    /// subject is `m`, if there is one.
    func directiveThat(before m: Mention) -> Int? {
        var k = m.start - 1
        // ("that" is a determiner too: "that country".)
        while k >= clause.range.lowerBound, clause.tokens[k].lower != "that", clause.tokens[k].belongs(to: .determiner) {
            k -= 1
        }
        guard k - 1 >= clause.range.lowerBound, clause.tokens[k].lower == "that",
              vocabulary.demandForms.contains(clause.tokens[k - 1].lower) else { return nil }
        return k
    }

    /// "Israel and two Pacific island nations stood with": an actor
    /// coordinated with a common noun phrase (at most four words) holds
    /// the verb's stance too.
    func actorBeforeCommonConjunct(endingAt end: Int) -> Mention? {
        var k = end
        while k >= clause.range.lowerBound, k > end - 5 {
            let token = clause.tokens[k]
            if token.lower == "and" { break }
            guard token.isWord || token.kind == .number, clause.mention(covering: k) == nil,
                  !token.belongs(to: .preposition), !clause.isVerbal(k), !clause.isBreak(k)
            else { return nil }
            k -= 1
        }
        guard k > clause.range.lowerBound, clause.tokens[k].lower == "and",
              let m = clause.mention(covering: k - 1), m.extent == k, m.actor != nil, m.agentive,
              !clause.isGoverned(m) else { return nil }
        return m
    }

    /// "Iran's religious leader Ayatollah Ruhollah Khomeini rejected",
    /// "the Calenardhon Ministry of Silly Walks condemned": capitalized words
    /// (a name the ontology does not know, or a body's full title) after an
    /// agentive mention that ends in a title or an "of".
    func namedTail(endingAt end: Int) -> Mention? {
        var k = end
        var sawOf = false
        var steps = 0
        while k >= clause.range.lowerBound, steps < 5, clause.mention(covering: k) == nil {
            let token = clause.tokens[k]
            if token.lower == "of" { sawOf = true } else if !(token.isCapitalized || token.isMark("-")) { return nil }
            k -= 1
            steps += 1
        }
        guard k >= clause.range.lowerBound, let m = clause.mention(covering: k), m.actor != nil, m.agentive,
              !clause.isGoverned(m), clause.tokens[k + 1].lower != "of" || sawOf else { return nil }
        return m.title != nil || sawOf ? m : nil
    }

    /// The holder of a verb cue, whether or not it has a target: demands
    /// are remembered for later refusals.
    func holder(of cue: CueMatch) -> String? {
        switch adjacentSubject(before: cue.start).0 {
        case .mention(let m): return m.actor
        case .shared: return mainSubject(before: cue.start)?.actor
        case .none: return nil
        }
    }

    /// Mentions coordinated before a subject: "Hungary and Austria" for
    /// the subject "Austria".
    func conjuncts(before m: Mention) -> [String] {
        var result: [String] = []
        var k = m.start - 1
        // Not into a fronted phrase: "While visiting Lima, the president".
        let floor = frontedPhraseEnd(before: m.start)
        while k >= floor {
            var joined = false
            var adjectives = 0
            while k >= floor {
                let token = clause.tokens[k]
                if isAsWellAs(endingAt: k) {
                    // "Poland as well as Lithuania condemned"
                    joined = true
                    k -= 2
                } else if token.belongs(to: .coordinator) {
                    joined = true
                } else if token.belongs(to: .determiner) {
                } else if isEpithet(k), adjectives < 2 {
                    // "the awful Fornost, and good Gondor"
                    adjectives += 1
                } else {
                    break
                }
                k -= 1
            }
            guard joined, k >= floor, let previous = clause.mention(covering: k), previous.start >= floor,
                  previous.extent == k + 1, previous.agentive, let actor = previous.actor,
                  !clause.isGoverned(previous) || isIncluded(previous) || speechActAuthor(after: previous) != nil,
                  !isObjectOfVerb(previous)
            else { break }
            result.append(actor)
            k = previous.start - 1
        }
        return result
    }

    /// "as well as", a coordinator of three words, ending at token `k`.
    func isAsWellAs(endingAt k: Int) -> Bool {
        k - 2 >= clause.range.lowerBound && k < clause.range.upperBound
            && clause.tokens[k].lower == "as" && clause.tokens[k - 1].lower == "well"
            && clause.tokens[k - 2].lower == "as"
    }

    /// "Neither Chile nor Peru backed": a subject after "nor", or whose
    /// first conjunct follows "neither".
    func isNegatedSubject(_ m: Mention) -> Bool {
        var k = m.start - 1
        while k >= clause.range.lowerBound {
            let token = clause.tokens[k]
            if vocabulary.subjectNegators.contains(token.lower) { return true }
            if let previous = clause.mention(covering: k) { k = previous.start - 1; continue }
            guard token.belongs(to: .coordinator) || token.belongs(to: .determiner) else { break }
            k -= 1
        }
        return false
    }

    /// "Russia condemned Ukraine, and China ...": a mention right after a
    /// verb (past determiners) is that verb's object, no co-subject.
    func isObjectOfVerb(_ m: Mention) -> Bool {
        var k = m.start - 1
        while k >= clause.range.lowerBound, clause.tokens[k].belongs(to: .determiner) { k -= 1 }
        guard k >= clause.range.lowerBound else { return false }
        let token = clause.tokens[k]
        return token.kind == .word && !token.isCapitalized && !token.belongs(to: .coordinator)
            && (token.belongs(to: .verbLike) || token.lowerHasSuffix("ed")) && !token.belongs(to: .preposition)
    }

    /// A lowercase word that may qualify a name: no function word, verb or
    /// preposition.
    func isEpithet(_ k: Int) -> Bool {
        let token = clause.tokens[k]
        return token.isWord && !token.isCapitalized && !token.belongs(to: .preposition)
            && !clause.isVerbal(k) && !clause.isBreak(k) && !token.belongs(to: .negator)
            && !token.belongs(to: .verbLike)
    }

    /// The sentence's subject before `k`: its first agentive mention that no
    /// preposition governs.
    /// Outside quotes, mentions inside a quote are not the sentence's
    /// subject ("'Moscow must stop,' the ministers said, condemning ...").
    /// A fronted clause or participle ("While visiting Lima, the president
    /// ...", "After Peru's vote, ...") is skipped: its actors are objects.
    func mainSubject(before k: Int) -> Mention? {
        let outside = !quoted(k)
        let from = frontedPhraseEnd(before: k)
        return clause.mentions.first { m in
            m.start >= from && m.start < k && m.actor != nil && m.agentive && !clause.isGoverned(m)
                && !(outside && quoted(m.start))
        }
    }

    /// The token after the comma closing a fronted subordinate clause,
    /// participle or prepositional phrase that opens the sentence ("At the
    /// Human Rights Council, Chile voted ..."), else the sentence start.
    func frontedPhraseEnd(before k: Int) -> Int {
        let start = clause.range.lowerBound
        guard start < k else { return start }
        let first = clause.tokens[start]
        let fronted = vocabulary.subordinators.contains(first.lower)
            || (first.isWord && first.lowerHasSuffix("ing") && clause.mention(covering: start) == nil)
            || (first.belongs(to: .preposition) && clause.mention(covering: start) == nil)
        guard fronted, let comma = (start..<k).first(where: { clause.tokens[$0].isMark(",") }) else { return start }
        return comma + 1
    }

    /// The last agentive, ungoverned actor before `k` in its clause: the
    /// subject of the verb nearest to `k`.
    func nearestSubject(before k: Int) -> Mention? {
        let start = clause.clauseStart(k)
        return clause.mentions.last { m in
            m.start >= start && m.extent <= k && m.actor != nil && m.agentive && !clause.isGoverned(m)
        }
    }

    /// The leftmost agentive, ungoverned mention of the clause holding `k`.
    func clauseSubject(before k: Int) -> Mention? {
        let start = clause.clauseStart(k)
        return clause.mentions.first { m in
            m.start >= start && m.start < k && m.actor != nil && m.agentive && !clause.isGoverned(m)
                && !isCompoundModifier(m)
        }
    }

    /// "NATO-member Norway": a name glued to the next word by a hyphen
    /// modifies it.
    func isCompoundModifier(_ m: Mention) -> Bool {
        m.extent + 1 < clause.range.upperBound && clause.tokens[m.extent].isMark("-")
            && clause.tokens[m.extent + 1].attached && clause.tokens[m.extent + 1].isWord
            && !clause.tokens[m.extent + 1].isCapitalized
    }

    /// What stands before a noun cue: its owner ("Moscow's complete backing
    /// of", "our unwavering support for"), an actor modifying it ("the U.S.
    /// economic embargo against Cuba", "Russian support for"), or, for a
    /// noun of action inside a prepositional phrase, background.
    enum NounOwner {
        case owner(Mention)
        case modifier(Mention)
        /// "talks on Israel's war against Iran": an act named in a
        /// prepositional phrase is background, not the news.
        case background
        case none
    }

    func isActionNoun(_ cue: CueMatch) -> Bool {
        cue.words.first.map { vocabulary.actionNouns.contains($0) } ?? false
    }

    func nounOwner(_ cue: CueMatch) -> NounOwner {
        // "dropped Taipei in favour of Beijing": a phrase that opens with a
        // preposition has neither owner nor modifier.
        if clause.tokens[cue.start].belongs(to: .preposition) { return .none }
        var k = cue.start - 1
        var steps = 0
        let isAction = isActionNoun(cue)
        while k >= clause.range.lowerBound, steps < 5 {
            if let m = clause.mention(covering: k) {
                if isAction, clause.isGoverned(m) { return .background }
                if m.possessive, m.actor != nil { return .owner(m) }
                if m.actor != nil, m.form == .name || m.form == .adjective, k == m.extent - 1,
                   !clause.isGoverned(m) || m.form == .adjective {
                    // "files WTO complaints": after a light verb the modifier
                    // names a forum or kind; the verb's subject holds the noun.
                    var j = m.start - 1
                    while j >= clause.range.lowerBound, clause.tokens[j].belongs(to: .determiner) { j -= 1 }
                    if j >= clause.range.lowerBound, vocabulary.lightVerbs.contains(clause.tokens[j].lower) { return .none }
                    return .modifier(m)
                }
                return .none
            }
            let token = clause.tokens[k]
            // Only adjectives and their joiners may stand between owner and noun.
            // "its long-threatened invasion": hyphenated modifiers too.
            guard (token.isWord && !token.isCapitalized) || token.isMark(",") || (token.isMark("-") && token.attached),
                  !token.belongs(to: .determiner), !token.belongs(to: .preposition),
                  clause.isHyphenated(k) || (!clause.isVerbal(k) && !token.belongs(to: .verbLike)) else { return .none }
            k -= 1
            steps += 1
        }
        return .none
    }

    /// "Alongside its support for X, Russia ...": in a sentence opening with
    /// a fronted phrase, the main clause's subject after the comma.
    func frontedSubject(_ cue: CueMatch) -> Mention? {
        let first = clause.range.lowerBound
        guard vocabulary.frontingWords.contains(clause.tokens[first].lower) else { return nil }
        var comma = cue.end
        while comma < clause.range.upperBound, !clause.tokens[comma].isMark(",") { comma += 1 }
        return clause.mentions.first { m in
            m.start > comma && m.actor != nil && m.agentive && !clause.isGoverned(m)
        }
    }

    /// Whoever holds a noun cue, by the noun rules in order.
    func nounHolder(_ cue: CueMatch) -> Mention? {
        switch nounOwner(cue) {
        case .owner(let m), .modifier(let m): return m
        case .background: return nil
        case .none:
            if isActionNoun(cue) { return nil }
            return clauseSubject(before: cue.start) ?? frontedSubject(cue)
        }
    }
}
