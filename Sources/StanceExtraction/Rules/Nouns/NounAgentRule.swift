import StanceOntology

/// "Support for Ukraine from Poland remains strong", "condemnation from
/// Uganda of Kenya's move", "criticism of Kyiv by Moscow": a noun cue whose
/// holder is named after it, by "from" or "by", holds toward the actor it
/// is about (the first actor after the cue that is not the holder).
struct NounAgentRule: HolderRule {
    static let name = RuleName.agent
    static let kinds: Set<CueEntry.Kind> = [.noun]

    func apply(to cue: CueMatch, in context: RuleContext) -> RuleOutcome {
        guard case .none = context.nounOwner(cue), let agent = context.nounAgent(after: cue) else { return .notMine }
        let label = self.label(cue, route: .object)
        // The target: before the agent ("support for Ukraine from Poland"),
        // else after it ("condemnation from Uganda of Kenya's move").
        var targets = context.objects(in: [], after: cue.end, within: 6, holders: agent.actors)
            .filter { !agent.actors.contains($0) }
        if targets.isEmpty {
            targets = context.objects(in: [], after: agent.extent, within: 6, holders: agent.actors)
                .filter { !agent.actors.contains($0) }
        }
        return .placed(agent.actors.flatMap { s in targets.map { Placement(source: s, target: $0, rule: label) } })
    }
}

extension RuleContext {
    /// The actor after "from" or "by" (past determiners) within a few words
    /// after a noun cue, before any break.
    func nounAgent(after cue: CueMatch) -> Mention? {
        let end = min(clause.range.upperBound, cue.end + 8)
        var k = cue.end
        while k + 1 < end {
            let token = clause.tokens[k]
            if clause.isBreak(k) || token.text == "," { return nil }
            if token.lower == "from" || token.lower == "by",
               let m = actor(afterPreposition: k, before: end), m.agentive || m.form == .name {
                return m
            }
            k += 1
        }
        return nil
    }
}
