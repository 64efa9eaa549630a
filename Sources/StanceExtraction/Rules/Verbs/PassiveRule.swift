import StanceOntology

/// "Argentina was criticised by Chile": the agent after "by" holds the
/// stance, the passive subject receives it.
struct PassiveRule: HolderRule {
    static let name = RuleName.passive
    static let kinds: Set<CueEntry.Kind> = [.verb, .refusal, .departure]

    func apply(to cue: CueMatch, in context: RuleContext) -> RuleOutcome {
        let clause = context.clause
        let verb = clause.tokens[cue.start].lower
        guard verb.hasSuffix("ed") || context.vocabulary.irregularParticiples.contains(verb) else { return .notMine }
        var k = cue.start - 1
        while k >= clause.range.lowerBound, clause.tokens[k].lower.hasSuffix("ly") { k -= 1 }
        guard k >= clause.range.lowerBound, context.vocabulary.passiveAuxiliaries.contains(clause.tokens[k].lower)
        else { return .notMine }
        var holder: String?
        var j = cue.end
        while j < min(clause.range.upperBound, cue.end + 4), holder == nil {
            if clause.tokens[j].lower == "by" {
                var a = j + 1
                while a < clause.range.upperBound, clause.tokens[a].belongs(to: .determiner) { a += 1 }
                if let m = clause.mention(covering: a), m.actor != nil { holder = m.actor }
            }
            j += 1
        }
        guard let holder else { return .placed([]) }
        if case .mention(let subject) = context.adjacentSubject(before: k + 1).0, let target = subject.actor {
            return .placed([Placement(source: holder, target: target, rule: label(cue))])
        }
        // "The sanctions were denounced by the court": the act's owner.
        let start = clause.clauseStart(k)
        if cue.entry.relation != .supports, context.startsActNoun(at: start),
           let owner = context.discourse.actOwner(against: [holder]) {
            return .placed([Placement(source: holder, target: owner, rule: label(cue, route: .act))])
        }
        return .placed([])
    }
}
