import StanceOntology

/// "its call on Ankara to stop the raids", "Canberra's backing of
/// Wellington's bid": a verb cue used as a noun right after an owner is the
/// owner's stance.
struct NominalOwnerRule: HolderRule {
    static let name = RuleName.nominalOwner
    static let kinds: Set<CueEntry.Kind> = [.verb]

    func apply(to cue: CueMatch, in context: RuleContext) -> RuleOutcome {
        let clause = context.clause
        guard cue.start > clause.range.lowerBound, let owner = clause.mention(covering: cue.start - 1),
              owner.possessive, owner.extent == cue.start, owner.actor != nil else { return .notMine }
        return .placed(context.verbPlacements(cue, holder: owner, rule: self))
    }
}
