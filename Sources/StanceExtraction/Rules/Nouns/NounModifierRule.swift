import StanceOntology

/// "the U.S. economic embargo against Cuba", "Russian support for Serbia":
/// an actor modifying a noun cue holds it.
struct NounModifierRule: HolderRule {
    static let name = RuleName.modifier
    static let kinds: Set<CueEntry.Kind> = [.noun]

    func apply(to cue: CueMatch, in context: RuleContext) -> RuleOutcome {
        guard case .modifier(let m) = context.nounOwner(cue) else { return .notMine }
        return .placed(context.nounPlacements(cue, holder: m, rule: self))
    }
}
