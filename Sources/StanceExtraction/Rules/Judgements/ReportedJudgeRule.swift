import StanceOntology

/// "Oslo said that Reykjavik's decision was unjustified": a judgement in a
/// reported clause with no subject of its own to hold it belongs to whoever
/// reports it; it judges the first actor named in that clause.
struct ReportedJudgeRule: HolderRule {
    static let name = RuleName.reportedJudge
    static let kinds: Set<CueEntry.Kind> = [.judgement, .manner]

    func apply(to cue: CueMatch, in context: RuleContext) -> RuleOutcome {
        let clause = context.clause
        let start = clause.clauseStart(cue.start)
        guard let first = clause.mentions.first(where: {
                  $0.start >= start && $0.start < cue.start && $0.actor != nil && !context.isAddressed($0)
              }),
              let reporter = context.reporter(before: first.start), reporter.actor != first.actor
        else { return .notMine }
        return .placed(context.judgementPlacements(cue, holder: reporter, rule: self))
    }
}
