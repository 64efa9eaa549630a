/// Whom a verdict judges.
extension RuleContext {
    /// The subject of the clause a verdict is about: the one right before it
    /// ("Arnor will pay a heavy price"), else the owner opening the reported
    /// clause's subject ("said Arnor's build-up of troops crossed a red
    /// line"), else the clause's first agentive actor ("Arnor and Rhun are
    /// travelling down a dangerous path").
    func verdictSubject(_ cue: CueMatch) -> Mention? {
        if case .mention(let subject) = adjacentSubject(before: cue.start).0, subject.actor != nil { return subject }
        if let act = actAgent(before: cue.start) { return act.agent }
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

    /// "said any attack by Arnor would be met with force": a subject that
    /// names an act by an actor (a few lower-case words, "by", the actor)
    /// right before the verb at `k`; the verdict is about the actor. Also
    /// where the act's phrase starts, for the reporting verb before it.
    func actAgent(before k: Int) -> (agent: Mention, phraseStart: Int)? {
        let lower = clause.range.lowerBound
        var j = k - 1
        while j >= lower, clause.mention(covering: j) == nil, clause.isVerbal(j) { j -= 1 }
        // "any attempt by Tokyo to meddle in the dispute will be met ...":
        // past the infinitive that says what the act would do.
        if j >= lower, clause.mention(covering: j) == nil {
            var i = j
            while i >= max(lower, j - 10), !clause.isBreak(i) {
                if let m = clause.mention(covering: i) {
                    if m.actor != nil, m.extent < k, clause.tokens[m.extent].lower == "to" {
                        j = m.extent - 1
                        break
                    }
                    i = m.start - 1
                    continue
                }
                i -= 1
            }
        }
        guard j >= lower, let agent = clause.mention(covering: j), agent.extent == j + 1, agent.actor != nil
        else { return nil }
        var by = agent.start - 1
        while by >= lower, clause.tokens[by].belongs(to: .determiner) { by -= 1 }
        guard by > lower, clause.tokens[by].lower == "by" else { return nil }
        var start = by
        while start - 1 >= lower, by - (start - 1) <= 3 {
            let token = clause.tokens[start - 1]
            guard token.isWord, !token.isCapitalized, token.lower != "that", !token.belongs(to: .reporting),
                  clause.mention(covering: start - 1) == nil else { break }
            start -= 1
        }
        return start < by ? (agent, start) : nil
    }
}
