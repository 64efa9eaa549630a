import StanceOntology

/// "Chile will respond if Peru attacks Bolivia": a cue inside an "if" or
/// "unless" clause states a condition, not a stance.
struct ConditionVeto: Veto {
    static let name = RuleName.conditional

    func vetoes(_ cue: CueMatch, in context: RuleContext) -> Bool {
        let clause = context.clause
        let start = clause.clauseStart(cue.start)
        guard start - 1 >= clause.range.lowerBound,
              context.vocabulary.conditionMarkers.contains(clause.tokens[start - 1].lower) else { return false }
        // "If talks fail, Azerbaijan will strike": a fronted condition ends
        // at its comma; the main clause after it states the stance.
        let fronted = start - 1 == clause.range.lowerBound
        return !(fronted && (start..<cue.start).contains { clause.tokens[$0].isMark(",") })
    }
}
