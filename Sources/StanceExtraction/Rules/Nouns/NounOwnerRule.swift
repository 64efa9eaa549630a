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
        nounPlacements(cue, holder: holder, subject: false, rule: rule)
    }

    /// `subject`: the holder is a clause's subject, whose conjuncts hold too.
    func nounPlacements(_ cue: CueMatch, holder: Mention, subject: Bool, rule: some HolderRule) -> [Placement] {
        let label = rule.label(cue, route: .object)
        var sources = holder.actors
        // "The Netherlands and Canada joined the case against X": a subject's conjuncts.
        if subject {
            for actor in conjuncts(before: holder) where !sources.contains(actor) { sources.append(actor) }
            // The leftmost subject's conjuncts after it: "Poland, Latvia and
            // Estonia cited the threat from Russia".
            for actor in coordinated(from: holder, asSubject: true) where !sources.contains(actor) { sources.append(actor) }
        }
        let targets = objects(in: [], after: cue.end, within: 6, holders: sources)
        return sources.flatMap { s in targets.map { Placement(source: s, target: $0, rule: label) } }
    }
}
