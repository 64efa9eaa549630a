import StanceModel
import StanceOntology

/// One pair a holder rule placed: who holds the stance toward whom, and by
/// which route the target was found.
struct Placement {
    var source: String
    var target: String
    /// The rules that placed it; evidence carries `kind:holder-route`.
    var rule: RuleLabel
}

/// The rules behind a finding: the cue's kind, the holder rule and the
/// target route, written `kind:holder-route` ("verb:subject-object").
struct RuleLabel: Hashable, Sendable, CustomStringConvertible {
    var kind: CueEntry.Kind
    var holder: RuleName
    var route: RuleName?

    var description: String {
        // (Concatenation: the same string as interpolating, for a third
        // of the instructions.)
        var text = kind.rawValue + ":" + holder.rawValue
        if let route { text += "-" + route.rawValue }
        return text
    }
}

/// What a holder rule decides for a cue.
enum RuleOutcome {
    /// The construction is not this rule's: the next rule is asked.
    case notMine
    /// The construction is this rule's and yields these pairs (none when its
    /// roles cannot be placed: no later rule guesses instead).
    case placed([Placement], negated: Bool = false)
}

/// A rule that finds the holder of a cue of some kinds, and through the
/// cue kind's route, its targets. Rules are asked in `RuleBook` order; the
/// first that recognises its construction decides.
protocol HolderRule: Sendable {
    static var name: RuleName { get }
    /// The cue kinds the rule reads.
    static var kinds: Set<CueEntry.Kind> { get }
    func apply(to cue: CueMatch, in context: RuleContext) -> RuleOutcome
}

/// A rule that drops a finding: the cue states no stance here.
protocol Veto: Sendable {
    static var name: RuleName { get }
    func vetoes(_ cue: CueMatch, in context: RuleContext) -> Bool
}

extension HolderRule {
    var name: RuleName { Self.name }
    /// `kind:holder-route`, e.g. "verb:subject-object".
    func label(_ cue: CueMatch, route: RuleName? = nil) -> RuleLabel {
        RuleLabel(kind: cue.entry.kind, holder: Self.name, route: route)
    }
}

/// The rules in the order they are asked, and how a cue becomes findings.
struct RuleBook: Sendable {
    /// Vetoes asked before any holder rule.
    static let preVetoes: [any Veto] = [NounUseVeto(), UnpredicatedJudgementVeto()]
    static let holderRules: [any HolderRule] = [
        // Verbs, refusals, departures.
        PassiveRule(), NominalOwnerRule(), ControllerRule(), SubjectRule(), PurposeRule(), SharedSubjectRule(), JoinedRule(), ParticipleRule(),
        InfinitiveRule(),
        // Nouns.
        NounOwnerRule(), NounModifierRule(), NounAgentRule(), NounSubjectRule(), ElidedSubjectRule(), FrontedNounRule(), ReportedNounRule(),
        // Verdicts, judgements and manners.
        VerdictCauserRule(), VerdictSpeakerRule(), VerdictReporterRule(), PossessorRule(), PassiveJudgeRule(), JudgeRule(), QuotedJudgeRule(), ReportedJudgeRule(),
        // Reactions.
        ReactionRule(),
        // Mutual relations.
        MutualBetweenRule(), MutualHyphenRule(), MutualWithRule(), MutualJointSubjectRule(),
    ]
    /// `holderRules` by the cue kinds they read, in the same order: one
    /// lookup per cue instead of a set lookup per rule.
    static let holderRulesByKind: [CueEntry.Kind: [any HolderRule]] = Dictionary(
        uniqueKeysWithValues: CueEntry.Kind.allCases.map { kind in
            (kind, holderRules.filter { type(of: $0).kinds.contains(kind) })
        })
    /// Vetoes asked of every placed finding.
    static let vetoes: [any Veto] = [NegationVeto(), QuestionVeto(), ConditionVeto()]

    /// What became of a cue, for `explain`.
    enum Outcome: Sendable {
        case found
        /// A veto dropped it.
        case vetoed(RuleName)
        /// A rule recognised the construction but could not place both roles.
        case unplaced(RuleName)
        /// No rule recognised the construction.
        case unrecognised
    }

    /// The findings of one cue in one sentence, and what became of it.
    static func findings(for cue: CueMatch, in context: RuleContext) -> ([StanceFinding], Outcome) {
        for veto in preVetoes where veto.vetoes(cue, in: context) { return ([], .vetoed(type(of: veto).name)) }
        var placements: [Placement] = []
        var negated = false
        var placer: RuleName?
        for rule in holderRulesByKind[cue.entry.kind] ?? [] {
            if case .placed(let found, let skippedNegation) = rule.apply(to: cue, in: context) {
                placements = found
                negated = skippedNegation
                placer = type(of: rule).name
                break
            }
        }
        guard let placer else { return ([], .unrecognised) }
        if negated { return ([], .vetoed(.negation)) }
        if placements.isEmpty { return ([], .unplaced(placer)) }
        for veto in vetoes where veto.vetoes(cue, in: context) { return ([], .vetoed(type(of: veto).name)) }
        let blame = StatedBlameShift.relation(of: cue, in: context)
        let relation = blame ?? AnnouncedActShift.relation(of: cue, in: context)
        let shift = blame == nil ? AnnouncedActShift.name : StatedBlameShift.name
        let clause = context.clause
        let cueText = MentionFinder.surface(clause.tokens, cue.start, cue.end)
        let speaker = context.speakerAt(cue.start)?.surface
        let found = placements.compactMap { p -> StanceFinding? in
            guard p.source != p.target else { return nil }
            var finding = StanceFinding(key: EdgeKey(source: p.source, relation: relation, target: p.target),
                                        sentence: clause.range, cue: cueText, rule: p.rule.description, speaker: speaker)
            finding.rules = [p.rule.holder] + (p.rule.route.map { [$0] } ?? [])
            if relation != cue.entry.relation { finding.rules.append(shift) }
            return finding
        }
        return (found, found.isEmpty ? .unplaced(placer) : .found)
    }
}
