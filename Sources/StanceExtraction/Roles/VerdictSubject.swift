/// Whom a verdict judges.
extension RuleContext {
    /// The subject of the clause a verdict is about: the one right before it
    /// ("Arnor will pay a heavy price"), else the owner opening the reported
    /// clause's subject ("said Arnor's build-up of troops crossed a red
    /// line"), else the clause's first agentive actor ("Arnor and Rhun are
    /// travelling down a dangerous path").
    func verdictSubject(_ cue: CueMatch) -> Mention? {
        if case .mention(let subject) = adjacentSubject(before: cue.start).0, subject.actor != nil { return subject }
        let start = clause.clauseStart(cue.start)
        if let owner = clause.mentions.last(where: { m in
            guard m.start >= start, m.extent <= cue.start, m.possessive, m.actor != nil else { return false }
            var k = m.start - 1
            while k >= start, clause.tokens[k].belongs(to: .determiner) { k -= 1 }
            return k < start || clause.tokens[k].belongs(to: .reporting) || clause.tokens[k].lower == "that"
        }) {
            return owner
        }
        return clauseSubject(before: cue.start)
    }
}
