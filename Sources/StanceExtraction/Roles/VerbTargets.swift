/// Whom a verb-like cue is about, by the cue's kind.
extension RuleContext {
    /// "denied supplying drones to X" denies an act: no stance toward X.
    /// "denied the accusation by X", "dismissed X's claims": the accuser.
    /// "dismissed the accusation": whoever last accused the denier.
    func denialTargets(_ cue: CueMatch, holders: [String]) -> ([String], RuleName) {
        var k = cue.end
        while k < clause.range.upperBound, clause.tokens[k].belongs(to: .determiner) { k += 1 }
        // "a charge New Delhi denied.", "an allegation India rejected as
        // absurd": nothing denied is named after the cue: the accusation.
        let named = k < clause.range.upperBound && clause.tokens[k].isWord && !clause.tokens[k].belongs(to: .preposition)
            && !vocabulary.linkingVerbs.contains(clause.tokens[k].lower)
        if !named, let accusers = accusersOrOpponent(of: holders) { return (accusers, .accuser) }
        guard k < clause.range.upperBound else { return ([], .object) }
        let next = clause.tokens[k]
        if next.lower == "that" || (next.isWord && next.lowerHasSuffix("ing") && clause.mention(covering: k) == nil) {
            return ([], .object)
        }
        let owner = objects(in: cue.gaps, after: cue.end, within: 6, holders: holders)
        let accusation = (k..<min(k + 4, clause.range.upperBound)).contains {
            vocabulary.accusationNouns.contains(clause.tokens[$0].lower)
        }
        // Whoever accused the holder, else whoever last turned against it
        // ("NATO warned Moscow ... Russia rejected the accusations").
        if accusation, owner.isEmpty, let accusers = accusersOrOpponent(of: holders) { return (accusers, .accuser) }
        return (owner, .object)
    }

    /// Whoever accused one of `holders` (with their co-accusers), else
    /// whoever last turned against them.
    private func accusersOrOpponent(of holders: [String]) -> [String]? {
        let accusers = discourse.accusers(of: holders)
        if !accusers.isEmpty { return accusers }
        return discourse.opponent(of: holders).map { [$0] }
    }

    /// ", a move Israel welcomed", ", a step that Peru condemned": an act noun
    /// in apposition to the main clause, whose relative clause holds the
    /// cue, is about what the main clause's subject did.
    func appositiveActOwner(before cue: CueMatch, holders: [String]) -> String? {
        guard let holder = clause.mentions.last(where: { $0.extent <= cue.start && $0.actor != nil }),
              let actor = holder.actor, holders.contains(actor) else { return nil }
        var k = holder.start - 1
        if k > clause.range.lowerBound, clause.tokens[k].lower == "that" || clause.tokens[k].lower == "which" { k -= 1 }
        guard k > clause.range.lowerBound, vocabulary.actNouns.contains(clause.tokens[k].lower) else { return nil }
        k -= 1
        while k > clause.range.lowerBound, clause.tokens[k].belongs(to: .determiner) { k -= 1 }
        guard k > clause.range.lowerBound, clause.tokens[k].isMark(","),
              let subject = mainSubject(before: k), let owner = subject.actor, !holders.contains(owner) else { return nil }
        return owner
    }

    /// "the seizure", "these attacks", "the 'unacceptable' move": a definite
    /// noun phrase that names no actor, and so may refer back to an act.
    func startsActNoun(at start: Int) -> Bool {
        guard start < clause.range.upperBound, clause.tokens[start].belongs(to: .determiner),
              clause.tokens[start].lower != "a", clause.tokens[start].lower != "an" else { return false }
        var k = start + 1
        while k < clause.range.upperBound, k <= start + 4 {
            let token = clause.tokens[k]
            if clause.mention(covering: k) != nil || token.belongs(to: .preposition) || clause.isBreak(k) { return false }
            if token.kind == .openQuote || token.kind == .closeQuote || (token.isWord && !token.isCapitalized) {
                if vocabulary.actNouns.contains(token.lower) { return !namesActorAfter(k + 1) }
                k += 1
                continue
            }
            return false
        }
        return false
    }

    /// "the attack on Syria", "the strikes against the Houthis": a
    /// preposition right after an act noun, then (past determiners) an actor.
    func namesActorAfter(_ k: Int) -> Bool {
        guard k < clause.range.upperBound, clause.tokens[k].belongs(to: .preposition) else { return false }
        var j = k + 1
        while j < clause.range.upperBound, clause.tokens[j].belongs(to: .determiner) { j += 1 }
        return j < clause.range.upperBound && clause.mention(covering: j)?.actor != nil
    }

