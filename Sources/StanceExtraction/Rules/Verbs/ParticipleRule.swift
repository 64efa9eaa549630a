import StanceOntology

/// "The council adopted a resolution on Thursday condemning the coup",
/// "Oslo issued a statement accusing Reykjavik": a participle cue right
/// after a speech act ("statement", "resolution", "letter") belongs to the
/// nearest subject before it, who made that speech act. After other nouns
/// the participle describes the noun ("the convention banning landmines").
/// A gerund after "by", "after", "before" or "while" names the means or
/// the circumstance of the verb before it, and so is its subject's ("China
/// responded by imposing tariffs on Australia", "expelled the envoy after
/// accusing Lima of espionage").
struct ParticipleRule: HolderRule {
    static let name = RuleName.participle
    static let kinds: Set<CueEntry.Kind> = [.verb]

    func apply(to cue: CueMatch, in context: RuleContext) -> RuleOutcome {
        let clause = context.clause
        guard clause.tokens[cue.start].lowerHasSuffix("ing") else { return .notMine }
        // "responded by imposing", "retaliated swiftly by expelling".
        if cue.start - 1 > clause.range.lowerBound,
           context.vocabulary.gerundPrepositions.contains(clause.tokens[cue.start - 1].lower) {
            // The nearest verb's subject, which may be a controlled object
            // ("accused Rwanda of making accusations by alleging ...");
            // if that is whom the gerund is about, the subject before it
            // ("Chile expelled Peru's envoy after accusing Lima ...").
            var nearest = context.nearestSubject(before: cue.start - 1)
            // "hailed Israel as an ally while criticising Iran": an object
            // that controls no verb of its own before the gerund is no subject.
            if let object = nearest, context.isObjectOfVerb(object),
               !(object.extent..<(cue.start - 1)).contains(where: {
                   clause.tokens[$0].isWord && clause.tokens[$0].lowerHasSuffix("ing") || clause.tokens[$0].lower == "to"
               }) {
                nearest = verbSubject(before: cue.start - 1, in: context) ?? nearest
            }
            let placements = context.verbPlacements(cue, holder: nearest, rule: self)
            if placements.contains(where: { $0.source != $0.target }) { return .placed(placements) }
            if let holder = verbSubject(before: cue.start - 1, in: context), holder.start != nearest?.start {
                return .placed(context.verbPlacements(cue, holder: holder, rule: self))
            }
            return .placed(placements)
        }
        // The speech act, past at most three time words ("on Thursday").
        var k = cue.start - 1
        while k > clause.range.lowerBound, k >= cue.start - 3, clause.tokens[k].belongs(to: .timeWord)
                || clause.tokens[k].belongs(to: .auxiliary) {
            k -= 1
        }
        guard k >= clause.range.lowerBound, context.vocabulary.speechActs.contains(clause.tokens[k].lower),
              !isPrepositionalObject(k, in: clause),
              let holder = context.nearestSubject(before: k) else { return .notMine }
        return .placed(context.verbPlacements(cue, holder: holder, rule: self))
    }

    /// The subject of the verb before `k`: the last agentive actor of the
    /// clause that is no verb's object ("Chile expelled Peru's envoy after
    /// accusing ..." is Chile's); after a reporting verb an actor opens a
    /// clause of its own ("Peru said Chile responded by ...").
    func verbSubject(before k: Int, in context: RuleContext) -> Mention? {
        let clause = context.clause
        let start = clause.clauseStart(k)
        return clause.mentions.last { m in
            guard m.start >= start, m.extent <= k, m.actor != nil, m.agentive, !clause.isGoverned(m) else { return false }
            guard context.isObjectOfVerb(m) else { return true }
            var j = m.start - 1
            while j >= clause.range.lowerBound, clause.tokens[j].belongs(to: .determiner) { j -= 1 }
            return j >= clause.range.lowerBound && clause.tokens[j].belongs(to: .reporting)
        }
    }

    /// "abstained in the vote on the resolution condemning X": a speech act
    /// inside a prepositional phrase is not the subject's own.
    func isPrepositionalObject(_ k: Int, in clause: Clause) -> Bool {
        var j = k - 1
        while j >= clause.range.lowerBound, j >= k - 3, clause.tokens[j].belongs(to: .determiner)
                || (clause.tokens[j].isWord && !clause.tokens[j].isCapitalized && !clause.tokens[j].belongs(to: .preposition)
                    && !clause.isVerbal(j) && !clause.tokens[j].lowerHasSuffix("ed")) {
            j -= 1
        }
        return j >= clause.range.lowerBound && clause.tokens[j].belongs(to: .preposition)
    }
}
