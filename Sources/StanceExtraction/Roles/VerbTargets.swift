/// Whom a verb-like cue is about, by the cue's kind.
extension RuleContext {
    /// The targets of a verb, refusal or departure cue and the route that
    /// found them.
    func verbTargets(_ cue: CueMatch, holders: [String]) -> ([String], RuleName) {
        switch cue.entry.kind {
        case .refusal:
            // "refused Japan's demand" names the demander; "refused to
            // meet Jordan's king" rebuffs the king's state; "refused to
            // condemn X" only withholds a stance: no edge toward X, and
            // the refusal answers the demander, if any.
            let infinitive = cue.end < clause.range.upperBound && clause.tokens[cue.end].lower == "to"
            var targets: [String]
            if infinitive {
                let verb = cue.end + 1
                let withheld = verb < clause.range.upperBound && vocabulary.hostileForms.contains(clause.tokens[verb].lower)
                targets = withheld ? [] : objects(in: [], after: verb + 1, within: 8, holders: holders)
            } else {
                targets = objects(in: [], after: cue.end, within: 3, holders: holders)
            }
            if targets.isEmpty, let demander = demanders.last { return ([demander], .demander) }
            return (targets, .object)
        case .departure:
            return (objects(in: cue.gaps, after: cue.end, within: 4, holders: holders).filter { vocabulary.organisations.contains($0) },
                    .organisation)
        default:
            return (objects(in: cue.gaps, after: cue.end, holders: holders), .object)
        }
    }
}
