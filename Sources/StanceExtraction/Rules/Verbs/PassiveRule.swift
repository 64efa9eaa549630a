import StanceOntology

/// "Argentina was criticised by Chile": the agent after "by" holds the
/// stance, the passive subject receives it: the subject itself, the owner
/// of its head ("Israel's strikes on Iran were condemned by Qatar"), or the
/// act it refers back to ("The sanctions were denounced by the court").
/// Without an auxiliary, a participle set off by commas after an actor is
/// passive too ("Serbia, backed by Russia, rejected ...").
struct PassiveRule: HolderRule {
    static let name = RuleName.passive
    static let kinds: Set<CueEntry.Kind> = [.verb, .refusal, .departure, .accession]

    func apply(to cue: CueMatch, in context: RuleContext) -> RuleOutcome {
        let clause = context.clause
        let verb = clause.tokens[cue.start].lower
        guard clause.tokens[cue.start].lowerHasSuffix("ed") || context.vocabulary.irregularParticiples.contains(verb) else { return .notMine }
        var k = cue.start - 1
        while k >= clause.range.lowerBound, clause.tokens[k].lowerHasSuffix("ly") { k -= 1 }
        guard k >= clause.range.lowerBound else { return .notMine }
        // ", a move condemned by Chile": an act in apposition to the main
        // clause, done by its subject.
        if context.vocabulary.actNouns.contains(clause.tokens[k].lower) {
            var c = k - 1
            while c > clause.range.lowerBound, clause.tokens[c].belongs(to: .determiner) { c -= 1 }
            let holders = agents(after: cue.end, in: context)
            guard c > clause.range.lowerBound, c < k - 1, clause.tokens[c].isMark(","), !holders.isEmpty,
                  let subject = context.mainSubject(before: c), let owner = subject.actor else { return .notMine }
            return .placed(holders.filter { $0 != owner }.map {
                Placement(source: $0, target: owner, rule: label(cue, route: .act))
            })
        }
        let reduced = clause.tokens[k].isMark(",")
        guard reduced || context.vocabulary.passiveAuxiliaries.contains(clause.tokens[k].lower) else {
            return reducedRelative(cue, after: k, in: context) ?? .notMine
        }
        var holders = agents(after: cue.end, in: context)
        // "Timor-Leste was admitted as the 11th member of ASEAN": with no
        // agent, the body one is admitted into admits.
        if holders.isEmpty, !reduced, let body = destination(of: cue, in: context) { holders = [body] }
        guard let holder = holders.first else { return reduced ? .notMine : .placed([]) }
        // Every agent toward every target ("condemned by Mexico and Brazil").
        func placed(_ targets: [String], route: RuleName? = nil) -> RuleOutcome {
            .placed(holders.flatMap { h in
                targets.filter { $0 != h }.map { Placement(source: h, target: $0, rule: label(cue, route: route)) }
            })
        }
        if reduced {
            // "Oman, a Gulf state, welcomed the decision by Peru": a verb
            // with an object is active, whatever "by" follows.
            if cue.end < clause.range.upperBound, clause.tokens[cue.end].belongs(to: .determiner) { return .notMine }
            // "Serbia, backed by Russia,": the actor before the comma.
            guard let subject = clause.mention(covering: k - 1), subject.extent == k, let target = subject.actor
            else { return .notMine }
            return placed([target])
        }
        let start = clause.clauseStart(k)
        // "Israel's strikes on Iran were condemned": the owner opening the subject.
        var first = start
        while first < k, clause.tokens[first].belongs(to: .determiner) { first += 1 }
        if let owner = clause.mention(covering: first), owner.start == first, owner.possessive, let target = owner.actor {
            return placed([target])
        }
        // "The plan, drafted by Egypt, was rejected by Israel": the
        // author of the act that is the subject.
        let authors = authorsOfAct(from: start, to: k, in: context)
        if !authors.isEmpty, clause.mention(covering: first) == nil { return placed(authors) }
        if case .mention(let subject) = context.adjacentSubject(before: k + 1).0, subject.actor != nil {
            // "Ecuador and Peru were condemned": every conjunct.
            var targets = subject.actors
            for actor in context.conjuncts(before: subject) where !targets.contains(actor) { targets.append(actor) }
            return placed(targets)
        }
        // "The sanctions were denounced by the court": the act's owner.
        if cue.entry.relation != .supports, context.startsActNoun(at: start),
           let owner = context.discourse.actOwner(against: [holder]) {
            return placed([owner], route: .act)
        }
        return .placed([])
    }

