import StanceOntology

/// A cue inside what an earlier cue of its clause is about states no stance
/// of its own:
/// - under a verb, a mutual cue: "welcomed the resumption of ties between A
///   and B" says nothing of A and B;
/// - under a warning, an act: "threatened to break off relations with X" is
///   a threat, which the warning already states;
/// - under a demand, a refusal or a rejection, anything: "demanded that the
///   US cancel plans to sell arms to Taiwan", "refused to commit to any
///   assistance to X", "rejected Seoul's demand to sever its alliance with
///   Y" assert no sale, assistance or alliance.
/// A coordinated verb ("warned Oslo and condemned its drills") starts a new
/// predicate the earlier cue does not govern. Asked with all the cues of
/// the sentence.
struct GovernedCueVeto: Sendable {
    static let name = RuleName.governedCue

    func vetoes(_ cue: CueMatch, among matches: [CueMatch], in context: RuleContext) -> Bool {
        let clause = context.clause
        let vocabulary = context.vocabulary
        return matches.contains { governor in
            guard governor.entry.kind == .verb || governor.entry.kind == .refusal, governor.start < cue.start
            else { return false }
            // The governor's reach: its clause, or the clause its pattern
            // opens ("demanded that the US cancel ...").
            let reach = clause.clauseEnd(max(governor.end, governor.start + 1))
            guard clause.clauseStart(cue.start) <= governor.start || cue.start < reach else { return false }
            if isCoordinatedPredicate(between: governor.end, and: cue.start, in: context) { return false }
            let first = governor.words.first ?? ""
            if cue.entry.kind == .refusal { return false }
            if governor.entry.kind == .refusal || vocabulary.demandVerbs.contains(first) || vocabulary.denials.contains(first)
                || vocabulary.rejections.contains(first) {
                return true
            }
            guard cue.entry.kind == .mutual || cue.entry.relation == .opposes else { return false }
            return cue.entry.kind == .mutual || governor.entry.relation == .warns
        }
    }

    /// "and" or "but" followed by a verb form between two cues: a new predicate.
    func isCoordinatedPredicate(between start: Int, and end: Int, in context: RuleContext) -> Bool {
        let clause = context.clause
        guard start < end else { return false }
        for k in start..<end where context.vocabulary.sharedSubjectJoiners.contains(clause.tokens[k].lower) {
            var j = k + 1
            while j < end, clause.isVerbal(j) { j += 1 }
            if j == end || (j < end && clause.tokens[j].isWord && clause.tokens[j].lower.hasSuffix("ed")) { return true }
        }
        return false
    }
}
