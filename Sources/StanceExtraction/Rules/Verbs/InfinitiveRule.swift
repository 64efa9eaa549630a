import StanceOntology

/// "Moscow's decision to suspend ties with Oslo", "Vilnius claims the right
/// to deepen trade with Taipei": a verb cue in an infinitive that
/// completes a noun of intent ("decision", "plan", "right", "bid") has no
/// subject of its own; it belongs to the noun's owner, else to the clause's
/// subject (or, in a clause opened by "but" or "and", the sentence's).
/// After other nouns the infinitive tells a purpose that is not a stance of
/// the subject's ("sent money to help rebuild").
struct InfinitiveRule: HolderRule {
    static let name = RuleName.infinitive
    static let kinds: Set<CueEntry.Kind> = [.verb, .departure, .accession]

    func apply(to cue: CueMatch, in context: RuleContext) -> RuleOutcome {
        let clause = context.clause
        let to = cue.start - 1
        guard to > clause.range.lowerBound, clause.tokens[to].lower == "to", case .none = context.adjacentSubject(before: cue.start).0
        else { return .notMine }
        // "a diplomatic note to protest": a speech act's purpose is its maker's too.
        let noun = clause.tokens[to - 1].lower
        guard context.vocabulary.intentNouns.contains(noun) || context.vocabulary.speechActs.contains(noun)
        else { return .notMine }
        // The noun the infinitive completes, past adjectives: its owner.
        var k = to - 1
        while k > clause.range.lowerBound, clause.tokens[k].isWord, !clause.tokens[k].isCapitalized,
              clause.mention(covering: k) == nil, !clause.tokens[k].belongs(to: .determiner), k >= to - 3 {
            k -= 1
        }
        if let owner = clause.mention(covering: k), owner.possessive, owner.actor != nil {
            return .placed(context.verbPlacements(cue, holder: owner, rule: self))
        }
        let start = clause.clauseStart(cue.start)
        if let subject = context.clauseSubject(before: cue.start) {
            return .placed(context.verbPlacements(cue, holder: subject, rule: self))
        }
        guard start - 1 > clause.range.lowerBound,
              clause.tokens[start - 1].belongs(to: .sharedSubjectJoiner),
              let subject = context.mainSubject(before: start) else { return .notMine }
        return .placed(context.verbPlacements(cue, holder: subject, rule: self))
    }
}
