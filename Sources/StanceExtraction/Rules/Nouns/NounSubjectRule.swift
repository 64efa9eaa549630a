import StanceOntology

/// "Oslo issued a stern warning to Reykjavik": with no owner, the clause's
/// subject holds a noun cue. Nouns of action ("airstrikes on") are held only
/// by a named owner, never by whoever reports them ("Iraq protested the
/// airstrikes on ...").
struct NounSubjectRule: HolderRule {
    static let name = RuleName.nounSubject
    static let kinds: Set<CueEntry.Kind> = [.noun]

    func apply(to cue: CueMatch, in context: RuleContext) -> RuleOutcome {
        if context.isActionNoun(cue) { return .placed([]) }
        guard let m = context.clauseSubject(before: cue.start) else { return .notMine }
        return .placed(context.nounPlacements(cue, holder: m, subject: true, rule: self))
    }
}
