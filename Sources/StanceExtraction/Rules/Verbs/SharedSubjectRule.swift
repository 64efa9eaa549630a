import StanceOntology

/// "Kenya backs Uganda, warns Sudan", "Egypt condemned the dam, warning
/// ...": a verb after "and", "but" or a comma shares the subject of the
/// sentence, with all of its conjuncts.
struct SharedSubjectRule: HolderRule {
    static let name = RuleName.sharedSubject
    static let kinds: Set<CueEntry.Kind> = [.verb, .refusal, .departure, .accession]

    func apply(to cue: CueMatch, in context: RuleContext) -> RuleOutcome {
        let (subject, negated) = context.adjacentSubject(before: cue.start)
        guard case .shared = subject else { return .notMine }
        // "..., on joining NATO": a gerund after a preposition is no verb
        // sharing the sentence's subject.
        if cue.start > context.clause.range.lowerBound, context.clause.tokens[cue.start].lowerHasSuffix("ing"),
           context.clause.tokens[cue.start - 1].belongs(to: .preposition) { return .notMine }
        let holder = context.infinitiveSubject(before: cue.start) ?? context.sharedSubject(before: cue.start)
            ?? context.mainSubject(before: cue.start)
        return .placed(context.verbPlacements(cue, holder: holder, rule: self, wholeSubject: true), negated: negated)
    }
}

extension RuleContext {
    /// "could lead Russia to re-arm and target them": a verb joined to an
    /// infinitive shares the infinitive's subject, the object before its
    /// "to" (not after a demand: "urged Peru to stop and respect Chile" is
    /// the demander's, as the controller rule has it).
    func infinitiveSubject(before k: Int) -> Mention? {
        let lower = clause.range.lowerBound
        guard k - 3 >= lower, clause.tokens[k - 1].belongs(to: .sharedSubjectJoiner) else { return nil }
        // "to re-arm", "to rebuild": one word, or two joined by a hyphen.
        var to = k - 3
        if to - 2 >= lower, clause.tokens[to].text == "-" { to -= 2 }
        guard clause.tokens[to].lower == "to", to - 2 >= lower, let m = clause.mention(covering: to - 1),
              m.extent == to, m.actor != nil, m.start - 1 >= lower else { return nil }
        let verb = clause.tokens[m.start - 1]
        guard verb.isWord, !verb.isCapitalized, !verb.belongs(to: .preposition), !verb.belongs(to: .determiner),
              !vocabulary.demandForms.contains(verb.lower) else { return nil }
        return m
    }

    /// "Kenya is wary, and Uganda urged Kenya to refrain ... and respect
    /// Sudan": a verb that shares a subject shares the one of the nearest
    /// clause before it, opened by "and", "but" or a comma (not a conjunct
    /// of the subject before, nor an object).
    func sharedSubject(before k: Int) -> Mention? {
        let from = frontedPhraseEnd(before: k)
        let outside = !quoted(k)
        var found: Mention?
        for m in clause.mentions where m.start >= from && m.start < k {
            guard m.actor != nil, m.agentive, !clause.isGoverned(m), !(outside && quoted(m.start)) else { continue }
            guard let current = found else { found = m; continue }
            if isObjectOfVerb(m) { continue }
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
