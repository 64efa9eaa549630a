/// Finding whom a stance is about.
extension RuleContext {
    /// The first mention after a cue in its clause (or inside its gaps),
    /// with every mention coordinated with it ("warned Japan, South Korea
    /// and the US"). `within` bounds how far the first may be.
    /// `supporting`: the cue supports, so an opponent's preposition
    /// ("against") ends the search too.
    func objects(in gaps: [Range<Int>], after end: Int, within: Int = 12, holders: [String] = [],
                 supporting: Bool = false, shielding: Bool = false) -> [String] {
        // "voiced concern on Tuesday over X's drills": the object starts
        // past a time adverbial.
        let end = pastTimeAdverbial(end)
        let found = objects(named: gaps, after: end, within: within, holders: holders,
                            supporting: supporting, shielding: shielding)
        guard found.isEmpty else { return found }
        // "protested to Seoul over the islets": a state addressed is the
        // target when nothing after names one (a forum addressed is not:
        // "complained to the UN over the raids").
        for gap in gaps where isAddressee(gap) {
            if let m = clause.mentions.first(where: { gap.contains($0.start) && $0.actor != nil }),
               let actor = m.actor, vocabulary.states.contains(actor), !holders.contains(actor) {
                return coordinated(from: m)
            }
        }
        return []
    }

    /// The token after the time words right at `k` ("on Monday", "again",
    /// "late last week"), else `k`. A run ending in "on", "last" or "this"
    /// is no adverbial ("on Ukraine").
    func pastTimeAdverbial(_ k: Int) -> Int {
        var after = k
        var j = k
        while j < min(k + 4, clause.range.upperBound), clause.tokens[j].belongs(to: .timeWord) {
            j += 1
            if !vocabulary.timeOpeners.contains(clause.tokens[j - 1].lower) { after = j }
        }
        return after
    }

