import StanceOntology

/// "Oslo issued a stern warning to Reykjavik": with no owner, the clause's
/// subject holds a noun cue. Nouns of action ("airstrikes on") are held only
/// by a named owner, never by whoever reports them ("Iraq protested the
/// airstrikes on ...").
struct NounSubjectRule: HolderRule {
    static let name = RuleName.nounSubject
    static let kinds: Set<CueEntry.Kind> = [.noun]

    func apply(to cue: CueMatch, in context: RuleContext) -> RuleOutcome {
        if context.isActionNoun(cue) { return .placed([]) }
        // "defended Iraq against Western criticism": a stance after
        // "against" is the opponent's, not the subject's.
        if context.followsOpposingPreposition(cue) { return .placed([]) }
        // "accused NATO of staging exercises near its borders": an act
        // alleged of the accused, no stance of the accuser's own.
        if context.insideAllegedGerund(cue) { return .placed([]) }
        guard let m = context.clauseSubject(before: cue.start) else { return .notMine }
        // "NATO poses a threat to Russia", "Iran is a threat to Israel": a
        // noun predicated of the subject says what the subject is, not what
        // it holds (whoever says so may hold it).
        if context.isPredicated(cue, of: m) { return .notMine }
        return .placed(context.nounPlacements(cue, holder: m, subject: true, rule: self))
    }
}

extension RuleContext {
    /// An "of" gerund a few words before the noun, with no break or actor
    /// between: "of staging (provocative) exercises".
    func insideAllegedGerund(_ cue: CueMatch) -> Bool {
        var k = cue.start - 1
        while k > clause.range.lowerBound, k >= cue.start - 5, !clause.isBreak(k), clause.mention(covering: k) == nil {
            let token = clause.tokens[k]
            if token.isWord, token.lowerHasSuffix("ing"), clause.tokens[k - 1].lower == "of" { return true }
            k -= 1
        }
        return false
    }

    /// "against (the) Western criticism": an opposing preposition before the
    /// noun, past determiners and up to two modifiers.
    func followsOpposingPreposition(_ cue: CueMatch) -> Bool {
        var k = cue.start - 1
        var modifiers = 0
        while k >= clause.range.lowerBound, clause.mention(covering: k) == nil {
            let token = clause.tokens[k]
            if vocabulary.opposingPrepositions.contains(token.lower) { return true }
            if token.belongs(to: .determiner) { k -= 1; continue }
            guard token.isWord, modifiers < 2, !token.belongs(to: .preposition), !clause.isBreak(k) else { return false }
            modifiers += 1
            k -= 1
        }
        return false
    }
}
