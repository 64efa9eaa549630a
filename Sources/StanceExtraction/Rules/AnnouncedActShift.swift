import StanceModel
import StanceOntology

/// "Estonia will attack Latvia", "would boycott all contact with X", "may
/// halt its mediation", "plans to impose sanctions on": an act of force or
/// coercion announced, not done, is a threat: the act's `opposes` becomes
/// `warns` (PLOVER's and CAMEO's THREATEN).
enum AnnouncedActShift {
    static let name = RuleName.announcedAct

    static func relation(of cue: CueMatch, in context: RuleContext) -> Relation {
        let clause = context.clause
        let vocabulary = context.vocabulary
        guard cue.entry.relation == .opposes, cue.entry.kind == .verb,
              vocabulary.coerciveForms.contains(clause.tokens[cue.start].lower) else { return cue.entry.relation }
        let floor = max(clause.range.lowerBound, cue.start - 3)
        let announced = (floor..<cue.start).contains { vocabulary.threatMarkers.contains(clause.tokens[$0].lower) }
        return announced ? .warns : cue.entry.relation
    }
}
