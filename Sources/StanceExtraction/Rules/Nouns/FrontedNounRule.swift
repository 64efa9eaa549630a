import StanceOntology

/// "Alongside its support for Kenya, Uganda sent ...": a noun cue in a
/// fronted phrase belongs to the main clause's subject.
struct FrontedNounRule: HolderRule {
    static let name = RuleName.fronted
    static let kinds: Set<CueEntry.Kind> = [.noun]

    func apply(to cue: CueMatch, in context: RuleContext) -> RuleOutcome {
        guard let m = context.frontedSubject(cue) else { return .notMine }
        return .placed(context.nounPlacements(cue, holder: m, subject: true, rule: self))
    }
}
