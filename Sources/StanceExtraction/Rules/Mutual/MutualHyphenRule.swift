import StanceOntology

/// "The France-Germany partnership": two actors joined by a hyphen right
/// before a mutual cue (an adjective may stand between).
struct MutualHyphenRule: HolderRule {
    static let name = RuleName.hyphen
    static let kinds: Set<CueEntry.Kind> = [.mutual]

    func apply(to cue: CueMatch, in context: RuleContext) -> RuleOutcome {
        let clause = context.clause
        let j = cue.start - 1
        guard j >= clause.range.lowerBound, let last = clause.mention(covering: j), let b = last.actor,
              last.start - 2 >= clause.range.lowerBound, clause.tokens[last.start - 1].isMark("-"),
              let first = clause.mention(covering: last.start - 2), let a = first.actor, a != b
        else { return .notMine }
        return .placed(everyWay([a, b], label(cue), saidBy: context.characterizingSpeaker(cue)))
    }
}
