import StanceOntology

/// "Hungary and Austria signed a treaty": the coordinated subject of the
/// clause holding a mutual cue, each toward the others.
struct MutualJointSubjectRule: HolderRule {
    static let name = RuleName.jointSubject
    static let kinds: Set<CueEntry.Kind> = [.mutual]

    func apply(to cue: CueMatch, in context: RuleContext) -> RuleOutcome {
        let clause = context.clause
        // "both part of the NATO defence alliance": an organisation named,
        // no tie between the subjects.
        if namesOrganisation(cue, in: context) { return .notMine }
        let j = clause.clauseStart(cue.start)
        // "A met B's minister, and the two sides pledged to deepen ties":
        // the subject of the nearest clause joined by "and".
        guard let subject = context.sharedSubject(before: cue.start).flatMap({ $0.start >= j ? $0 : nil })
                ?? clause.mentions.first(where: { m in
                    m.start >= j && m.start < cue.start && m.actor != nil && m.agentive && !clause.isGoverned(m)
                }) else { return .notMine }
        let group = context.coordinated(from: subject, asSubject: true)
        guard group.count > 1 else { return selfNamed(subject, cue, in: context) }
        return .placed(everyWay(group, label(cue), saidBy: context.characterizingSpeaker(cue)))
    }

    /// An organisation right before the cue, past up to two lower-case
    /// modifiers: "the NATO (defence) alliance".
    func namesOrganisation(_ cue: CueMatch, in context: RuleContext) -> Bool {
        let clause = context.clause
        var k = cue.start - 1
        var modifiers = 0
        while k >= clause.range.lowerBound {
            if let m = clause.mention(covering: k) {
                return m.actor.map(context.vocabulary.organisations.contains) ?? false
            }
            let token = clause.tokens[k]
            guard modifiers < 2, token.isWord, !token.isCapitalized, !token.belongs(to: .preposition),
                  !token.belongs(to: .determiner), !clause.isBreak(k) else { return false }
            modifiers += 1
            k -= 1
        }
        return false
    }

    /// "We regard Latvia and Poland as firm partners" (a Latvian speaker):
    /// a subject naming itself among the parties after it holds the
    /// relation toward the others.
    func selfNamed(_ subject: Mention, _ cue: CueMatch, in context: RuleContext) -> RuleOutcome {
        guard let holder = subject.actor else { return .notMine }
        for m in context.clause.mentions where m.start >= subject.extent && m.extent <= cue.start && m.actor != nil {
            let parties = context.coordinated(from: m, asSubject: true)
            guard parties.count > 1, parties.contains(holder) else { continue }
            return .placed(parties.filter { $0 != holder }.map { Placement(source: holder, target: $0, rule: label(cue)) })
        }
        return .notMine
    }
}
