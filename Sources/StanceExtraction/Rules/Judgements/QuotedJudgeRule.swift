import StanceOntology

/// "'Arnor's drills are provocative,' the minister said": with no subject
/// holding it, a judgement inside a quote is its speaker's.
struct QuotedJudgeRule: HolderRule {
    static let name = RuleName.quotedJudge
    static let kinds: Set<CueEntry.Kind> = [.judgement, .manner]

    func apply(to cue: CueMatch, in context: RuleContext) -> RuleOutcome {
        guard let speaker = context.speakerAt(cue.start), speaker.actor != nil else { return .notMine }
        return .placed(context.judgementPlacements(cue, holder: speaker, rule: self))
    }
}
