import StanceOntology

/// "Gondor said Arnor will bear responsibility": outside quotes, a verdict
/// belongs to the subject of the reporting verb before its clause.
struct VerdictReporterRule: HolderRule {
    static let name = RuleName.reporter
    static let kinds: Set<CueEntry.Kind> = [.verdict]

    func apply(to cue: CueMatch, in context: RuleContext) -> RuleOutcome {
        guard case .mention(let subject) = context.adjacentSubject(before: cue.start).0, let target = subject.actor,
              let source = context.reporter(before: subject.start)?.actor else { return .placed([]) }
        return .placed([Placement(source: source, target: target, rule: label(cue))])
    }
}
