/// Whom a verdict judges.
extension RuleContext {
    /// The subject of the clause a verdict is about: the one right before it
    /// ("Arnor will pay a heavy price"), else the clause's first agentive
    /// actor ("Arnor and Rhun are travelling down a dangerous path").
    func verdictSubject(_ cue: CueMatch) -> Mention? {
        if case .mention(let subject) = adjacentSubject(before: cue.start).0, subject.actor != nil { return subject }
        return clauseSubject(before: cue.start)
    }
}