    /// "the resolution backed by Peru", "Japan's plan endorsed by the
    /// US": a participle right after a common noun, with an agent, is a
    /// reduced relative clause. The agent holds the stance toward the
    /// noun's owner, if an actor owns it; otherwise toward no actor (and no
    /// later rule may take the noun's governor for the subject).
    func reducedRelative(_ cue: CueMatch, after k: Int, in context: RuleContext) -> RuleOutcome? {
        let clause = context.clause
        let noun = clause.tokens[k]
        guard noun.isWord, !noun.isCapitalized, clause.mention(covering: k) == nil, !clause.isVerbal(k),
              !noun.belongs(to: .determiner), !noun.belongs(to: .preposition), !noun.belongs(to: .coordinator),
              !clause.isBreak(k), cue.end < clause.range.upperBound,
              !clause.tokens[cue.end].belongs(to: .determiner) else { return nil }
        let holders = agents(after: cue.end, in: context)
        guard !holders.isEmpty else { return nil }
        // The noun phrase's owner: "Japan's plan".
        var j = k - 1
        while j >= clause.range.lowerBound, clause.tokens[j].isWord, clause.mention(covering: j) == nil,
              !clause.tokens[j].belongs(to: .determiner), !clause.tokens[j].belongs(to: .preposition),
              !clause.isVerbal(j), j > k - 3 { j -= 1 }
        guard j >= clause.range.lowerBound, let owner = clause.mention(covering: j), owner.possessive,
              let target = owner.actor else { return .placed([]) }
        return .placed(holders.filter { $0 != target }.map { Placement(source: $0, target: target, rule: label(cue)) })
    }

    /// The actors a participle with "by" names as authors inside a subject
    /// spanning `start..<end` ("The resolution, drafted by Norway,").
    func authorsOfAct(from start: Int, to end: Int, in context: RuleContext) -> [String] {
        for j in start..<max(start, end) {
            if let m = context.author(ofParticipleAt: j, before: end) { return context.coordinated(from: m) }
        }
        return []
    }

    /// The organisation a supporting cue ending in "into", "to" or "as"
    /// leads to, within eight tokens and its clause ("admitted into the
    /// bloc's ranks" names none; "admitted as a full member of the AU" names
    /// the AU).
    func destination(of cue: CueMatch, in context: RuleContext) -> String? {
        let clause = context.clause
        guard cue.entry.relation == .supports, let last = cue.words.last,
              context.vocabulary.destinationPrepositions.contains(last) else { return nil }
        let limit = min(clause.range.upperBound, cue.end + 8)
        var k = cue.end
        while k < limit {
            if let m = clause.mention(covering: k) {
                guard let actor = m.actor, !context.vocabulary.states.contains(actor) else { return nil }
                return actor
            }
            if clause.isBreak(k) || clause.tokens[k].isMark(",") { return nil }
            k += 1
        }
        return nil
    }

    /// The actors after "by" within four tokens of the participle, with
    /// those coordinated with the first ("by Mexico, Brazil and Colombia").
    func agents(after end: Int, in context: RuleContext) -> [String] {
        let clause = context.clause
        for j in end..<max(end, min(clause.range.upperBound, end + 4)) {
            if let m = context.agent(afterBy: j) { return context.coordinated(from: m) }
        }
        return []
    }
}
