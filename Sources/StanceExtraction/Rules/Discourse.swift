/// What earlier sentences of the article said that later cues answer: the
/// demands a refusal rebuffs ("she refused to do so") and the accusations a
/// denial rejects ("Moscow dismissed the accusation").
struct Discourse: Sendable {
    /// Holders of demands, most recent last.
    var demanders: [String] = []
    /// Accusers and whom they accused, most recent last.
    var accusations: [(accuser: String, accused: String)] = []
    /// Hostile stances found so far (opposes, warns), most recent last, with
    /// their sentence: what "the seizure", "the move" may refer back to.
    var acts: [(source: String, target: String, sentence: Int)] = []
    /// The sentence being read.
    var sentence = 0

    /// Whose act a definite act noun ("condemned the seizure", "the sanctions
    /// were denounced by X") refers to: the latest hostile stance of the last
    /// three sentences that involves someone else. If it was done to the
    /// holder, its doer ("Iran seized a British ship ... Britain slammed the
    /// seizure"); else the one it was aimed at ("Wellington accused Beijing
    /// of hacking ... Canberra condemned the activity").
    func actOwner(against holders: [String]) -> String? {
        for act in acts.reversed() {
            if sentence - act.sentence > 3 { return nil }
            if holders.contains(act.target) { return holders.contains(act.source) ? nil : act.source }
            if !holders.contains(act.source) { return act.target }
        }
        return nil
    }

    /// Whoever last accused one of `holders` (or, failing that, anyone).
    func accuser(of holders: [String]) -> String? {
        accusations.last { holders.contains($0.accused) }?.accuser
    }

    /// Records what a cue's findings add to the discourse.
    mutating func note(_ cue: CueMatch, found: [StanceFinding], holder: @autoclosure () -> String?,
                       vocabulary: RuleVocabulary) {
        guard let first = cue.words.first else { return }
        if vocabulary.demandVerbs.contains(first), let holder = found.first?.key.source ?? holder() {
            demanders.append(holder)
        }
        if vocabulary.accusations.contains(first) {
            for finding in found { accusations.append((finding.key.source, finding.key.target)) }
        }
        for finding in found where finding.key.relation != .supports {
            acts.append((finding.key.source, finding.key.target, sentence))
        }
    }
}
