import StanceOntology

/// "Beijing called Manila's drills provocative", "vowed to take the island
/// by force": the clause's subject judges what the judgement is about (the
/// first actor between judge and judgement, else the first after it).
struct JudgeRule: HolderRule {
    static let name = RuleName.judge
    static let kinds: Set<CueEntry.Kind> = [.judgement, .manner]

    func apply(to cue: CueMatch, in context: RuleContext) -> RuleOutcome {
        guard let holder = context.clauseSubject(before: cue.start) else { return .notMine }
        return .placed(context.judgementPlacements(cue, holder: holder, rule: self))
    }
}

extension RuleContext {
    func judgementPlacements(_ cue: CueMatch, holder: Mention, rule: some HolderRule) -> [Placement] {
        guard let target = judgedActor(cue, holder: holder) else { return [] }
        return holder.actors.map { Placement(source: $0, target: target, rule: rule.label(cue)) }
    }
}
