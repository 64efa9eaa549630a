import StanceOntology

/// "does not support", "has never backed", "no support for", "halted aid
/// to", "failed to reach an agreement": a negated cue states no stance. A
/// negator the pattern spells is the cue itself ("has not renounced force").
/// A refusal to speak ("declined to comment on") states none either.
struct NegationVeto: Veto {
    static let name = RuleName.negation

    func vetoes(_ cue: CueMatch, in context: RuleContext) -> Bool {
        let clause = context.clause
        let vocabulary = context.vocabulary
        if cue.words.contains(where: { vocabulary.negators.contains($0) }) { return false }
        // "declined to comment on Lima's plan": a statement withheld.
        if cue.entry.kind == .refusal, cue.end + 1 < clause.range.upperBound, clause.tokens[cue.end].lower == "to",
           vocabulary.withheldSpeech.contains(clause.tokens[cue.end + 1].lower) { return true }
        let before = cue.start - 1
        guard before >= clause.range.lowerBound else { return false }
        if clause.isNegating(before) { return true }
        // "Mongolia's failure to arrest X": the act did not happen.
        if clause.tokens[before].lower == "to", before - 1 >= clause.range.lowerBound,
           vocabulary.negatingNouns.contains(clause.tokens[before - 1].lower) { return true }
        // "abandoned its plan to sanction X", "dropped a bid to expel X":
        // an intent undone.
        if clause.tokens[before].lower == "to", before - 1 >= clause.range.lowerBound,
           vocabulary.intentNouns.contains(clause.tokens[before - 1].lower) {
            var k = before - 2
            while k >= clause.range.lowerBound, clause.tokens[k].belongs(to: .determiner)
                    || clause.tokens[k].belongs(to: .possessivePronoun) { k -= 1 }
            if k >= clause.range.lowerBound, context.isReversal(at: k) { return true }
        }
        guard cue.entry.kind == .noun || cue.entry.kind == .mutual else { return false }
        // "failed to reach an agreement", "without a pact", "halted aid to"
        for k in stride(from: before, through: max(clause.range.lowerBound, before - 3), by: -1) {
            // "severed ties with Taipei in favour of Beijing": an actor in
            // between closes the phrase the reversal governs.
            // ("halted its aid to": an owner pronoun closes nothing.)
            if let m = clause.mention(covering: k), !(m.form == .pronoun && m.possessive) { break }
            // "their 'no limits' partnership": a quoted modifier negates nothing outside it.
            if context.quoted(k), !context.quoted(cue.start) { continue }
            let word = clause.tokens[k].lower
            if context.isReversal(at: k) || vocabulary.nounNegators.contains(word) || clause.isNegating(k) {
                return true
            }
        }
        // "lack of support for", "the end of ties with"
        let word = clause.tokens[before].lower
        return word == "of" && before - 1 >= clause.range.lowerBound
            && vocabulary.absenceNouns.contains(clause.tokens[before - 1].lower)
    }
}

extension RuleContext {
    /// "halted", "ruled out": a verb that undoes the noun after it; a
    /// two-word reversal only with its particle.
    func isReversal(at k: Int) -> Bool {
        let word = clause.tokens[k].lower
        if vocabulary.reversals.contains(word) { return true }
        guard let particle = vocabulary.reversalParticles[word], k + 1 < clause.range.upperBound else { return false }
        return clause.tokens[k + 1].lower == particle
    }
}
