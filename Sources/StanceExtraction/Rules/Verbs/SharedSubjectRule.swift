import StanceOntology

/// "Kenya backs Uganda, warns Sudan", "Egypt condemned the dam, warning
/// ...": a verb after "and", "but" or a comma shares the subject of the
/// sentence, with all of its conjuncts.
struct SharedSubjectRule: HolderRule {
    static let name = RuleName.sharedSubject
    static let kinds: Set<CueEntry.Kind> = [.verb, .refusal, .departure]

    func apply(to cue: CueMatch, in context: RuleContext) -> RuleOutcome {
        let (subject, negated) = context.adjacentSubject(before: cue.start)
        guard case .shared = subject else { return .notMine }
        let holder = context.mainSubject(before: cue.start)
        return .placed(context.verbPlacements(cue, holder: holder, rule: self, wholeSubject: true), negated: negated)
    }
}