    /// "the deal", "both the agreement", "the newly signed accord": a
    /// definite phrase (no actor in it) headed by a noun of agreement.
    func namesAgreement(at start: Int) -> Bool {
        var k = start
        if k < clause.range.upperBound, clause.tokens[k].lower == "both" { k += 1 }
        guard k < clause.range.upperBound, clause.tokens[k].belongs(to: .determiner),
              clause.tokens[k].lower != "a", clause.tokens[k].lower != "an" else { return false }
        var j = k + 1
        while j < clause.range.upperBound, j <= k + 4 {
            let token = clause.tokens[j]
            guard token.isWord || token.isMark("-"), clause.mention(covering: j) == nil, !clause.isBreak(j),
                  !token.belongs(to: .preposition) else { return false }
            if vocabulary.agreementNouns.contains(token.lower) { return true }
            j += 1
        }
        return false
    }

    /// "A Chinese ship entered Vietnam's waters, and Hanoi protested the
    /// move": the subject of an earlier clause of the sentence did what an
    /// act noun refers to.
    func earlierClauseSubject(before k: Int, holders: [String]) -> String? {
        // The holder, then the ", and" or ";" before it that ends the earlier clause.
        guard let holder = clause.mentions.last(where: { $0.start < k && $0.actor.map(holders.contains) == true }) else {
            return nil
        }
        var j = holder.start - 1
        while j > clause.range.lowerBound, !(clause.tokens[j].isMark(";")
                || (clause.tokens[j].belongs(to: .coordinator) && clause.tokens[j - 1].isMark(","))) {
            if clause.mention(covering: j) != nil && j < holder.start - 1 { return nil }
            j -= 1
        }
        guard j > clause.range.lowerBound,
              let first = clause.mentions.first(where: { $0.actor != nil && $0.start < j }),
              first.agentive || first.form == .adjective, !clause.isGoverned(first), let actor = first.actor,
              !holders.contains(actor),
              // The earlier clause's subject opens the sentence.
              !(clause.range.lowerBound..<first.start).contains(where: { clause.isBreak($0) || clause.tokens[$0].isMark(",") })
        else { return nil }
        return actor
    }

    /// "Over North Korea's missile launch, Japan protested", "After the
    /// Israeli strike on Doha, Qatar protested": a cue with no object of
    /// its own answers the act a fronted phrase names, its owner's.
    func frontedActOwner(before k: Int, holders: [String]) -> String? {
        let end = frontedPhraseEnd(before: k)
        guard end > clause.range.lowerBound else { return nil }
        for m in clause.mentions where m.start < end - 1 {
            guard let actor = m.actor, !holders.contains(actor), m.possessive || m.form == .adjective else { continue }
            var j = m.extent
            if j < end, clause.tokens[j].kind == .possessive { j += 1 }
            // The act noun within the next two words.
            var steps = 0
            while j < end - 1, steps < 3 {
                if isActNoun(clause.tokens[j].lower) { return actor }
                guard clause.tokens[j].isWord, !clause.tokens[j].isCapitalized else { break }
                j += 1
                steps += 1
            }
        }
        return nil
    }

    /// An act noun or noun of action, singular or plural ("strike", "raids").
    func isActNoun(_ word: String) -> Bool {
        vocabulary.actNounForms.contains(word)
    }

    /// "Tsai's visit to the US ... China condemned the visit": a definite
    /// phrase whose head noun was named before with an owner ("Tsai's
    /// visit", "the visit by Tsai", "Israeli strikes") is about that owner.
    /// Looks back about three sentences.
    func earlierOwner(ofPhraseAt start: Int, holders: [String]) -> String? {
        guard start < clause.range.upperBound, clause.tokens[start].belongs(to: .determiner),
              clause.tokens[start].lower != "a", clause.tokens[start].lower != "an" else { return nil }
        // The head: the last lower-case word before a preposition, a mark or the end.
        var head: Int?
        var k = start + 1
        while k < clause.range.upperBound, k <= start + 4 {
            let token = clause.tokens[k]
            if clause.mention(covering: k) != nil { return nil }
            if token.kind == .openQuote || token.kind == .closeQuote { k += 1; continue }
            guard token.isWord, !token.isCapitalized, !token.belongs(to: .preposition), !token.belongs(to: .coordinator),
                  !clause.isBreak(k) else { break }
            head = k
            k += 1
        }
        guard let head else { return nil }
        // (A StringSet: asked of up to 150 tokens back.)
        let forms = StringSet(Inflector.nounForms(clause.tokens[head].lower)
            .union([String(clause.tokens[head].lower.dropLast())]))
        // "After the Israeli strike on Doha, Qatar condemned the attack": in
        // the same sentence an act noun refers to any act named before it.
        let anyAct = isActNoun(clause.tokens[head].lower)
        var j = start - 1
        while j > 0, j >= start - 150 {
            defer { j -= 1 }
            guard forms.contains(clause.tokens[j].lower)
                    || (anyAct && j >= clause.range.lowerBound && isActNoun(clause.tokens[j].lower)) else { continue }
            // "Tsai's visit", "Israeli strikes"
            if clause.tokens[j - 1].kind == .possessive, let owner = mentionAt(j - 2), let actor = owner.actor,
               !holders.contains(actor) { return actor }
            if let owner = mentionAt(j - 1), owner.extent == j, owner.form == .adjective, let actor = owner.actor,
               !holders.contains(actor) { return actor }
            // "the visit by Tsai", "the seizure of the tanker by Iran"
            var b = j + 1
            while b < j + 6, b < clause.tokens.count, clause.tokens[b].lower != "by" { b += 1 }
            if b < j + 6, b + 1 < clause.tokens.count {
                var a = b + 1
                while a < clause.tokens.count, clause.tokens[a].belongs(to: .determiner) { a += 1 }
                if let owner = mentionAt(a), let actor = owner.actor, !holders.contains(actor) { return actor }
            }
        }
        return nil
    }

