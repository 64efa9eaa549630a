/// What earlier sentences of the article said that later cues answer: the
/// demands a refusal rebuffs ("she refused to do so") and the accusations a
/// denial rejects ("Moscow dismissed the accusation").
struct Discourse: Sendable {
    /// Holders of demands, most recent last.
    var demanders: [String] = []
    /// Accusers and whom they accused, most recent last.
    var accusations: [(accuser: String, accused: String)] = []

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
    }
}
