import StanceOntology

/// "Moscow's decision drew sharp criticism from Oslo", "the plan won praise
/// from Rome", "the move sparked protests by Seoul", "Helsinki joined the
/// alliance, angering Moscow": the actor named after the cue holds the
/// stance; it is about the clause's subject, the owner of
/// the subject ("Moscow's decision"), or the act the subject refers back to
/// ("the move").
struct ReactionRule: HolderRule {
    static let name = RuleName.reaction
    static let kinds: Set<CueEntry.Kind> = [.reaction]

    func apply(to cue: CueMatch, in context: RuleContext) -> RuleOutcome {
        let clause = context.clause
        let holders = context.objects(in: [], after: cue.end, within: 6)
        guard !holders.isEmpty else { return .placed([]) }
        let start = clause.clauseStart(cue.start)
        var target: String?
        let adjacent = context.adjacentSubject(before: cue.start).0
        var first = start
        while first < cue.start, clause.tokens[first].belongs(to: .determiner) { first += 1 }
        if let owner = clause.mention(covering: first), owner.start == first, owner.possessive, owner.actor != nil {
            // "Norway's decision to recognise Palestine angered Israel": the
            // owner opening the subject, whatever its phrase goes on to name.
            target = owner.actor
        } else if case .mention(let subject) = adjacent {
            target = subject.actor
        } else if case .shared = adjacent, let subject = context.mainSubject(before: cue.start) {
            // "Finland joined NATO, angering Moscow": the sentence's subject.
            target = subject.actor
        } else if let opening = clause.mention(covering: first), opening.start == first, opening.actor != nil,
                  opening.extent < cue.start, clause.tokens[opening.extent].isWord, !clause.tokens[opening.extent].isCapitalized,
                  // An owner inside the body ("Beijing's coast guard") or an
                  // adjective ("the Chinese navy"): "Washington said such a
                  // step enjoyed support" names no body.
                  opening.form == .adjective || (opening.start..<opening.extent).contains(where: {
                      clause.tokens[$0].kind == .possessive
                  }) {
            // "Beijing's new coast guard rules drew protests": a body opening
            // the subject that a noun after it heads.
            target = opening.actor
        } else if let owner = clause.mentions.last(where: { m in
            m.start >= start && m.start < cue.start && (m.possessive || m.form == .adjective)
        }) {
            // "Serbia's decision", "the Kenyan plan": the subject's owner.
            target = owner.actor
        } else if context.startsActNoun(at: start) {
            target = context.discourse.actOwner(against: holders)
        }
        guard let target else { return .placed([]) }
        return .placed(holders.map { Placement(source: $0, target: target, rule: label(cue)) })
    }
}
