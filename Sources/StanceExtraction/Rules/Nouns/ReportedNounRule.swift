import StanceOntology

/// "'This is a warning to Tokyo,' the envoy said", "The drills were a stern
/// warning to Taipei, the ministry said": a noun cue predicated of no actor
/// ("is a warning to", "called the visit an insult to") inside what a
/// speaker says is the speaker's, as a quoted judgement is.
struct ReportedNounRule: HolderRule {
    static let name = RuleName.reportedNoun
    static let kinds: Set<CueEntry.Kind> = [.noun]

    func apply(to cue: CueMatch, in context: RuleContext) -> RuleOutcome {
        // A noun of action is held by its named owner only ("the strikes on X
        // were a crime," the envoy said, is no strike by the envoy).
        guard !context.isActionNoun(cue), context.isPredicatedNoun(cue),
              let speaker = context.speakerAt(cue.start), speaker.actor != nil else { return .notMine }
        return .placed(context.nounPlacements(cue, holder: speaker, rule: self))
    }
}

extension RuleContext {
    /// "is a stern warning to", "was an affront to", "called the visit a
    /// provocation against": a linking verb before the noun, past its
    /// determiner, adverbs and up to two modifiers, or a naming verb a few
    /// words before.
    func isPredicatedNoun(_ cue: CueMatch) -> Bool {
        let start = clause.clauseStart(cue.start)
        if let k = predicatingVerb(before: cue, from: start), vocabulary.linkingVerbs.contains(clause.tokens[k].lower) {
            return true
        }
        return (max(start, cue.start - 8)..<cue.start).contains { vocabulary.namingForms.contains(clause.tokens[$0].lower) }
    }
}
