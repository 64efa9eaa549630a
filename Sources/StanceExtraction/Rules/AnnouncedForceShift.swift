import StanceModel
import StanceOntology

/// "Estonia will attack Latvia", "wants to strike": force announced, not
/// used, is a threat: the act's `opposes` becomes `warns`.
enum AnnouncedForceShift {
    static let name = RuleName.announcedForce

    static func relation(of cue: CueMatch, in context: RuleContext) -> Relation {
        let clause = context.clause
        let vocabulary = context.vocabulary
        guard cue.entry.relation == .opposes, cue.entry.kind == .verb,
              vocabulary.forceForms.contains(clause.tokens[cue.start].lower) else { return cue.entry.relation }
        let floor = max(clause.range.lowerBound, cue.start - 3)
        let announced = (floor..<cue.start).contains { vocabulary.threatMarkers.contains(clause.tokens[$0].lower) }
        return announced ? .warns : cue.entry.relation
    }
}
