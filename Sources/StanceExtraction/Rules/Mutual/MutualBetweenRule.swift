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
        return .placed(everyWay(group, label(cue), saidBy: context.characterizingSpeaker(cue)))
    }
}

/// Each actor of a group toward each other one: one edge each way between
/// every two of `group`; for a relation a quote spoken for one of them
/// characterises (`RuleContext.characterizingSpeaker`), only the speaker's.
func everyWay(_ group: [String], _ rule: RuleLabel, saidBy speaker: String? = nil) -> [Placement] {
    let sources = speaker.map { group.contains($0) ? [$0] : group } ?? group
    return sources.flatMap { a in group.filter { $0 != a }.map { Placement(source: a, target: $0, rule: rule) } }
}

extension RuleContext {
    /// "'China and Malaysia are friendly neighbours,' the Chinese spokesman
    /// said": the actor a quote speaks for, when the mutual cue in it is
    /// predicated (after a linking verb): the others' side of a relation so
    /// described is the speaker's claim. An act reported ("have agreed a
    /// pact, the White House said") is both parties'.
    func characterizingSpeaker(_ cue: CueMatch) -> String? {
        guard quoted(cue.start), cue.start > clause.range.lowerBound,
              vocabulary.linkingVerbs.contains(clause.tokens[cue.start - 1].lower) else { return nil }
        return speakerAt(cue.start)?.actor
    }
}
