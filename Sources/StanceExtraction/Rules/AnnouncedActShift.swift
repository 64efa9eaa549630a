import StanceModel
import StanceOntology

/// "Estonia will attack Latvia", "would boycott all contact with X", "may
/// halt its mediation", "plans to impose sanctions on": an act of force or
/// coercion announced, not done, is a threat: the act's `opposes` becomes
/// `warns` (PLOVER's and CAMEO's THREATEN). So is a reproach foretold:
/// "Washington would be making a grave mistake", "would bear the blame".
enum AnnouncedActShift {
    static let name = RuleName.announcedAct

    static func relation(of cue: CueMatch, in context: RuleContext) -> Relation {
        let clause = context.clause
        let vocabulary = context.vocabulary
        guard cue.entry.relation == .opposes,
              cue.entry.kind == .verdict
                || (cue.entry.kind == .verb && vocabulary.coerciveForms.contains(clause.tokens[cue.start].lower))
        else { return cue.entry.relation }
        let floor = max(clause.range.lowerBound, cue.start - 3)
        let markers = cue.entry.kind == .verdict ? vocabulary.futureMarkers : vocabulary.threatMarkers
        let announced = (floor..<cue.start).contains { markers.contains(clause.tokens[$0].lower) }
        return announced ? .warns : cue.entry.relation
    }
}

/// "Both the RSF and the army bear responsibility for the devastation": a
/// verdict of responsibility that is stated, not announced as to come
/// ("will bear responsibility"), assigns blame: `warns` becomes `opposes`.
enum StatedBlameShift {
    static let name = RuleName.statedBlame

    static func relation(of cue: CueMatch, in context: RuleContext) -> Relation? {
        let clause = context.clause
        let vocabulary = context.vocabulary
        guard cue.entry.relation == .warns, cue.entry.kind == .verdict,
              cue.words.contains(where: vocabulary.blameVerdicts.contains) else { return nil }
        // "will bear", "must bear": announced or demanded, still a warning.
        let floor = max(clause.range.lowerBound, cue.start - 3)
        let announced = (floor..<cue.start).contains {
            vocabulary.threatMarkers.contains(clause.tokens[$0].lower)
                || vocabulary.demandModals.contains(clause.tokens[$0].lower)
        }
        return announced ? nil : .opposes
    }
}
