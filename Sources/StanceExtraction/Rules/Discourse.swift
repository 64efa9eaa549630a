/// What earlier sentences of the article said that later cues answer: the
/// demands a refusal rebuffs ("she refused to do so") and the accusations a
/// denial rejects ("Moscow dismissed the accusation").
struct Discourse: Sendable {
    /// Demands, most recent last: who demanded, and of whom (nil when the
    /// demand named no actor).
    var demands: [(demander: String, addressee: String?)] = []
    /// Accusers and whom they accused, most recent last.
    var accusations: [(accuser: String, accused: String)] = []
    /// Hostile stances found so far (opposes, warns), most recent last, with
    /// their sentence: what "the seizure", "the move" may refer back to.
    var acts: [(source: String, target: String, sentence: Int, deed: Bool)] = []
    /// Agreements reported so far, most recent last: their parties and
    /// sentence ("Chad and Niger signed a pact").
    var agreements: [(parties: [String], sentence: Int)] = []
    /// The subject of the latest sentence that reported no hostile act, and
    /// that sentence.
    var lastSubject: (actor: String, sentence: Int)?
    /// The sentence being read.
    var sentence = 0

    /// Demands and accusations remembered: a refusal or a denial answers
    /// one of the latest, and an article that piles up more (a scraped
    /// page of thousands of sentences) must not make every sentence copy
    /// them all.
    static let remembered = 32

    /// Moves to sentence `number`, forgetting what no rule looks back to:
    /// acts more than three sentences old (`actOwner`, `opponent`) and all
    /// but the `remembered` latest demands and accusations (`note` keeps
    /// only the latest agreement, all `agreementParties` reads). Keeps the work per
    /// sentence bounded, so an article's time grows with its length only.
    mutating func startSentence(_ number: Int) {
        sentence = number
        // (`noteSubject` asks whether the latest act is of this sentence: no
        // act at all answers as an old one would.)
        acts.removeAll { number - $0.sentence > 3 }
        if demands.count > Self.remembered { demands.removeFirst(demands.count - Self.remembered) }
        if accusations.count > Self.remembered {
            accusations.removeFirst(accusations.count - Self.remembered)
        }
    }

    /// Whom "the deal" refers to: the parties, other than `holders`, of the
    /// latest agreement reported in the last five sentences.
    func agreementParties(besides holders: [String]) -> [String]? {
        guard let last = agreements.last, sentence - last.sentence <= 5 else { return nil }
        let parties = last.parties.filter { !holders.contains($0) }
        return parties.isEmpty ? nil : parties
    }

    /// Whose act a definite act noun ("condemned the seizure", "the sanctions
    /// were denounced by X") refers to: the latest hostile stance of the last
    /// three sentences that involves someone else. If it was done to the
    /// holder, its doer ("Iran seized a British ship ... Britain slammed the
    /// seizure"); else the one it was aimed at ("Wellington accused Beijing
    /// of hacking ... Canberra condemned the activity").
    /// A deed ("Iran seized a tanker") is its doer's; a stance about one
    /// ("Wellington accused Beijing of hacking") points at the deed's owner
    /// through its target. With no such stance, the subject of the sentence
    /// before, if it reported no act ("Japan raised its defence budget.
    /// China criticised the move.").
    func actOwner(against holders: [String]) -> String? {
        for act in acts.reversed() {
            if sentence - act.sentence > 3 { break }
            if act.deed || holders.contains(act.target) {
                if !holders.contains(act.source) { return act.source }
            } else if !holders.contains(act.target) {
                return act.target
            }
        }
        return previousSubject(besides: holders)
    }

    /// Who last turned against one of `holders` in the last three sentences:
    /// whom a rejected accusation comes from when none was reported as one
    /// ("NATO warned Moscow ... Russia rejected the accusations"). A deed
    /// done to someone else accuses no one ("Kyiv shelled the plant. India
    /// rejected the allegation" opposes neither). With none, the subject of
    /// the sentence before, if it reported no act ("China's embassy voiced
    /// concern over the pact. Australia dismissed the criticism.").
    func opponent(of holders: [String]) -> String? {
        for act in acts.reversed() {
            if sentence - act.sentence > 3 { break }
            if holders.contains(act.target), !holders.contains(act.source) { return act.source }
        }
        return previousSubject(besides: holders)
    }

    /// Whom one of `holders` opposed or warned earlier in the sentence being
    /// read: "Britain condemned Iran's seizure of the tanker and warned of
    /// serious consequences" warns Iran.
    func earlierTarget(of holders: [String]) -> String? {
        acts.last { $0.sentence == sentence && holders.contains($0.source) && !$0.target.isEmpty
            && !holders.contains($0.target) }?.target
    }

    /// Whoever last accused one of `holders` (or, failing that, anyone
    /// but them): "Ukraine accused Iran of arming Russia. Russia denied the
    /// accusation."
    func accuser(of holders: [String]) -> String? {
        accusers(of: holders).last
    }

