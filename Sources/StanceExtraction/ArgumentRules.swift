import StanceModel
import StanceOntology

/// Turns the cues of one sentence into stance findings by locating each
/// cue's holder (source) and target in the sentence's mentions.
///
/// The rules approximate English clause structure without a parser:
/// a verb's subject is the mention right before it, past auxiliaries and
/// adverbs; its object is the first mention after it in the clause, with
/// the actors coordinated with it; a noun cue's holder is its owner ("Moscow's
/// backing") or the clause's subject. Whatever the rules cannot place gives
/// no edge: a wrong edge costs a user more than a missing one.
struct ArgumentRules {
    let clause: Clause
    /// Speaker of the quote around a token, if any.
    let speakerAt: (Int) -> Mention?
    /// Holders of demands earlier in the article, most recent last, for
    /// refusals ("something the prime minister refused to do").
    let demanders: [String]
    /// The word lists the rules consult.
    let vocabulary: RuleVocabulary

    enum Subject {
        case mention(Mention)
        /// "Russia backs China, warns Japan": the subject of the earlier verb.
        case shared
        case none
    }

    func findings(for cue: CueMatch) -> [StanceFinding] {
        let relation = isAnnouncedForce(cue) ? .warns : cue.entry.relation
        var pairs: [(String, String, String)] = []   // source, target, rule
        var negated = cueIsNegated(cue)
        switch cue.entry.kind {
        case .verb, .refusal, .departure:
            if let passive = passive(cue) {
                pairs = passive
                break
            }
            let (subject, skippedNegation) = adjacentSubject(before: cue.start)
            negated = negated || skippedNegation
            let holder: Mention?
            var rule = cue.entry.kind.rawValue   // verb, refusal or departure
            var shared = false
            switch subject {
            case .mention(let m) where isControlledObject(m, cue: cue):
                // "the League urged the Community to support X": the one who
                // urges holds the stance, not the one urged.
                holder = clauseSubject(before: m.start); rule += ":controller"
            case .mention(let m): holder = m; rule += ":subject"
            case .shared: holder = mainSubject(before: cue.start); rule += ":shared-subject"; shared = true
            case .none: holder = nil
            }
            guard let source = holder?.actor else { return [] }
            var targets: [String]
            if cue.entry.kind == .refusal {
                // "refused Japan's demand" names the demander; "refused to
                // meet Jordan's king" rebuffs the king's state; "refused to
                // condemn X" only withholds a stance: no edge toward X, and
                // the refusal answers the demander, if any.
                let infinitive = cue.end < clause.range.upperBound && clause.tokens[cue.end].lower == "to"
                if infinitive {
                    let verb = cue.end + 1
                    let withheld = verb < clause.range.upperBound && vocabulary.hostileForms.contains(clause.tokens[verb].lower)
                    targets = withheld ? [] : objects(in: [], after: verb + 1, within: 8)
                } else {
                    targets = objects(in: [], after: cue.end, within: 3)
                }
                if targets.isEmpty, let demander = demanders.last {
                    targets = [demander]
                    rule += "-demander"
                } else {
                    rule += "-object"
                }
            } else if cue.entry.kind == .departure {
                targets = objects(in: cue.gaps, after: cue.end, within: 4).filter { vocabulary.organisations.contains($0) }
                rule += "-organisation"
            } else {
                targets = objects(in: cue.gaps, after: cue.end)
                rule += "-object"
            }
            // "Ithilen and the government of Gondor warned ...": every conjunct.
            var sources = holder.map { [source] + conjuncts(before: $0).filter { $0 != source } } ?? [source]
            if shared, let holder {
                // "Egypt and Sudan condemned X, warning ...": the whole subject.
                for actor in coordinated(from: holder, asSubject: true) where !sources.contains(actor) {
                    sources.append(actor)
                }
            }
            pairs = sources.flatMap { s in targets.map { (s, $0, rule) } }
        case .noun:
            guard let (holder, how) = nounHolder(cue), let source = holder.actor else { return [] }
            pairs = objects(in: [], after: cue.end, within: 6).map { (source, $0, "noun:\(how)-object") }
        case .verdict:
            guard case .mention(let subject) = adjacentSubject(before: cue.start).0, let target = subject.actor
            else { return [] }
            if let speaker = speakerAt(cue.start), let source = speaker.actor {
                pairs = [(source, target, "verdict:speaker-subject")]
            } else if let reporter = reporter(before: subject.start), let source = reporter.actor {
                pairs = [(source, target, "verdict:reporter-subject")]
            }
        case .judgement, .manner:
            if cue.entry.kind == .judgement, !isPredicated(cue) { return [] }
            guard let (holder, how) = judge(cue), let source = holder.actor else { return [] }
            let judged = judgedActor(cue, holder: holder)
            pairs = judged.map { [(source, $0, "\(cue.entry.kind.rawValue):\(how)")] } ?? []
        case .mutual:
            let group = participants(cue)
            if group.how == "with", let holder = group.actors.first {
                // "Arnor restores ties with Gondor": the holder's stance only.
                pairs = group.actors.dropFirst().map { (holder, $0, "mutual:with") }
            } else {
                for a in group.actors { for b in group.actors where a != b { pairs.append((a, b, "mutual:\(group.how)")) } }
            }
        }
        guard !negated, !isQuestion, !isHypothetical(cue) else { return [] }
        let cueText = MentionFinder.surface(clause.tokens, cue.start, cue.end)
        let speaker = speakerAt(cue.start)?.surface
        return pairs.compactMap { source, target, rule in
            guard source != target else { return nil }
            return StanceFinding(key: EdgeKey(source: source, relation: relation, target: target),
                                 sentence: clause.range, cue: cueText, rule: rule, speaker: speaker)
        }
    }

