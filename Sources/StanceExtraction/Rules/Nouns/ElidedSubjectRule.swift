import StanceOntology

/// "Vilnius stands by its policy but still seeks closer cooperation with
/// Taipei": a noun cue in a clause that opens with "but"
/// or "and" and names no subject of its own belongs to the subject before.
struct ElidedSubjectRule: HolderRule {
    static let name = RuleName.elidedSubject
    static let kinds: Set<CueEntry.Kind> = [.noun]

    func apply(to cue: CueMatch, in context: RuleContext) -> RuleOutcome {
        let clause = context.clause
        let start = clause.clauseStart(cue.start)
        guard start - 1 > clause.range.lowerBound,
              clause.tokens[start - 1].belongs(to: .sharedSubjectJoiner),
              !clause.mentions.contains(where: { $0.start >= start && $0.start < cue.start && $0.actor != nil }),
              let holder = context.mainSubject(before: start) else { return .notMine }
        return .placed(context.nounPlacements(cue, holder: holder, subject: true, rule: self))
    }
}
