import StanceOntology

/// "The visit, viewed by Oslo as a provocation", "Kenya's move was seen by
/// Uganda as hostile": a judgement predicated through a passive verb of
/// regarding belongs to the agent after "by"; it judges the clause's subject
/// (or the subject's owner), not the other way round.
struct PassiveJudgeRule: HolderRule {
    static let name = RuleName.passiveJudge
    static let kinds: Set<CueEntry.Kind> = [.judgement]

    func apply(to cue: CueMatch, in context: RuleContext) -> RuleOutcome {
        let clause = context.clause
        let start = clause.clauseStart(cue.start)
        // "as" at most four words before the judgement ("as a grave provocation").
        var a = cue.start - 1
        while a >= start, a >= cue.start - 4, clause.tokens[a].lower != "as" { a -= 1 }
        guard a > start, clause.tokens[a].lower == "as",
              let agent = clause.mentions.last(where: { $0.extent == a && $0.start > start && $0.actor != nil })
        else { return .notMine }
        // "viewed by (both) X and Y": the first of coordinated agents follows
        // "by" after a participle of regarding.
        let first = context.firstConjunct(of: agent, after: start)
        var by = first.start - 1
        while by > start, clause.tokens[by].belongs(to: .determiner) { by -= 1 }
        guard by - 1 >= start, clause.tokens[by].lower == "by",
              context.vocabulary.regardingForms.contains(clause.tokens[by - 1].lower) else { return .notMine }
        let judges = context.coordinated(from: first)
        // What is judged: the subject before the participle, or its owner.
        let judged = clause.mentions.first(where: {
            $0.start >= start && $0.extent <= by - 1 && $0.actor != nil && !judges.contains($0.actor ?? "")
        }) ?? context.clauseSubject(before: by - 1)
        guard let target = judged?.actor else { return .placed([]) }
        return .placed(judges.filter { $0 != target }.map { Placement(source: $0, target: target, rule: label(cue)) })
    }
}
