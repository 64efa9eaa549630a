import StanceOntology

/// "'Arnor will pay a heavy price,' the minister said": a verdict on the
/// subject of its clause belongs to the quote's speaker.
struct VerdictSpeakerRule: HolderRule {
    static let name = RuleName.speaker
    static let kinds: Set<CueEntry.Kind> = [.verdict]

    func apply(to cue: CueMatch, in context: RuleContext) -> RuleOutcome {
        guard case .mention(let subject) = context.adjacentSubject(before: cue.start).0, let target = subject.actor
        else { return .placed([]) }
        guard let source = context.speakerAt(cue.start)?.actor else { return .notMine }
        return .placed([Placement(source: source, target: target, rule: label(cue))])
    }
}
