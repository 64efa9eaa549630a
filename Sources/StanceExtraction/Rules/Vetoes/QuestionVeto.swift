import StanceOntology

/// "Will Peru back Chile?": a question asks, it states no stance.
struct QuestionVeto: Veto {
    static let name = RuleName.question

    func vetoes(_ cue: CueMatch, in context: RuleContext) -> Bool {
        // The mark that ends the cue's clause: "Italy backs France — what
        // comes next?" asks only after the dash.
        let clause = context.clause
        let end = clause.clauseEnd(cue.end)
        if end < clause.range.upperBound, !clause.tokens[end].isMark("?") { return false }
        return clause.tokens[clause.range].last(where: { $0.kind == .punctuation })?.isMark("?") == true
    }
}
