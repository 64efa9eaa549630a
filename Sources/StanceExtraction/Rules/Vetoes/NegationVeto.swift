import StanceOntology

/// "does not support", "has never backed", "no support for", "halted aid
/// to", "failed to reach an agreement": a negated cue states no stance. A
/// negator the pattern spells is the cue itself ("has not renounced force").
struct NegationVeto: Veto {
    static let name = RuleName.negation

    func vetoes(_ cue: CueMatch, in context: RuleContext) -> Bool {
        let clause = context.clause
        let vocabulary = context.vocabulary
        if cue.words.contains(where: { vocabulary.negators.contains($0) }) { return false }
        let before = cue.start - 1
        guard before >= clause.range.lowerBound else { return false }
        if clause.isNegating(before) { return true }
        // "Mongolia's failure to arrest X": the act did not happen.
        if clause.tokens[before].lower == "to", before - 1 >= clause.range.lowerBound,
           vocabulary.negatingNouns.contains(clause.tokens[before - 1].lower) { return true }
        guard cue.entry.kind == .noun || cue.entry.kind == .mutual else { return false }
        // "failed to reach an agreement", "without a pact", "halted aid to"
        for k in stride(from: before, through: max(clause.range.lowerBound, before - 3), by: -1) {
            // "severed ties with Taipei in favour of Beijing": an actor in
            // between closes the phrase the reversal governs.
            if clause.mention(covering: k) != nil { break }
            let word = clause.tokens[k].lower
            if vocabulary.reversals.contains(word) || vocabulary.nounNegators.contains(word) || clause.isNegating(k) {
                return true
            }
        }
        // "lack of support for", "the end of ties with"
        let word = clause.tokens[before].lower
        return word == "of" && before - 1 >= clause.range.lowerBound
            && vocabulary.absenceNouns.contains(clause.tokens[before - 1].lower)
    }
}
