/// When an evaluative word is a judgement of an actor's doing.
extension RuleContext {
    /// An attributive adjective ("patrols against illegal fishing") judges
    /// nobody; only a predicated one does.
    func isPredicated(_ cue: CueMatch) -> Bool {
        var k = cue.start - 1
        let start = clause.clauseStart(cue.start)
        while k >= start, clause.tokens[k].kind == .openQuote || clause.tokens[k].kind == .closeQuote
                || clause.tokens[k].lower.hasSuffix("ly") || vocabulary.degreeWords.contains(clause.tokens[k].lower) {
            k -= 1
        }
        if k >= start, vocabulary.linkingVerbs.contains(clause.tokens[k].lower) { return true }
        // "called X provocative": a naming verb at most six words before.
        var j = k
        while j >= max(start, cue.start - 8) {
            if vocabulary.namingForms.contains(clause.tokens[j].lower) { return true }
            j -= 1
        }
        return false
    }
}
