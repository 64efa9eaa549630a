/// When an evaluative word is a judgement of an actor's doing.
extension RuleContext {
    /// An attributive adjective ("patrols against illegal fishing") judges
    /// nobody; only a predicated one does.
    func isPredicated(_ cue: CueMatch) -> Bool {
        var k = cue.start - 1
        // "was Iran's main enemy", "is our enemy": past the noun's owner.
        if let owner = relationalOwner(of: cue) {
            k = owner.start - 1
            while k >= clause.range.lowerBound, clause.tokens[k].belongs(to: .determiner) { k -= 1 }
        }
        let start = clause.clauseStart(cue.start)
        // Quotes, adverbs, degree words, and adjectives coordinated with the
        // judgement ("is deeply unfortunate and irresponsible").
        var adjectives = 0
        while k >= start {
            let token = clause.tokens[k]
            // ("is a close partner of": an article before a noun judgement.)
            if token.kind == .openQuote || token.kind == .closeQuote || token.lowerHasSuffix("ly")
                || vocabulary.degreeWords.contains(token.lower)
                || (token.belongs(to: .determiner) && clause.mention(covering: k) == nil) {
                k -= 1
            } else if adjectives < 3, token.belongs(to: .coordinator), k - 1 >= start,
                      clause.tokens[k - 1].isWord, !clause.tokens[k - 1].isCapitalized,
                      !vocabulary.linkingVerbs.contains(clause.tokens[k - 1].lower),
                      clause.mention(covering: k - 1) == nil {
                adjectives += 1
                k -= 2
            } else {
                break
            }
        }
        if k >= start, vocabulary.linkingVerbs.contains(clause.tokens[k].lower)
            || vocabulary.posingForms.contains(clause.tokens[k].lower) { return true }
        // "called X provocative": a naming verb at most six words before.
        var j = k
        while j >= max(start, cue.start - 8) {
            if vocabulary.namingForms.contains(clause.tokens[j].lower) { return true }
            j -= 1
        }
        return false
    }
}

extension RuleContext {
    /// The linking or posing verb ("is", "remains", "poses") that predicates
    /// a noun phrase: back from `cue` past determiners, adverbs in -ly,
    /// degree words and up to two lower-case modifiers ("is a stern
    /// warning", "poses the biggest threat"), no further than `floor`, and
    /// meeting no actor.
    func predicatingVerb(before cue: CueMatch, from floor: Int) -> Int? {
        var k = cue.start - 1
        var modifiers = 0
        while k >= floor, clause.mention(covering: k) == nil {
            let token = clause.tokens[k]
            if vocabulary.linkingVerbs.contains(token.lower) || vocabulary.posingForms.contains(token.lower) { return k }
            if token.belongs(to: .determiner) || token.lowerHasSuffix("ly") || vocabulary.degreeWords.contains(token.lower) {
                k -= 1
                continue
            }
            guard token.isWord, !token.isCapitalized, modifiers < 2, !token.belongs(to: .preposition), !clause.isBreak(k)
            else { return nil }
            modifiers += 1
            k -= 1
        }
        return nil
    }
}
