import StanceOntology

/// "Uruguay restored full diplomatic ties with Paraguay": the holder's
/// stance toward the partner after "with", one way only.
struct MutualWithRule: HolderRule {
    static let name = RuleName.with
    static let kinds: Set<CueEntry.Kind> = [.mutual]

    func apply(to cue: CueMatch, in context: RuleContext) -> RuleOutcome {
        let clause = context.clause
        guard cue.end < clause.range.upperBound, clause.tokens[cue.end].lower == "with",
              let holder = context.clauseSubject(before: cue.start) ?? context.nounHolder(cue),
              let a = holder.actor else { return .notMine }
        let others = context.objects(in: [], after: cue.end + 1, within: 4)
        guard !others.isEmpty else { return .notMine }
        return .placed(others.filter { $0 != a }.map { Placement(source: a, target: $0, rule: label(cue)) })
    }
}
