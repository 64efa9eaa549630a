import StanceOntology

/// "The League urged the Union to support Gondor": a mention between a verb
/// and the infinitive holding the cue is the verb's object; whoever urges
/// holds the stance, not the one urged.
struct ControllerRule: HolderRule {
    static let name = RuleName.controller
    static let kinds: Set<CueEntry.Kind> = [.verb, .refusal, .departure]

    func apply(to cue: CueMatch, in context: RuleContext) -> RuleOutcome {
        let (subject, negated) = context.adjacentSubject(before: cue.start)
        guard case .mention(let m) = subject, context.isControlledObject(m, cue: cue) else { return .notMine }
        let holder = context.clauseSubject(before: m.start)
        return .placed(context.verbPlacements(cue, holder: holder, rule: self), negated: negated)
    }
}
