import StanceOntology

/// "Gondor said Arnor will bear responsibility": outside quotes, a verdict
/// belongs to the subject of the reporting verb before its clause.
struct VerdictReporterRule: HolderRule {
    static let name = RuleName.reporter
    static let kinds: Set<CueEntry.Kind> = [.verdict]

    func apply(to cue: CueMatch, in context: RuleContext) -> RuleOutcome {
        guard let last = context.verdictSubject(cue) else { return .placed([]) }
        // "said the US and Israel would receive a crushing response": the
        // reporting verb stands before the first conjunct.
        let subject = firstConjunct(of: last, in: context)
        guard let reporter = context.reporter(before: subject.start), reporter.actor != nil else { return .placed([]) }
        var targets = context.coordinated(from: subject, asSubject: true)
        for actor in last.actors where !targets.contains(actor) { targets.append(actor) }
        var sources = reporter.actors
        for actor in context.conjuncts(before: reporter) where !sources.contains(actor) { sources.append(actor) }
        return .placed(sources.flatMap { s in targets.map { Placement(source: s, target: $0, rule: label(cue)) } })
    }

    /// The first of the mentions joined to `m` by "and", "or" or commas
    /// before it, or `m`.
    func firstConjunct(of m: Mention, in context: RuleContext) -> Mention {
        let clause = context.clause
        var first = m
        while true {
            var k = first.start - 1
            var joined = false
            while k >= clause.range.lowerBound, clause.tokens[k].belongs(to: .coordinator)
                    || clause.tokens[k].belongs(to: .determiner) {
                if clause.tokens[k].belongs(to: .coordinator) { joined = true }
                k -= 1
            }
            guard joined, k >= clause.range.lowerBound, let previous = clause.mention(covering: k),
                  previous.extent == k + 1, previous.actor != nil, previous.start < first.start else { return first }
            first = previous
        }
    }
}
