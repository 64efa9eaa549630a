import StanceOntology

/// "Taiwan scrambled jets to warn away Chinese aircraft", "Kenya sent
/// troops to defend Somalia": an infinitive of purpose after the object of
/// a verb of sending or using belongs to that verb's subject.
struct PurposeRule: HolderRule {
    static let name = RuleName.purpose
    static let kinds: Set<CueEntry.Kind> = [.verb]

    func apply(to cue: CueMatch, in context: RuleContext) -> RuleOutcome {
        let clause = context.clause
        let to = cue.start - 1
        guard to - 2 >= clause.range.lowerBound, clause.tokens[to].lower == "to" else { return .notMine }
        // The object: at most four plain words (no actor, no break).
        var k = to - 1
        while k > clause.range.lowerBound, k >= to - 4, !context.vocabulary.dispatchForms.contains(clause.tokens[k].lower) {
            let token = clause.tokens[k]
            guard token.isWord || token.kind == .number, clause.mention(covering: k) == nil, !clause.isBreak(k),
                  !token.belongs(to: .preposition) else { return .notMine }
            k -= 1
        }
        guard k < to - 1, context.vocabulary.dispatchForms.contains(clause.tokens[k].lower),
              case .mention(let subject) = context.adjacentSubject(before: k).0 else { return .notMine }
        return .placed(context.verbPlacements(cue, holder: subject, rule: self))
    }
}