    private func objects(named gaps: [Range<Int>], after end: Int, within: Int, holders: [String],
                         supporting: Bool, shielding: Bool) -> [String] {
        for gap in gaps where !isAddressee(gap) {
            // "offered its troops to": a possessive in the gap owns the thing, not the target.
            // So does the holder's own name ("reaffirmed France's support for").
            if let m = clause.mentions.first(where: {
                gap.contains($0.start) && $0.actor != nil && !clause.tokens[$0.start].belongs(to: .possessivePronoun)
                    && !($0.possessive && !$0.actors.isEmpty && $0.actors.allSatisfy(holders.contains))
            }) {
                return coordinated(from: m)
            }
        }
        var k = end
        let limit = min(clause.range.upperBound, end + within)
        while k < limit {
            if let m = clause.mention(covering: k) {
                // "accusing its neighbour of ...": the one its owner is related
                // to, unnamed here, not the owner.
                if m.possessive, m.form == .pronoun, m.extent < clause.range.upperBound,
                   vocabulary.relationalNouns.contains(clause.tokens[m.extent].lower) {
                    k = m.extent + 1
                    continue
                }
                // "voiced concern on Togo's behalf": whom one speaks for, no target.
                if m.possessive, m.extent < clause.range.upperBound, vocabulary.proxyNouns.contains(clause.tokens[m.extent].lower) {
                    k = m.extent + 1
                    continue
                }
                // "warned their citizens": the holder's own, not a target.
                if m.possessive, m.form == .pronoun || m.form == .description,
                   !m.actors.isEmpty, m.actors.allSatisfy(holders.contains) {
                    k = m.extent
                    continue
                }
                // "condemned what they called ...": a free relative's subject
                // that refers to a holder is the holder speaking again.
                if m.form == .pronoun, m.actors.contains(where: holders.contains), m.start > clause.range.lowerBound,
                   clause.tokens[m.start - 1].lower == "what" {
                    k = m.extent
                    continue
                }
                // "Chile and Peru voted against it": a pronoun object that
                // resolved to a holder names none of the holders' targets.
                if m.form == .pronoun, !m.possessive, !m.actors.isEmpty, m.actors.allSatisfy(holders.contains) { return [] }
                // "condemned a coup in Guinea-Bissau": a place, not a target.
                if m.actor == nil || isLocative(m, after: end) { return [] }
                // "sanctions on Sudan's RSF", "summoned his Indian counterpart":
                // an owner right before an actor qualifies it; the actor is the target.
                if m.possessive, let next = clause.mention(covering: m.extent), next.start == m.extent,
                   let actor = next.actor, next.agentive, next.form != .name || !vocabulary.states.contains(actor) {
                    return coordinated(from: next)
                }
                // "their neighbour Russia", "its rival the UAE": an owner's
                // relation named, then the actor itself.
                if m.possessive, let named = appositiveName(after: m.extent) { return coordinated(from: named) }
                return coordinated(from: m)
            }
            let token = clause.tokens[k]
            // An ellipsis ("brought by ... Japan's food") leaves words out; it ends nothing.
            let ellipsis = token.isMark("…") || (token.isMark(".") && (k + 1 < clause.range.upperBound
                && clause.tokens[k + 1].isMark(".") || k > end && clause.tokens[k - 1].isMark(".")))
            // "vetoed the draft, which was proposed by Paris": the author of
            // the object, named in a passive relative clause.
            if token.isMark(","), k > end, let author = relativeAuthor(after: k) { return coordinated(from: author) }
            // "rejected a proposal put forward by Cairo": the author named in
            // a reduced passive relative after the object.
            if k > end, token.isWord, !token.isCapitalized, let author = author(ofParticipleAt: k) {
                return coordinated(from: author)
            }
            // "concerned by reports that Pyongyang was ...": the "that" of a
            // noun of content leads on to what it is about.
            if k > end, token.lower == "that", vocabulary.contentNouns.contains(clause.tokens[k - 1].lower) {
                k += 1
                continue
            }
            if !ellipsis, clause.isBreak(k) || token.isMark(".") || token.isMark(",") { return [] }
            // "condemned the attack on Ukraine": past the object's head, a
            // preposition leads to what the object is about, not to the
            // target. "of", "from", "by" and "to" still lead to its owner
            // ("an offer from Kabul", "an attack by Gondor"), "with" and
            // "between" to its partners ("welcomed ties with Gondor").
            if k > end, vocabulary.detachingPrepositions.contains(token.lower) { return [] }
            if supporting, vocabulary.opposingPrepositions.contains(token.lower) { return [] }
            if shielding, vocabulary.shieldingPrepositions.contains(token.lower) { return [] }
            // "to raid the embassy was condemned by X": a passive past the
            // object is the sentence's own predicate.
            if k > end, vocabulary.passiveAuxiliaries.contains(token.lower), k + 1 < clause.range.upperBound,
               clause.tokens[k + 1].lowerHasSuffix("ed") {
                return []
            }
            // "vetoed a resolution condemning X": a participle past the
            // object's head opens a clause of its own.
            // ("the multilateral trading system": no object, a modifier.)
            if k > end, token.isWord, !token.isCapitalized, token.lowerHasSuffix("ing"), token.belongs(to: .verbLike),
               k + 1 < clause.range.upperBound,
               clause.mention(covering: k + 1) != nil || clause.tokens[k + 1].belongs(to: .determiner) {
                return []
            }
            // "rejected the plan to move Palestinians": an infinitive after
            // the object's noun says what the plan would do, to whom.
            if k > end, token.lower == "to", clause.tokens[k - 1].isWord, !clause.tokens[k - 1].isCapitalized,
               !clause.tokens[k - 1].belongs(to: .timeWord), !clause.tokens[k - 1].belongs(to: .auxiliary),
               !clause.tokens[k - 1].lower.hasSuffix("ly"), startsVerbPhrase(at: k + 1) {
                return []
            }
            // "lashed out at the West and praised China": a second verb, with
            // its own object, after an object that names no actor.
            if k > end, token.belongs(to: .coordinator), token.isWord, k + 1 < clause.range.upperBound,
               clause.tokens[k + 1].lower.hasSuffix("ed") || clause.tokens[k + 1].belongs(to: .verbLike),
               startsVerbPhrase(at: k + 1) {
                return []
            }
            k += 1
        }
        return []
    }

