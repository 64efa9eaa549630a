import StanceOntology

/// "Estonia joined Latvia in condemning Russia": a gerund after "joined X
/// in" is held by the one who joins and by the one joined.
struct JoinedRule: HolderRule {
    static let name = RuleName.joined
    static let kinds: Set<CueEntry.Kind> = [.verb]

    func apply(to cue: CueMatch, in context: RuleContext) -> RuleOutcome {
        let clause = context.clause
        let inIndex = cue.start - 1
        guard clause.tokens[cue.start].lowerHasSuffix("ing"), inIndex - 2 >= clause.range.lowerBound,
              clause.tokens[inIndex].lower == "in",
              let joinedLast = clause.mention(covering: inIndex - 1), joinedLast.actor != nil else { return .notMine }
        // The first of the coordinated actors joined, right after the verb.
        let first = context.firstConjunct(of: joinedLast)
        var verb = first.start - 1
        while verb > clause.range.lowerBound, clause.tokens[verb].belongs(to: .determiner) { verb -= 1 }
        guard verb >= clause.range.lowerBound, context.vocabulary.joiningForms.contains(clause.tokens[verb].lower),
              case .mention(let subject) = context.adjacentSubject(before: verb).0 else { return .notMine }
        let joined = context.coordinated(from: first)
        let placements = context.verbPlacements(cue, holder: subject, rule: self)
        let targets = placements.map(\.target)
        var result = placements
        for actor in joined {
            for target in targets where target != actor {
                let placement = Placement(source: actor, target: target, rule: label(cue, route: placements.first?.rule.route))
                if !result.contains(where: { $0.source == placement.source && $0.target == placement.target }) {
                    result.append(placement)
                }
            }
        }
        return .placed(result)
    }
}
