import StanceOntology

/// "Kenya backs Uganda, warns Sudan", "Egypt condemned the dam, warning
/// ...": a verb after "and", "but" or a comma shares the subject of the
/// sentence, with all of its conjuncts.
struct SharedSubjectRule: HolderRule {
    static let name = RuleName.sharedSubject
    static let kinds: Set<CueEntry.Kind> = [.verb, .refusal, .departure]

    func apply(to cue: CueMatch, in context: RuleContext) -> RuleOutcome {
        let (subject, negated) = context.adjacentSubject(before: cue.start)
        guard case .shared = subject else { return .notMine }
        let holder = context.sharedSubject(before: cue.start) ?? context.mainSubject(before: cue.start)
        return .placed(context.verbPlacements(cue, holder: holder, rule: self, wholeSubject: true), negated: negated)
    }
}

extension RuleContext {
    /// "Kenya is wary, and Uganda urged Kenya to refrain ... and respect
    /// Sudan": a verb that shares a subject shares the one of the nearest
    /// clause before it, opened by "and", "but" or a comma (not a conjunct
    /// of the subject before, nor an object).
    func sharedSubject(before k: Int) -> Mention? {
        let from = frontedPhraseEnd(before: k)
        let outside = !quoted(k)
        var found: Mention?
        for m in clause.mentions where m.start >= from && m.start < k {
            guard m.actor != nil, m.agentive, !clause.isGoverned(m), !isObjectOfVerb(m), !(outside && quoted(m.start))
            else { continue }
            guard let current = found else { found = m; continue }
            var j = m.start - 1
            while j > current.start, clause.tokens[j].belongs(to: .determiner) { j -= 1 }
            guard j > current.start, vocabulary.sharedSubjectJoiners.contains(clause.tokens[j].lower)
                    || clause.tokens[j].text == "," else { continue }
            // "Poland, Lithuania and Latvia": a conjunct of the subject.
            if let before = clause.mention(covering: j - 1), before.actor != nil, before.extent == j { continue }
            found = m
        }
        return found
    }
}