    /// "Araghchi said Washington will ...": the subject of the reporting
    /// verb right before a clause.
    func reporter(before start: Int) -> Mention? {
        var k = start - 1
        while k >= clause.range.lowerBound, clause.tokens[k].lower == "that" || clause.tokens[k].belongs(to: .determiner) {
            k -= 1
        }
        guard k >= clause.range.lowerBound, clause.tokens[k].belongs(to: .reporting),
              case .mention(let m) = adjacentSubject(before: k).0 else { return nil }
        return m
    }

    /// A cue inside what an earlier verb cue of its clause is about states
    /// no stance of its own: "welcomed the resumption of ties between A and
    /// B" (a mutual cue under a verb) says nothing of A and B; "threatened to
    /// break off relations with X" (an act under a warning) is a threat, which
    /// the warning already states.
    func isGoverned(_ cue: CueMatch, among matches: [CueMatch]) -> Bool {
        guard cue.entry.kind == .mutual || cue.entry.relation == .opposes else { return false }
        let start = clause.clauseStart(cue.start)
        return matches.contains { governor in
            guard governor.entry.kind == .verb, governor.end <= cue.start, start <= governor.start else { return false }
            return cue.entry.kind == .mutual || governor.entry.relation == .warns
        }
    }

    /// "wants to attack", "will strike": force announced, not used.
    func isAnnouncedForce(_ cue: CueMatch) -> Bool {
        guard cue.entry.relation == .opposes, cue.entry.kind == .verb,
              vocabulary.forceForms.contains(clause.tokens[cue.start].lower) else { return false }
        let floor = max(clause.range.lowerBound, cue.start - 3)
        return (floor..<cue.start).contains { vocabulary.threatMarkers.contains(clause.tokens[$0].lower) }
    }

    /// A cue inside an "if" or "unless" clause states a condition, not a
    /// stance: "will retaliate if Gondor attacks Arnor" says nothing yet
    /// about Gondor and Arnor.
    func isHypothetical(_ cue: CueMatch) -> Bool {
        let start = clause.clauseStart(cue.start)
        guard start - 1 >= clause.range.lowerBound else { return false }
        return ["if", "unless"].contains(clause.tokens[start - 1].lower)
    }

    var isQuestion: Bool {
        clause.tokens[clause.range].last(where: { $0.kind == .punctuation })?.text == "?"
    }

    /// A negator inside the cue's own words counts only when the pattern
    /// does not spell it ("has not renounced force" is itself the cue).
    func cueIsNegated(_ cue: CueMatch) -> Bool {
        let spelled = cue.words.contains { Clause.negators.contains($0) }
        if spelled { return false }
        let before = cue.start - 1
        guard before >= clause.range.lowerBound else { return false }
        if clause.isNegating(before) { return true }
        // "no major support for", "lack of support for"
        if cue.entry.kind == .noun || cue.entry.kind == .mutual {
            // "failed to reach an agreement", "without a pact"
            for k in stride(from: before, through: max(clause.range.lowerBound, before - 3), by: -1) {
                let word = clause.tokens[k].lower
                if vocabulary.reversals.contains(word) || word == "without" || word == "failed" || word == "fail"
                    || clause.isNegating(k) { return true }
            }
            let word = clause.tokens[before].lower
            if word == "of", before - 1 >= clause.range.lowerBound,
               ["lack", "absence", "withdrawal", "end"].contains(clause.tokens[before - 1].lower) { return true }
        }
        return false
    }
}
