import StanceOntology

/// "Will Peru back Chile?": a question asks, it states no stance.
struct QuestionVeto: Veto {
    static let name = RuleName.question

    func vetoes(_ cue: CueMatch, in context: RuleContext) -> Bool {
        let clause = context.clause
        return clause.tokens[clause.range].last(where: { $0.kind == .punctuation })?.text == "?"
    }
}
