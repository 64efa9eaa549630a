import StanceOntology

/// "The alliance between Peru and Chile was sealed": a mutual cue joins the
/// actors after "between" or "among", each supporting the others.
struct MutualBetweenRule: HolderRule {
    static let name = RuleName.between
    static let kinds: Set<CueEntry.Kind> = [.mutual]

    func apply(to cue: CueMatch, in context: RuleContext) -> RuleOutcome {
        let clause = context.clause
        var k = cue.end
        guard k < clause.range.upperBound, context.vocabulary.mutualPrepositions.contains(clause.tokens[k].lower)
        else { return .notMine }
        k += 1
        while k < clause.range.upperBound, clause.tokens[k].belongs(to: .determiner) { k += 1 }
        guard let m = clause.mention(covering: k), m.actor != nil else { return .notMine }
        // "between A and B was sealed": the pair is whole, whatever follows.
        let group = context.coordinated(from: m, asSubject: true)
        guard group.count > 1 else { return .notMine }
        return .placed(everyWay(group, label(cue), saidBy: context.speakerAt(cue.start)?.actor))
    }
}

/// Each actor of a group toward each other one: one edge each way between every two of `group`; in a quote spoken for
/// one of them ("'China and Malaysia are friendly neighbours,' the Chinese
/// spokesman said"), only the speaker's: the others' stance is the
/// speaker's claim.
func everyWay(_ group: [String], _ rule: RuleLabel, saidBy speaker: String? = nil) -> [Placement] {
    let sources = speaker.map { group.contains($0) ? [$0] : group } ?? group
    return sources.flatMap { a in group.filter { $0 != a }.map { Placement(source: a, target: $0, rule: rule) } }
}
