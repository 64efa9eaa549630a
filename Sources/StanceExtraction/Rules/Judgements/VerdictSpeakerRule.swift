import StanceOntology

/// "'Arnor will pay a heavy price,' the minister said": a verdict on the
/// subject of its clause belongs to the quote's speaker.
struct VerdictSpeakerRule: HolderRule {
    static let name = RuleName.speaker
    static let kinds: Set<CueEntry.Kind> = [.verdict]

    func apply(to cue: CueMatch, in context: RuleContext) -> RuleOutcome {
        guard let subject = context.verdictSubject(cue) else { return .placed([]) }
        guard let speaker = context.speakerAt(cue.start), speaker.actor != nil else { return .notMine }
        let targets = context.coordinated(from: subject, asSubject: true)
        return .placed(speaker.actors.flatMap { s in targets.map { Placement(source: s, target: $0, rule: label(cue)) } })
    }
}
