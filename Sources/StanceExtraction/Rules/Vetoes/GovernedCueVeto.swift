import StanceOntology

/// A cue inside what an earlier verb cue of its clause is about states no
/// stance of its own: "welcomed the resumption of ties between A and B" (a
/// mutual cue under a verb) says nothing of A and B; "threatened to break
/// off relations with X" (an act under a warning) is a threat, which the
/// warning already states. Asked with all the cues of the sentence.
struct GovernedCueVeto: Sendable {
    static let name = RuleName.governedCue

    func vetoes(_ cue: CueMatch, among matches: [CueMatch], in context: RuleContext) -> Bool {
        guard cue.entry.kind == .mutual || cue.entry.relation == .opposes else { return false }
        let start = context.clause.clauseStart(cue.start)
        return matches.contains { governor in
            guard governor.entry.kind == .verb, governor.start < cue.start, start <= governor.start else { return false }
            return cue.entry.kind == .mutual || governor.entry.relation == .warns
        }
    }
}
