import StanceOntology

/// "The League urged the Union to support Gondor": a mention between a verb
/// and the infinitive holding the cue is the verb's object; whoever urges
/// holds the stance, not the one urged. So with a demand's subjunctive
/// clause: in "the League demanded that the Union cut ties with Mordor" the
/// Union has cut nothing; the stance is the League's.
struct ControllerRule: HolderRule {
    static let name = RuleName.controller
    static let kinds: Set<CueEntry.Kind> = [.verb, .refusal, .departure, .accession]

    func apply(to cue: CueMatch, in context: RuleContext) -> RuleOutcome {
        let (subject, negated) = context.adjacentSubject(before: cue.start)
        guard case .mention(let m) = subject else { return .notMine }
        let holder: Mention?
        if context.isControlledObject(m, cue: cue) {
            holder = context.clauseSubject(before: m.start)
        } else if let that = context.directiveThat(before: m) {
            holder = context.clauseSubject(before: that)
        } else {
            return .notMine
        }
        return .placed(context.verbPlacements(cue, holder: holder, rule: self), negated: negated)
    }
}
