/// When an evaluative word is a judgement of an actor's doing.
extension RuleContext {
    /// Words that predicate a judgement right before it: "as provocative",
    /// "is the only legitimate government", "remains unacceptable".
    static let linkers: Set<String> = [
        "as", "is", "are", "was", "were", "be", "been", "being", "remains", "remain", "seems",
        "seem", "appears", "appear", "'s",
    ]
    /// Verbs that predicate a judgement of their object: "called the drills
    /// provocative", "branded the vote illegal".
    static let namingVerbs: Set<String> = ["call", "brand", "label", "deem", "term", "consider",
                                           "declare", "find", "describe", "dub"]
        .reduce(into: Set<String>(["labelled", "labelling"])) { $0.formUnion(Inflector.verbForms($1)) }

    /// An attributive adjective ("patrols against illegal fishing") judges
    /// nobody; only a predicated one does.
    func isPredicated(_ cue: CueMatch) -> Bool {
        var k = cue.start - 1
        let start = clause.clauseStart(cue.start)
        while k >= start, clause.tokens[k].kind == .openQuote || clause.tokens[k].kind == .closeQuote
                || clause.tokens[k].lower.hasSuffix("ly") || ["very", "so", "too", "most", "more"].contains(clause.tokens[k].lower) {
            k -= 1
        }
        if k >= start, Self.linkers.contains(clause.tokens[k].lower) { return true }
        // "called X provocative": a naming verb at most six words before.
        var j = k
        while j >= max(start, cue.start - 8) {
            if Self.namingVerbs.contains(clause.tokens[j].lower) { return true }
            j -= 1
        }
        return false
    }
}
