import StanceOntology

/// "Argentina was criticised by Chile": the agent after "by" holds the
/// stance, the passive subject receives it: the subject itself, the owner
/// of its head ("Israel's strikes on Iran were condemned by Qatar"), or the
/// act it refers back to ("The sanctions were denounced by the court").
/// Without an auxiliary, a participle set off by commas after an actor is
/// passive too ("Serbia, backed by Russia, rejected ...").
struct PassiveRule: HolderRule {
    static let name = RuleName.passive
    static let kinds: Set<CueEntry.Kind> = [.verb, .refusal, .departure]

    func apply(to cue: CueMatch, in context: RuleContext) -> RuleOutcome {
        let clause = context.clause
        let verb = clause.tokens[cue.start].lower
        guard verb.hasSuffix("ed") || context.vocabulary.irregularParticiples.contains(verb) else { return .notMine }
        var k = cue.start - 1
        while k >= clause.range.lowerBound, clause.tokens[k].lower.hasSuffix("ly") { k -= 1 }
        guard k >= clause.range.lowerBound else { return .notMine }
        let reduced = clause.tokens[k].text == ","
        guard reduced || context.vocabulary.passiveAuxiliaries.contains(clause.tokens[k].lower) else { return .notMine }
        guard let holder = agent(after: cue.end, in: clause) else { return reduced ? .notMine : .placed([]) }
        if reduced {
            // "Serbia, backed by Russia,": the actor before the comma.
            guard let subject = clause.mention(covering: k - 1), subject.extent == k, let target = subject.actor
            else { return .notMine }
            return .placed([Placement(source: holder, target: target, rule: label(cue))])
        }
        let start = clause.clauseStart(k)
        // "Israel's strikes on Iran were condemned": the owner opening the subject.
        var first = start
        while first < k, clause.tokens[first].belongs(to: .determiner) { first += 1 }
        if let owner = clause.mention(covering: first), owner.start == first, owner.possessive, let target = owner.actor {
            return .placed([Placement(source: holder, target: target, rule: label(cue))])
        }
        if case .mention(let subject) = context.adjacentSubject(before: k + 1).0, let target = subject.actor {
            return .placed([Placement(source: holder, target: target, rule: label(cue))])
        }
        // "The sanctions were denounced by the court": the act's owner.
        if cue.entry.relation != .supports, context.startsActNoun(at: start),
           let owner = context.discourse.actOwner(against: [holder]) {
            return .placed([Placement(source: holder, target: owner, rule: label(cue, route: .act))])
        }
        return .placed([])
    }

    /// The actor after "by" within four tokens of the participle.
    func agent(after end: Int, in clause: Clause) -> String? {
        var j = end
        while j < min(clause.range.upperBound, end + 4) {
            if clause.tokens[j].lower == "by" {
                var a = j + 1
                while a < clause.range.upperBound, clause.tokens[a].belongs(to: .determiner) { a += 1 }
                if let m = clause.mention(covering: a), let actor = m.actor { return actor }
            }
            j += 1
        }
        return nil
    }
}
