import StanceOntology

/// "Norway condemned Iceland": the subject right before the verb (past
/// auxiliaries and adverbs) holds the stance toward the verb's object, and
/// so does every actor coordinated with the subject ("Peru and Chile warned").
struct SubjectRule: HolderRule {
    static let name = RuleName.subject
    static let kinds: Set<CueEntry.Kind> = [.verb, .refusal, .departure, .accession]

    func apply(to cue: CueMatch, in context: RuleContext) -> RuleOutcome {
        let (subject, negated) = context.adjacentSubject(before: cue.start)
        guard case .mention(let m) = subject, !context.isControlledObject(m, cue: cue) else { return .notMine }
        // "Neither Chile nor Peru backed Bolivia": the subject is negated.
        let negatedSubject = context.isNegatedSubject(m)
        return .placed(context.verbPlacements(cue, holder: m, rule: self), negated: negated || negatedSubject)
    }
}

extension RuleContext {
    /// The pairs of a verb-like cue once its holder is known: the holder and
    /// its conjuncts toward the targets the cue kind's route finds.
    /// `wholeSubject`: the holder is the sentence's subject reached past an
    /// earlier predicate, so all of its coordinated actors hold the cue.
    func verbPlacements(_ cue: CueMatch, holder: Mention?, rule: some HolderRule,
                        wholeSubject: Bool = false) -> [Placement] {
        guard let holder, holder.actor != nil else { return [] }
        // "Ithilen and the government of Gondor warned ...": every conjunct.
        var sources = holder.actors
        for actor in conjuncts(before: holder) where !sources.contains(actor) { sources.append(actor) }
        // "Germany and France, along with Italy, condemned": co-holders.
        for actor in coHolders(after: holder, before: cue.start) where !sources.contains(actor) { sources.append(actor) }
        // "Egypt and Sudan condemned X, warning ...", "Ministers from Japan,
        // South Korea and the US met in Tokyo, condemned ...": the whole subject.
        if holder.extent < cue.start,
           wholeSubject || (holder.extent..<cue.start).contains(where: { clause.tokens[$0].isMark(",") }) {
            for actor in coordinated(from: holder, asSubject: true) where !sources.contains(actor) {
                sources.append(actor)
            }
        }
        let (targets, route) = verbTargets(cue, holders: sources)
        let label = rule.label(cue, route: route)
        return sources.flatMap { s in targets.map { Placement(source: s, target: $0, rule: label) } }
    }
}
