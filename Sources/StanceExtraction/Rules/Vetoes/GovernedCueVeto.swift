import StanceOntology

/// A cue inside what an earlier cue of its clause is about states no stance
/// of its own:
/// - under a verb, a mutual cue: "welcomed the resumption of ties between A
///   and B" says nothing of A and B;
/// - under a warning, an act: "threatened to break off relations with X" is
///   a threat, which the warning already states;
/// - under a demand, a refusal or a rejection, anything: "demanded that the
///   US cancel plans to sell arms to Taiwan", "refused to commit to any
///   assistance to X", "rejected Seoul's demand to sever its alliance with
///   Y" assert no sale, assistance or alliance.
/// A coordinated verb ("warned Oslo and condemned its drills") starts a new
/// predicate the earlier cue does not govern. Asked with all the cues of
/// the sentence.
struct GovernedCueVeto: Sendable {
    static let name = RuleName.governedCue

    func vetoes(_ cue: CueMatch, among matches: [CueMatch], in context: RuleContext) -> Bool {
        // Only an earlier verb or refusal cue governs, and a refusal cue is
        // never governed (the test below answers no for it whatever the
        // governor): most cues, the first of their sentence or the only
        // one, are done here, before the scans.
        guard cue.entry.kind != .refusal, matches.contains(where: { Self.mayGovern($0, cue) }) else { return false }
        let clause = context.clause
        let vocabulary = context.vocabulary
        // Everything below is asked of each earlier cue; the scans that do
        // not depend on it run once, so a sentence with many cues costs
        // cues x tokens, not cues x cues x tokens.
        let clauseStart = clause.clauseStart(cue.start)
        let lastBreak = lastBreak(atOrBefore: cue.start, in: clause)
        let newPredicate = max(lastCoordinatedPredicate(before: cue.start, in: context),
                               lastCoordinatedClause(before: cue.start, in: context))
        // "India and the UAE hailed their partnership": a relation the
        // subject owns is its own, stated under the verb.
        if cue.entry.kind == .mutual, ownedBySubject(cue, in: clause) { return false }
        return matches.contains { governor in
            guard Self.mayGovern(governor, cue) else { return false }
            // The governor's reach: its clause, or the clause its pattern
            // opens ("demanded that the US cancel ..."): no break from the
            // end of its pattern up to the cue.
            let reachStart = max(governor.end, governor.start + 1)
            guard clauseStart <= governor.start || reachStart > cue.start || lastBreak < reachStart
            else { return false }
            if newPredicate >= governor.end { return false }
            let first = governor.words.first ?? ""
            if governor.entry.kind == .refusal || vocabulary.demandVerbs.contains(first) || vocabulary.denials.contains(first)
                || vocabulary.rejections.contains(first) {
                return true
            }
            guard cue.entry.kind == .mutual || cue.entry.relation == .opposes else { return false }
            // "Australia and Britain hailed the partnership": a relation
            // praised with no parties of its own is the subject's.
            if cue.entry.kind == .mutual, governor.entry.relation == .supports, !namesParties(cue, in: clause) {
                return false
            }
            return cue.entry.kind == .mutual || governor.entry.relation == .warns
        }
    }

    /// A verb or refusal cue before `cue`: the only cues that may govern it.
    private static func mayGovern(_ governor: CueMatch, _ cue: CueMatch) -> Bool {
        (governor.entry.kind == .verb || governor.entry.kind == .refusal) && governor.start < cue.start
    }

    /// "ties between A and B", "a pact with C": a preposition right after a
    /// mutual cue, then an actor within four tokens, in its clause, names the
    /// relation's parties ("a partnership that enables Australia ..." names
    /// none).
    private func namesParties(_ cue: CueMatch, in clause: Clause) -> Bool {
        let end = min(cue.end + 4, clause.range.upperBound)
        guard cue.end < end, clause.tokens[cue.end].belongs(to: .preposition) else { return false }
        for k in cue.end..<end {
            if clause.isBreak(k) { return false }
            if let m = clause.mention(covering: k), m.actor != nil { return true }
        }
        return false
    }

    /// "their (growing) partnership", "our alliance": a plural possessive
    /// pronoun before the cue, past at most two modifiers.
    private func ownedBySubject(_ cue: CueMatch, in clause: Clause) -> Bool {
        var k = cue.start - 1
        while k >= clause.range.lowerBound, k >= cue.start - 3 {
            let token = clause.tokens[k]
            if token.lower == "their" || token.lower == "our" { return true }
            guard token.isWord, !token.isCapitalized, !clause.isBreak(k), !token.belongs(to: .preposition) else { return false }
            k -= 1
        }
        return false
    }

    /// The last token at or before `k` that ends a clause, or one before the
    /// sentence.
    private func lastBreak(atOrBefore k: Int, in clause: Clause) -> Int {
        var j = min(k, clause.range.upperBound - 1)
        while j >= clause.range.lowerBound {
            if clause.isBreak(j) || clause.tokens[j].isMark(".") { return j }
            j -= 1
        }
        return clause.range.lowerBound - 1
    }

    /// Where the last new predicate before token `end` starts: an "and" or
    /// "but" followed by verb forms and then either `end`, a word in "-ed"
    /// or a reporting verb ("said"). A cue before that point does not govern `end`; one before the
    /// sentence when there is none.
    /// ", and Uganda and Rwanda signed a pact": the last ", and" before `end`
    /// that opens a clause with a subject of its own (actors, then a verb).
    func lastCoordinatedClause(before end: Int, in context: RuleContext) -> Int {
        let clause = context.clause
        var k = end - 2
        while k > clause.range.lowerBound {
            if clause.tokens[k].belongs(to: .sharedSubjectJoiner), clause.tokens[k - 1].text == "," {
                var j = k + 1
                while j < end, clause.tokens[j].belongs(to: .determiner) { j += 1 }
                if j < end, let m = clause.mention(covering: j), m.start == j, m.actor != nil,
                   m.extent < end, context.startsPredicate(afterConjunctsOf: m) {
                    return k
                }
            }
            k -= 1
        }
        return clause.range.lowerBound - 1
    }

    func lastCoordinatedPredicate(before end: Int, in context: RuleContext) -> Int {
        let clause = context.clause
        // Scanning backwards, `run` is the first token after k + 1 that is
        // not a verb form (or `end`), so each joiner is judged in one step.
        var run = end
        var k = end - 1
        while k >= clause.range.lowerBound {
            if k + 1 < end, !clause.isVerbal(k + 1) { run = k + 1 }
            if clause.tokens[k].belongs(to: .sharedSubjectJoiner) {   // (sharedSubjectJoiners, as a word class)
                // ("... and said the bloc was ready to cooperate": a
                // reporting verb opens a predicate of its own.)
                if run == end || (clause.tokens[run].isWord && clause.tokens[run].lowerHasSuffix("ed"))
                    || clause.tokens[run].belongs(to: .reporting) { return k }
            }
            k -= 1
        }
        return clause.range.lowerBound - 1
    }
}
