import StanceOntology

/// "Gondor said Arnor will bear responsibility": outside quotes, a verdict
/// belongs to the subject of the reporting verb before its clause.
struct VerdictReporterRule: HolderRule {
    static let name = RuleName.reporter
    static let kinds: Set<CueEntry.Kind> = [.verdict]

    func apply(to cue: CueMatch, in context: RuleContext) -> RuleOutcome {
        guard let subject = context.verdictSubject(cue),
              let reporter = context.reporter(before: subject.start), reporter.actor != nil else { return .placed([]) }
        let targets = context.coordinated(from: subject, asSubject: true)
        var sources = reporter.actors
        for actor in context.conjuncts(before: reporter) where !sources.contains(actor) { sources.append(actor) }
        return .placed(sources.flatMap { s in targets.map { Placement(source: s, target: $0, rule: label(cue)) } })
    }
}
