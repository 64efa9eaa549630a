import StanceOntology

/// "the Taliban ban on women", "a blanket ban on imports", "its boycott of":
/// a one-word verb cue used as a noun (after a determiner or owner, or
/// before the preposition a noun takes) is no verb; the noun cue, if the
/// lexicon has one, reads it instead.
struct NounUseVeto: Veto {
    static let name = RuleName.nounUse

    func vetoes(_ cue: CueMatch, in context: RuleContext) -> Bool {
        guard cue.entry.kind == .verb, cue.words.count == 1 else { return false }
        let clause = context.clause
        // Past forms are verbs ("threatened on Monday").
        guard !clause.tokens[cue.start].lowerHasSuffix("ed") else { return false }
        if cue.end + 1 < clause.range.upperBound,
           context.vocabulary.nounComplements.contains(clause.tokens[cue.end].lower),
           !clause.tokens[cue.end + 1].belongs(to: .timeWord) { return true }
        let before = cue.start - 1
        guard before >= clause.range.lowerBound else { return false }
        let token = clause.tokens[before]
        return token.belongs(to: .determiner) || token.kind == .possessive || token.belongs(to: .possessivePronoun)
    }
}
