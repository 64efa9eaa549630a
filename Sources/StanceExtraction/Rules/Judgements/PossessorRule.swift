import StanceOntology

/// "Rhun is Gondor's main enemy", "'Rhun is our enemy,' the minister said",
/// "Paris called Berlin its closest ally": a relational noun (enemy, ally,
/// partner) owned by an actor is that actor's stance toward the one the
/// noun is predicated of: the subject of the linking verb, or the object
/// of the naming verb.
struct PossessorRule: HolderRule {
    static let name = RuleName.possessor
    static let kinds: Set<CueEntry.Kind> = [.judgement]

    func apply(to cue: CueMatch, in context: RuleContext) -> RuleOutcome {
        guard let owner = context.relationalOwner(of: cue), owner.actor != nil else { return .notMine }
        let clause = context.clause
        var k = owner.start - 1
        while k >= clause.range.lowerBound, clause.tokens[k].belongs(to: .determiner) { k -= 1 }
        let judged: Mention?
        if k >= clause.range.lowerBound, context.vocabulary.linkingVerbs.contains(clause.tokens[k].lower) {
            // "the US was Iran's main enemy"
            if case .mention(let subject) = context.adjacentSubject(before: k).0 { judged = subject } else { judged = nil }
        } else if let named = clause.mention(covering: k), named.extent == k + 1 {
            // "called Berlin its closest ally"
            judged = named
        } else {
            return .notMine
        }
        // (An owner that is the judged itself, "its" read as Berlin's, is
        // left to the judge rule.)
        guard let judged, judged.actor != nil else { return .notMine }
        let targets = judged.actors.filter { !owner.actors.contains($0) }
        guard !targets.isEmpty else { return .notMine }
        return .placed(owner.actors.flatMap { s in targets.map { Placement(source: s, target: $0, rule: label(cue)) } })
    }
}

extension RuleContext {
    /// The possessive mention owning a relational noun cue ("Iran's main
    /// enemy", "our enemy"), past at most two modifiers.
    func relationalOwner(of cue: CueMatch) -> Mention? {
        guard cue.end > cue.start, vocabulary.relationalNouns.contains(clause.tokens[cue.end - 1].lower) else { return nil }
        var k = cue.start - 1
        var modifiers = 0
        while k >= clause.range.lowerBound {
            if let m = clause.mention(covering: k) {
                return m.extent == k + 1 && (m.possessive || clause.tokens[m.start].belongs(to: .possessivePronoun)) ? m : nil
            }
            let token = clause.tokens[k]
            guard token.isWord, !token.isCapitalized, modifiers < 2, !token.belongs(to: .determiner),
                  !clause.isVerbal(k) else { return nil }
            modifiers += 1
            k -= 1
        }
        return nil
    }
}