    /// A lower-case word that is no noun phrase's start and is followed by
    /// one: "move Palestinians", "praised China", "warn the UN".
    func startsVerbPhrase(at k: Int) -> Bool {
        guard k + 1 < clause.range.upperBound, clause.mention(covering: k) == nil else { return false }
        let token = clause.tokens[k]
        guard token.isWord, !token.isCapitalized, !token.belongs(to: .determiner), !token.belongs(to: .possessivePronoun),
              !token.belongs(to: .preposition) else { return false }
        let next = clause.tokens[k + 1]
        return clause.mention(covering: k + 1) != nil || next.belongs(to: .determiner) || next.belongs(to: .possessivePronoun)
    }

    /// An actor's name after at most two lower-case nouns (and a "the"):
    /// "[their] neighbour Russia", "[its] regional rival the UAE".
    func appositiveName(after start: Int) -> Mention? {
        var k = start
        var nouns = 0
        while k < clause.range.upperBound, nouns < 3 {
            if let m = clause.mention(covering: k) {
                return nouns > 0 && m.start == k && m.actor != nil && m.form == .name ? m : nil
            }
            let token = clause.tokens[k]
            if token.lower == "the" { k += 1; continue }
            guard token.isWord, !token.isCapitalized, !token.belongs(to: .preposition), !token.belongs(to: .verbLike),
                  !clause.isBreak(k) else { return nil }
            nouns += 1
            k += 1
        }
        return nil
    }

    /// A gap between two prepositions holds the one addressed, not the
    /// target: "complained to [the UN] over X's remarks" (but "called on [X]
    /// to stop": that "to" marks an infinitive).
    func isAddressee(_ gap: Range<Int>) -> Bool {
        guard gap.lowerBound > clause.range.lowerBound, gap.upperBound < clause.range.upperBound else { return false }
        let after = clause.tokens[gap.upperBound]
        return clause.tokens[gap.lowerBound - 1].belongs(to: .preposition)
            && after.belongs(to: .preposition) && !vocabulary.nonAdverbialPrepositions.contains(after.lower)
    }

    /// A place: after "in", "at" ... that is not the cue's own preposition
    /// ("voiced alarm at X" is about X).
    func isLocative(_ m: Mention, after end: Int) -> Bool {
        var k = m.start - 1
        while k >= end, clause.tokens[k].belongs(to: .determiner) { k -= 1 }
        return k >= end && vocabulary.locativePrepositions.contains(clause.tokens[k].lower)
    }

    /// A mention and the ones joined to it by "and", "or" or commas.
    /// As a subject, the last conjunct stands right before the verb ("Hungary
    /// and Romania agreed"); as an object, a conjunct followed by a verb
    /// starts a new clause ("..., and Russia has warned").
    func coordinated(from first: Mention, asSubject: Bool = false) -> [String] {
        var actors = first.actors
        var k = first.extent
        // "an Egyptian-Sudanese proposal", "Seoul-Tokyo-Washington drills":
        // adjectives or names joined by a hyphen.
        while first.form == .adjective || first.form == .name, k + 1 < clause.range.upperBound, clause.tokens[k].isMark("-"),
              let next = clause.mention(covering: k + 1), next.start == k + 1, next.form == .adjective || next.form == .name,
              let actor = next.actor {
            if !actors.contains(actor) { actors.append(actor) }
            k = next.extent
        }
        while k < clause.range.upperBound {
            var j = k
            var joined = false
            while j < clause.range.upperBound, clause.tokens[j].belongs(to: .coordinator)
                    || clause.tokens[j].belongs(to: .determiner) || isAsWellAs(endingAt: j + 2) {
                if isAsWellAs(endingAt: j + 2) {
                    joined = true
                    j += 3
                    continue
                }
                if clause.tokens[j].belongs(to: .coordinator) { joined = true }
                j += 1
            }
            guard joined, let next = clause.mention(covering: j), next.start == j, let actor = next.actor else { break }
            // "..., and Russia has warned": a new clause, not a coordinated object.
            // ("..., and Uganda and Rwanda signed": past its own conjuncts.)
            if !asSubject, startsPredicate(afterConjunctsOf: next) { break }
            if !actors.contains(actor) { actors.append(actor) }
            k = next.extent
        }
        return actors
    }

