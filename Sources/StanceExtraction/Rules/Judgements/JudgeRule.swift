import StanceOntology

/// "Beijing called Manila's drills provocative", "vowed to take the island
/// by force": the clause's subject judges what the judgement is about (the
/// first actor between judge and judgement, else the first after it).
struct JudgeRule: HolderRule {
    static let name = RuleName.judge
    static let kinds: Set<CueEntry.Kind> = [.judgement, .manner]

    func apply(to cue: CueMatch, in context: RuleContext) -> RuleOutcome {
        guard let holder = context.clauseSubject(before: cue.start) else { return .notMine }
        // "..., with the US envoy calling China's actions reckless": the
        // actor right before the naming verb judges, not the clause's subject.
        if let judge = context.namer(before: cue.start), judge.start > holder.start {
            return .placed(context.judgementPlacements(cue, holder: judge, rule: self))
        }
        // "Russia is the biggest threat to Europe, Tallinn said", "Iran
        // poses a direct threat": a judgement the subject's own verb "is" or
        // "poses" predicates of it judges the subject; whoever says so holds
        // it. (A relational noun, "Egypt remains a key ally of Jordan", is
        // the subject's own tie.)
        if !context.isRelational(cue), context.isPredicated(cue, of: holder) { return .notMine }
        return .placed(context.judgementPlacements(cue, holder: holder, rule: self))
    }
}

extension RuleContext {
    /// The actor right before a naming verb ("the envoy calling") a few
    /// words before `k`.
    func namer(before k: Int) -> Mention? {
        var j = k - 1
        while j > clause.range.lowerBound, j >= k - 8 {
            if vocabulary.namingForms.contains(clause.tokens[j].lower) {
                guard let m = clause.mention(covering: j - 1), m.extent == j, m.actor != nil, !m.possessive else { return nil }
                return m
            }
            if clause.isBreak(j) { return nil }
            j -= 1
        }
        return nil
    }

    /// "ally", "partner", "enemy": a judgement naming a tie of its subject.
    func isRelational(_ cue: CueMatch) -> Bool {
        cue.end > cue.start && vocabulary.relationalNouns.contains(clause.tokens[cue.end - 1].lower)
    }

    /// "Iran poses a threat", "Russia has long been the main danger": the
    /// judgement is predicated of `subject` by a linking or posing verb that
    /// follows it past auxiliaries and adverbs only.
    func isPredicated(_ cue: CueMatch, of subject: Mention) -> Bool {
        guard let k = predicatingVerb(before: cue, from: subject.extent), clause.tokens[k].lower != "as" else { return false }
        var j = k - 1
        while j >= subject.extent, clause.tokens[j].belongs(to: .auxiliary) || clause.tokens[j].lowerHasSuffix("ly") { j -= 1 }
        return j == subject.extent - 1
    }
}

extension RuleContext {
    func judgementPlacements(_ cue: CueMatch, holder: Mention, rule: some HolderRule) -> [Placement] {
        // "Manila and Hanoi condemned what they called ...": every conjunct judges.
        let judges = holder.start < cue.start && clause.range.contains(holder.start)
            ? coordinated(from: holder, asSubject: true) : holder.actors
        guard let target = judgedActor(cue, holder: holder, judges: judges) else { return [] }
        return judges.filter { $0 != target }.map { Placement(source: $0, target: target, rule: rule.label(cue)) }
    }
}