    /// "threatened to halt talks unless Baghdad accepts", "will retaliate if
    /// Oslo goes ahead": a threat is aimed at whoever the condition is up to,
    /// the subject of the "if"/"unless" clause after it.
    func conditionSubject(after start: Int, holders: [String]) -> [String]? {
        var k = start
        while k < clause.range.upperBound, !vocabulary.conditionMarkers.contains(clause.tokens[k].lower) { k += 1 }
        guard k + 1 < clause.range.upperBound else { return nil }
        var j = k + 1
        while j < clause.range.upperBound, clause.tokens[j].belongs(to: .determiner) { j += 1 }
        guard let m = clause.mention(covering: j), m.actor != nil, m.agentive else { return nil }
        let actors = coordinated(from: m, asSubject: true).filter { !holders.contains($0) }
        return actors.isEmpty ? nil : actors
    }

    /// "warned that Belarus was massing troops", "voiced concern that Minsk
    /// would ...": a warning is about the subject of the clause it reports.
    ///
    /// "warned that Taipei's push would lead to war": the owner opening the
    /// clause's subject. "warned it could block Finland's bid", "warned
    /// (that) it would retaliate against X": when the clause's subject is
    /// the holder itself, whom its verb is about.
    func complementSubject(after start: Int, holders: [String]) -> [String]? {
        // ("voiced concern on Monday that Iran ...")
        let start = pastTimeAdverbial(start)
        guard start < clause.range.upperBound else { return nil }
        let opened = clause.tokens[start].lower == "that"
        var j = opened ? start + 1 : start
        while j < clause.range.upperBound, clause.tokens[j].belongs(to: .determiner) { j += 1 }
        guard let m = clause.mention(covering: j), m.start == j, m.actor != nil else { return nil }
        // Without "that", only a pronoun for the holder opens a clause ("warned it could").
        if !opened, !(m.form == .pronoun && m.actors.allSatisfy(holders.contains)) { return nil }
        if m.actors.allSatisfy(holders.contains) {
            guard m.extent < clause.range.upperBound, startsPredicate(at: m.extent) || clause.isVerbal(m.extent)
            else { return nil }
            let actors = objects(in: [], after: m.extent, within: 8, holders: holders).filter { !holders.contains($0) }
            return actors.isEmpty ? nil : actors
        }
        guard m.agentive || m.possessive else { return nil }
        let actors = coordinated(from: m, asSubject: true).filter { !holders.contains($0) }
        return actors.isEmpty ? nil : actors
    }

    /// ", saying (that) X ...", ", accusing X": right after a cue with no
    /// target, the subject of what the holder goes on to say.
    func sayingSubject(after end: Int, holders: [String]) -> [String]? {
        guard end + 1 < clause.range.upperBound, clause.tokens[end].isMark(","),
              clause.tokens[end + 1].belongs(to: .reporting), clause.tokens[end + 1].lowerHasSuffix("ing") else { return nil }
        var j = end + 2
        while j < clause.range.upperBound, clause.tokens[j].lower == "that" || clause.tokens[j].belongs(to: .determiner) { j += 1 }
        guard let m = clause.mention(covering: j), m.actor != nil, m.agentive else { return nil }
        let actors = coordinated(from: m, asSubject: true).filter { !holders.contains($0) }
        return actors.isEmpty ? nil : actors
    }

    /// "Putin, whom he praised": a clause opened by an object relative
    /// ("whom", "which" before another subject) is about its antecedent.
    func objectRelative(before cue: CueMatch, holders: [String]) -> String? {
        let start = clause.clauseStart(cue.start)
        guard let relative = clause.mention(covering: start), relative.form == .relative, let actor = relative.actor,
              !holders.contains(actor),
              clause.mentions.contains(where: { $0.start > relative.start && $0.start < cue.start && $0.actor != nil })
        else { return nil }
        return actor
    }

