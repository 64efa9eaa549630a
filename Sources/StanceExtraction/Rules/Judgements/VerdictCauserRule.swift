import StanceOntology

/// "Gondor vowed to make Arnor pay a heavy price", "would ensure Arnor
/// feels the consequences": a verdict whose subject is the object of a
/// causative verb is a threat by whoever causes it, the subject of that
/// verb (or of the sentence, when the verb shares it).
struct VerdictCauserRule: HolderRule {
    static let name = RuleName.causer
    static let kinds: Set<CueEntry.Kind> = [.verdict]

    func apply(to cue: CueMatch, in context: RuleContext) -> RuleOutcome {
        guard let subject = context.verdictSubject(cue), let verb = context.causativeVerb(before: subject)
        else { return .notMine }
        let causer: Mention?
        switch context.adjacentSubject(before: verb).0 {
        case .mention(let m): causer = m
        case .shared, .none: causer = context.mainSubject(before: verb)
        }
        guard let causer, causer.actor != nil else { return .notMine }
        let targets = context.coordinated(from: subject, asSubject: true).filter { !causer.actors.contains($0) }
        return .placed(causer.actors.flatMap { s in targets.map { Placement(source: s, target: $0, rule: label(cue)) } })
    }
}

extension RuleContext {
    /// "make (sure that) X", "ensure (that) X": the causative verb whose
    /// object `subject` is, if any.
    func causativeVerb(before subject: Mention) -> Int? {
        var k = subject.start - 1
        while k >= clause.range.lowerBound, clause.tokens[k].belongs(to: .determiner), clause.tokens[k].lower != "that" {
            k -= 1
        }
        if k >= clause.range.lowerBound, clause.tokens[k].lower == "that" { k -= 1 }
        if k >= clause.range.lowerBound, clause.tokens[k].lower == "sure" { k -= 1 }
        guard k >= clause.range.lowerBound, vocabulary.causativeForms.contains(clause.tokens[k].lower) else { return nil }
        return k
    }
}