    /// `accuser(of:)` with the co-accusers of the same accusation: the run
    /// of accusations of the same accused recorded together ("Mali, Niger
    /// and Chad accused ECOWAS ... The bloc dismissed the accusations"
    /// answers all three).
    func accusers(of holders: [String]) -> [String] {
        guard let index = accusations.lastIndex(where: { holders.contains($0.accused) })
                ?? accusations.lastIndex(where: { !holders.contains($0.accuser) }) else { return [] }
        let accused = accusations[index].accused
        var first = index
        while first > 0, accusations[first - 1].accused == accused, !holders.contains(accusations[first - 1].accuser) {
            first -= 1
        }
        return accusations[first...index].map(\.accuser)
    }

    /// Whoever last made a demand of one of `holders`, or a demand of no one
    /// named: a refusal answers it ("Chile demanded that Peru withdraw. Peru
    /// refused." opposes Chile; Bolivia refusing something answers nobody).
    func demander(of holders: [String]) -> String? {
        demands.last { $0.addressee.map(holders.contains) ?? true }?.demander
    }

    /// The subject of the sentence just before, if that sentence reported no
    /// act and the subject is none of `holders`: the fallback of `actOwner`
    /// and `opponent`.
    private func previousSubject(besides holders: [String]) -> String? {
        guard let last = lastSubject, last.sentence == sentence - 1, !holders.contains(last.actor) else { return nil }
        return last.actor
    }

    /// Records the subject of a sentence that reported no hostile act as
    /// the doer of whatever it did: "Japan raised its defence budget. China
    /// criticised the move." refers the move to Japan.
    /// Only a fallback: an act a cue reported in the last three sentences
    /// comes first.
    mutating func noteSubject(_ actor: String?) {
        guard let actor, acts.last?.sentence != sentence else { return }
        lastSubject = (actor, sentence)
    }

    /// Records what a cue's findings add to the discourse.
    mutating func note(_ cue: CueMatch, found: [StanceFinding], holder: @autoclosure () -> String?,
                       vocabulary: RuleVocabulary) {
        guard let first = cue.words.first else { return }
        if vocabulary.demandVerbs.contains(first), let holder = found.first?.key.source ?? holder() {
            if found.isEmpty { Self.remember((holder, nil), in: &demands, same: ==) }
            for finding in found { Self.remember((finding.key.source, finding.key.target), in: &demands, same: ==) }
        }
        // (Each word list below is asked only where its answer is used:
        // most cues find nothing, and each ask hashes the lemma again.)
        if !found.isEmpty, vocabulary.accusations.contains(first) {
            for finding in found {
                Self.remember((finding.key.source, finding.key.target), in: &accusations, same: ==)
            }
        }
        let namesAgreement = { cue.words.contains(where: vocabulary.agreementNouns.contains) }
        // "The agreement would make the UAE ...": an agreement the article
        // keeps talking about stays the one "the deal" refers to.
        if found.isEmpty, cue.entry.kind == .mutual, let last = agreements.last, sentence - last.sentence <= 5,
           namesAgreement() {
            agreements[agreements.count - 1].sentence = sentence
        }
        if cue.entry.relation == .supports, !found.isEmpty,
           namesAgreement() || vocabulary.agreementVerbs.contains(first) {
            var parties: [String] = []
            for finding in found {
                for id in [finding.key.source, finding.key.target] where !parties.contains(id) { parties.append(id) }
            }
            // Only the latest is ever read.
            agreements = [(parties, sentence)]
        }
        let hostile = found.contains { $0.key.relation != .supports }
        let deed = (hostile || (found.isEmpty && cue.entry.relation != .supports)) && vocabulary.deeds.contains(first)
        for finding in found where finding.key.relation != .supports {
            Self.remember((finding.key.source, finding.key.target, sentence, deed), in: &acts, same: ==)
        }
        // "Armenia expelled a diplomat. The move ...": a deed with no actor as
        // its target is still its doer's.
        if found.isEmpty, deed, cue.entry.relation != .supports, let doer = holder() {
            Self.remember((doer, "", sentence, true), in: &acts, same: ==)
        }
    }

    /// Appends `entry` as the most recent, dropping an earlier equal one.
    ///
    /// Why: the lists are read only for their latest entry that satisfies
    /// some test of its fields, which an earlier equal entry never changes,
    /// so each list stays as long as the distinct entries in it rather than
    /// the findings of the article. The rules' context holds a copy of the
    /// discourse while a cue is noted, so every append copies the list: an
    /// article repeating one sentence 40,000 times took 46 s.
    private static func remember<T>(_ entry: T, in list: inout [T], same: (T, T) -> Bool) {
        if let index = list.lastIndex(where: { same($0, entry) }) { list.remove(at: index) }
        list.append(entry)
    }
}
