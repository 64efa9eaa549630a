import StanceOntology

/// "Moscow's backing of Beijing", "our support for Kyiv": the owner of a
/// noun cue holds it, toward the noun's object. A noun of action inside a
/// prepositional phrase ("talks on Israel's war against Iran") is
/// background and gives nothing.
struct NounOwnerRule: HolderRule {
    static let name = RuleName.owner
    static let kinds: Set<CueEntry.Kind> = [.noun]

    func apply(to cue: CueMatch, in context: RuleContext) -> RuleOutcome {
        switch context.nounOwner(cue) {
        case .owner(let m): return .placed(context.nounPlacements(cue, holder: m, rule: self))
        case .background: return .placed([])
        case .modifier, .none: return .notMine
        }
    }
}

extension RuleContext {
    /// The pairs of a noun cue: its holder toward the object after it.
    func nounPlacements(_ cue: CueMatch, holder: Mention, rule: some HolderRule) -> [Placement] {
        let label = rule.label(cue, route: .object)
        let targets = objects(in: [], after: cue.end, within: 6, holders: holder.actors)
        return holder.actors.flatMap { s in targets.map { Placement(source: s, target: $0, rule: label) } }
    }
}
