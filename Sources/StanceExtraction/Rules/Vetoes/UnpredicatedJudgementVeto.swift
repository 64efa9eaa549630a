import StanceOntology

/// "patrols against illegal fishing": an attributive judgement judges
/// nobody; only a predicated one does ("called the drills illegal", "is
/// unacceptable").
struct UnpredicatedJudgementVeto: Veto {
    static let name = RuleName.unpredicatedJudgement

    func vetoes(_ cue: CueMatch, in context: RuleContext) -> Bool {
        cue.entry.kind == .judgement && !context.isPredicated(cue)
    }
}
