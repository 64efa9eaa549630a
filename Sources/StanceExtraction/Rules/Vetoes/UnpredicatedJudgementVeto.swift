import StanceOntology

/// "patrols against illegal fishing": an attributive judgement judges
/// nobody; only a predicated one does ("called the drills illegal", "is
/// unacceptable"), or one a reporter puts in quotation marks of its own
/// ("said X had carried out 'dangerous and illegal' manoeuvres").
struct UnpredicatedJudgementVeto: Veto {
    static let name = RuleName.unpredicatedJudgement

    func vetoes(_ cue: CueMatch, in context: RuleContext) -> Bool {
        cue.entry.kind == .judgement && !context.isPredicated(cue) && !context.isScareQuoted(cue)
    }
}

extension RuleContext {
    /// A judgement inside a short quotation (at most four words) that
    /// modifies the noun after it, in a sentence with a reporting verb
    /// before it: the reporter's own words, quoted ("'dangerous and
    /// illegal' manoeuvres"; not "accused X of 'meddling'").
    func isScareQuoted(_ cue: CueMatch) -> Bool {
        guard quoted(cue.start) else { return false }
        var open = cue.start - 1
        while open >= clause.range.lowerBound, clause.tokens[open].kind != .openQuote {
            if cue.start - open > 4 { return false }
            open -= 1
        }
        var close = cue.end
        while close < clause.range.upperBound, clause.tokens[close].kind != .closeQuote {
            if close - cue.end > 4 { return false }
            close += 1
        }
        guard open >= clause.range.lowerBound, close + 1 < clause.range.upperBound else { return false }
        let head = clause.tokens[close + 1]
        guard head.isWord, !head.isCapitalized, !head.belongs(to: .preposition), !head.belongs(to: .determiner),
              !head.belongs(to: .coordinator), !head.belongs(to: .verbLike), clause.mention(covering: close + 1) == nil
        else { return false }
        return (clause.range.lowerBound..<open).contains { clause.tokens[$0].belongs(to: .reporting) }
    }
}