    /// The targets of a verb, refusal or departure cue and the route that
    /// found them.
    func verbTargets(_ cue: CueMatch, holders: [String]) -> ([String], RuleName) {
        switch cue.entry.kind {
        case .refusal:
            // "refused Japan's demand" names the demander; "refused to
            // meet Jordan's king" rebuffs the king's state; "refused to
            // condemn X" only withholds a stance: no edge toward X, and
            // the refusal answers the demander, if any.
            let infinitive = cue.end < clause.range.upperBound && clause.tokens[cue.end].lower == "to"
            var targets: [String]
            if infinitive {
                let verb = cue.end + 1
                let withheld = verb < clause.range.upperBound && vocabulary.hostileForms.contains(clause.tokens[verb].lower)
                targets = withheld ? [] : objects(in: [], after: verb + 1, within: 8, holders: holders)
            } else {
                targets = objects(in: [], after: cue.end, within: 3, holders: holders)
            }
            if targets.isEmpty, let demander = discourse.demander(of: holders) { return ([demander], .demander) }
            return (targets, .object)
        case .departure, .accession:
            // "joined forces in an alliance": cooperation, not membership.
            if cue.entry.kind == .accession, cue.end < clause.range.upperBound,
               vocabulary.joiningIdioms.contains(clause.tokens[cue.end].lower) {
                return ([], .organisation)
            }
            let left = objects(in: cue.gaps, after: cue.end, within: 4, holders: holders).filter { vocabulary.organisations.contains($0) }
            if !left.isEmpty { return (left, .organisation) }
            // "froze its participation in the Russian-led CSTO": past an
            // actor modifying the organisation.
            let end = min(cue.end + 6, clause.range.upperBound)
            for k in cue.end..<end {
                if clause.isBreak(k) { break }
                if let m = clause.mention(covering: k), m.start == k, let actor = m.actor, vocabulary.organisations.contains(actor),
                   !holders.contains(actor) {
                    return ([actor], .organisation)
                }
            }
            return ([], .organisation)
        default:
            if let first = cue.words.first, vocabulary.denials.contains(first) {
                return denialTargets(cue, holders: holders)
            }
            // "protect its citizens from X": X is the threat, not the protected.
            let shielding = cue.words.first.map { vocabulary.protectionForms.contains($0) } ?? false
            var targets = objects(in: cue.gaps, after: cue.end, holders: holders,
                                  supporting: cue.entry.relation == .supports, shielding: shielding)
            // "Turkey warned it could block ...": the holder itself is no
            // one warned; what it says it will do is.
            if cue.entry.relation == .warns, targets.allSatisfy(holders.contains) { targets = [] }
            if targets.isEmpty, let relative = objectRelative(before: cue, holders: holders) {
                return ([relative], .relative)
            }
            if targets.isEmpty, let owner = appositiveActOwner(before: cue, holders: holders) { return ([owner], .act) }
            if targets.isEmpty, cue.entry.relation != .warns, namesAgreement(at: cue.end),
               let parties = discourse.agreementParties(besides: holders) {
                return (parties, .agreement)
            }
            if targets.isEmpty, let owner = earlierOwner(ofPhraseAt: cue.end, holders: holders) {
                return ([owner], .act)
            }
            if targets.isEmpty, cue.entry.relation != .supports, startsActNoun(at: cue.end),
               let doer = earlierClauseSubject(before: cue.start, holders: holders) {
                return ([doer], .act)
            }
            if targets.isEmpty, cue.entry.relation != .supports, let doer = frontedActOwner(before: cue.start, holders: holders) {
                return ([doer], .act)
            }
            if targets.isEmpty, cue.entry.relation != .supports, startsActNoun(at: cue.end),
               let owner = discourse.actOwner(against: holders) {
                return ([owner], .act)
            }
            if targets.isEmpty, cue.entry.relation == .warns, let threatened = conditionSubject(after: cue.end, holders: holders) {
                return (threatened, .condition)
            }
            if targets.isEmpty, cue.entry.relation == .warns, let warned = complementSubject(after: cue.end, holders: holders) {
                return (warned, .complement)
            }
            // "Beijing hit back, saying Manila had provoked the incident".
            if targets.isEmpty, let said = sayingSubject(after: cue.end, holders: holders) { return (said, .complement) }
            // "condemned Iran's seizure of the tanker and warned of consequences".
            if targets.isEmpty, cue.entry.relation == .warns, let earlier = discourse.earlierTarget(of: holders) {
                return ([earlier], .sharedTarget)
            }
            return (targets, .object)
        }
    }
}
