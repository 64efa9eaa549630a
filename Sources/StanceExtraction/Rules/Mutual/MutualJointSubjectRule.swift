import StanceOntology

/// "Hungary and Austria signed a treaty": the coordinated subject of the
/// clause holding a mutual cue, each toward the others.
struct MutualJointSubjectRule: HolderRule {
    static let name = RuleName.jointSubject
    static let kinds: Set<CueEntry.Kind> = [.mutual]

    func apply(to cue: CueMatch, in context: RuleContext) -> RuleOutcome {
        let clause = context.clause
        let j = clause.clauseStart(cue.start)
        // "A met B's minister, and the two sides pledged to deepen ties":
        // the subject of the nearest clause joined by "and".
        guard let subject = context.sharedSubject(before: cue.start).flatMap({ $0.start >= j ? $0 : nil })
                ?? clause.mentions.first(where: { m in
                    m.start >= j && m.start < cue.start && m.actor != nil && m.agentive && !clause.isGoverned(m)
                }) else { return .notMine }
        let group = context.coordinated(from: subject, asSubject: true)
        guard group.count > 1 else { return .notMine }
        return .placed(everyWay(group, label(cue)))
    }
}
