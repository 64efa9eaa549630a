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
        // "Manila and Hanoi condemned what they called ...": every conjunct judges.
        let judges = holder.start < cue.start && clause.range.contains(holder.start)
            ? coordinated(from: holder, asSubject: true) : holder.actors
        guard let target = judgedActor(cue, holder: holder, judges: judges) else { return [] }
        return judges.filter { $0 != target }.map { Placement(source: $0, target: target, rule: rule.label(cue)) }
    }
}
