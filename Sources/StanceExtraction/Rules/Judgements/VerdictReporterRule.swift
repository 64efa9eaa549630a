import StanceOntology

/// "Gondor said Arnor will bear responsibility": outside quotes, a verdict
/// belongs to the subject of the reporting verb before its clause.
struct VerdictReporterRule: HolderRule {
    static let name = RuleName.reporter
    static let kinds: Set<CueEntry.Kind> = [.verdict]

    func apply(to cue: CueMatch, in context: RuleContext) -> RuleOutcome {
        if let told = addressed(cue, in: context) { return told }
        guard let last = context.verdictSubject(cue) else { return .placed([]) }
        // "said the US and Israel would receive a crushing response": the
        // reporting verb stands before the first conjunct.
        let subject = firstConjunct(of: last, in: context)
        // "said any attack by Arnor would ...": the reporting verb stands
        // before the act's phrase.
        let act = context.actAgent(before: cue.start)
        let phraseStart = act?.agent.start == subject.start ? act?.phraseStart ?? subject.start : subject.start
        guard let reporter = context.reporter(before: phraseStart), reporter.actor != nil else { return .placed([]) }
        var targets = context.coordinated(from: subject, asSubject: true)
        for actor in last.actors where !targets.contains(actor) { targets.append(actor) }
        var sources = reporter.actors
        for actor in context.conjuncts(before: reporter) where !sources.contains(actor) { sources.append(actor) }
        return .placed(sources.flatMap { s in targets.map { Placement(source: s, target: $0, rule: label(cue)) } })
    }

    /// "Lima told Quito that any incursion would be met with force": a
    /// verdict on no actor, in a clause told to one, is a warning to the one
    /// told.
    func addressed(_ cue: CueMatch, in context: RuleContext) -> RuleOutcome? {
        // The reported clause opens after "that" or the one told, a few
        // words back, with no actor in between.
        let clause = context.clause
        var start = cue.start
        while start > clause.range.lowerBound, cue.start - start < 8, clause.mention(covering: start - 1) == nil,
              clause.tokens[start - 1].lower != "that" {
            start -= 1
        }
        guard let told = context.addressee(before: start), told.actor != nil,
              let teller = context.reporter(before: start), teller.actor != nil else { return nil }
        let targets = told.actors.filter { !teller.actors.contains($0) }
        return .placed(teller.actors.flatMap { s in targets.map { Placement(source: s, target: $0, rule: label(cue)) } })
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