    /// Whether a verb form follows `m` and the actors joined to it.
    func startsPredicate(afterConjunctsOf m: Mention) -> Bool {
        var k = m.extent
        while k < clause.range.upperBound {
            var j = k
            while j < clause.range.upperBound, clause.tokens[j].belongs(to: .coordinator)
                    || clause.tokens[j].belongs(to: .determiner) { j += 1 }
            // ("... and South Korea that their joint drills": an owner after
            // "that" is no conjunct.)
            guard j > k, (k..<j).contains(where: { clause.tokens[$0].belongs(to: .coordinator) }),
                  let next = clause.mention(covering: j), next.start == j, next.actor != nil, !next.possessive,
                  next.form != .relative else { break }
            k = next.extent
        }
        return k < clause.range.upperBound && startsPredicate(at: k)
    }

    /// A verb form at `k` (an auxiliary, a cue or reporting verb, an -ed
    /// form): what precedes it is a subject ("..., and China called for
    /// calm" starts a clause of its own).
    func startsPredicate(at k: Int) -> Bool {
        let token = clause.tokens[k]
        guard token.kind == .word, !token.isCapitalized, !token.belongs(to: .preposition),
              !token.belongs(to: .determiner), !token.belongs(to: .coordinator) else { return false }
        return clause.isVerbal(k) || token.belongs(to: .verbLike) || token.lowerHasSuffix("ed")
    }

    /// What a judgement is about: the first mention between the judge and
    /// the judgement ("frames Japan's expansion as provocative"), else the
    /// first one after it in the clause.
    /// The agent of a passive relative clause opening after `comma`:
    /// ", which was drafted by Peru", ", which had been proposed by Chile".
    func relativeAuthor(after comma: Int) -> Mention? {
        var k = comma + 1
        guard k < clause.range.upperBound, ["which", "that"].contains(clause.tokens[k].lower) else { return nil }
        k += 1
        while k < clause.range.upperBound, k <= comma + 4, clause.tokens[k].belongs(to: .auxiliary)
                || vocabulary.passiveAuxiliaries.contains(clause.tokens[k].lower) {
            k += 1
        }
        return author(ofParticipleAt: k)
    }

    /// "drafted by (the) Peru": the actor after an authoring participle at
    /// `k` and its "by", before `end`.
    func author(ofParticipleAt k: Int, before end: Int? = nil) -> Mention? {
        let end = end ?? clause.range.upperBound
        guard k + 1 < end, clause.mention(covering: k) == nil,
              vocabulary.authoringForms.contains(clause.tokens[k].lower) else { return nil }
        // "put forward by", "carried out by"
        if vocabulary.authoringParticles.contains(clause.tokens[k + 1].lower) { return agent(afterBy: k + 2, before: end) }
        return agent(afterBy: k + 1, before: end)
    }

    /// The actor governed by "by" at `by` (past determiners), before `end`.
    func agent(afterBy by: Int, before end: Int? = nil) -> Mention? {
        let end = end ?? clause.range.upperBound
        guard by < end, clause.tokens[by].lower == "by" else { return nil }
        return actor(afterPreposition: by, before: end)
    }

    /// The actor mention right after the preposition at `k`, past
    /// determiners, before `end`.
    func actor(afterPreposition k: Int, before end: Int) -> Mention? {
        var a = k + 1
        while a < end, clause.tokens[a].belongs(to: .determiner) { a += 1 }
        guard a < end, let m = clause.mention(covering: a), m.actor != nil else { return nil }
        return m
    }

    /// "Lima told Quito that ...": the one a reporting verb addresses, who
    /// is told, not judged.
    func isAddressed(_ m: Mention) -> Bool {
        m.start > clause.range.lowerBound && vocabulary.addresseeForms.contains(clause.tokens[m.start - 1].lower)
    }

    func judgedActor(_ cue: CueMatch, holder: Mention, judges: [String] = []) -> String? {
        let from = holder.start < cue.start && clause.range.contains(holder.start)
            ? holder.extent : clause.clauseStart(cue.start)
        // The judges themselves (conjuncts, or a pronoun for them) are not judged.
        let judges = Set(judges + holder.actors)
        if let m = clause.mentions.first(where: { m in
            m.start >= from && m.start < cue.start && m.actor != nil && !m.actors.allSatisfy(judges.contains)
                && !isAddressed(m)
        }) {
            return m.actor
        }
        return objects(in: [], after: cue.end, within: 6).first
    }
}
