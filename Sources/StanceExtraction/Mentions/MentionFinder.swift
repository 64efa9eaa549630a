import StanceModel
import StanceOntology

/// Finds the phrases that name actors: longest match against the ontology,
/// then growth to the whole phrase that speaks for the actor ("Russian" +
/// "Security Council" + "Secretary" + "Sergei Shoigu" is one mention).
struct MentionFinder: Sendable {
    let lexicon: ActorLexicon

    /// "the OAS, a regional body that": the articles that open an apposition.
    let appositionArticles: StringSet

    /// Nouns of acts, singular and plural ("offensive", "sanctions"): "the
    /// US sanctions, which Cuba denounced" refers back to the US.
    /// (`RuleVocabulary.actNounForms`, shared.)
    var actNouns = StringSet([])

    /// The mentions of an article; `date` (YYYY-MM-DD), when known, keeps
    /// only the officials in office that day.
    func find(in tokens: [Token], date: String? = nil) -> [Mention] {
        // The date read once for the article, not at every name matched.
        let day = Self.officeDay(date)
        var mentions: [Mention] = []
        var i = 0
        while i < tokens.count {
            if let skip = lexicon.nonActors.longestMatch(in: tokens, at: i) {
                i = skip.end
                continue
            }
            if let skip = lexicon.media.longestMatch(in: tokens, at: i) {
                i = skip.end
                continue
            }
            if let match = lexicon.actors.longestMatch(in: tokens, at: i),
               let entry = Self.unambiguous(match.payloads, on: day) {
                if entry.form == .adjective, i > 0, lexicon.ethnicMarkers.contains(tokens[i - 1].lower) {
                    // "ethnic Turks": people, not their state.
                    i = match.end
                    continue
                }
                var mention = Mention(start: i, end: match.end, extent: match.end, actor: entry.actor,
                                      form: entry.form, possessive: false, agentive: false,
                                      title: entry.title, surface: "")
                let modifier = i >= 2 && tokens[i].attached && tokens[i - 1].isMark("-")
                    && tokens[i - 1].attached && tokens[i - 2].isWord
                grow(&mention, entry: entry, in: tokens, day: day)
                headBefore(&mention, tokens, after: mentions.last?.extent ?? 0)
                mention.agentive = mention.agentive && !modifier
                mention.surface = Self.surface(tokens, mention.start, mention.end)
                mentions.append(mention)
                i = mention.extent
                continue
            }
            if tokens[i].belongs(to: .relative), let antecedent = relativeAntecedent(tokens, at: i, mentions: mentions) {
                var relative = Mention(start: i, end: i + 1, extent: i + 1, actor: antecedent.actor,
                                       form: .relative, possessive: false, agentive: antecedent.agentive,
                                       title: antecedent.title, surface: tokens[i].text)
                // "Seoul, Tokyo and Washington, which said": the whole list.
                relative.group = Self.conjunctsBefore(mentions, tokens).filter { $0 != antecedent.actor }
                mentions.append(relative)
            }
            i += 1
        }
        shareHeads(&mentions, tokens)
        absorbNamedHolders(&mentions, tokens)
        demoteClassifiers(&mentions, tokens)
        return mentions
    }

    /// "Former President Trump", "Japan's former prime minister", "ex-
    /// president X": someone who no longer holds the office speaks for no
    /// state (the annotation standard's settled cases). Run after people
    /// are learned, whose mentions it judges too.
    func demoteFormerHolders(_ mentions: inout [Mention], _ tokens: [Token]) {
        for index in mentions.indices {
            let m = mentions[index]
            guard m.agentive, m.form == .official || m.title != nil
                    || (m.start..<m.end).contains(where: { lexicon.titles.longestMatch(in: tokens, at: $0) != nil })
            else { continue }
            var marked = (m.start..<m.end).contains { lexicon.formerMarkers.contains(tokens[$0].lower) }
            // Up to three words before: "Former President", "ex - president".
            var k = m.start - 1
            while !marked, k >= 0, k >= m.start - 3, tokens[k].isWord || tokens[k].isMark("-") {
                if lexicon.formerMarkers.contains(tokens[k].lower) { marked = true }
                if index > 0, k < mentions[index - 1].extent { break }
                k -= 1
            }
            if marked { mentions[index].agentive = false }
        }
    }

    /// "NATO members Norway and Denmark condemned ...": a body of an
    /// organisation standing right before another actor's name classifies
    /// that name; the named actors act, so the body holds no stance.
    func demoteClassifiers(_ mentions: inout [Mention], _ tokens: [Token]) {
        guard mentions.count > 1 else { return }
        for index in 0..<(mentions.count - 1) {
            let a = mentions[index], b = mentions[index + 1]
            guard a.agentive, a.actor != nil, b.actor != nil, b.actor != a.actor, b.start == a.extent,
                  b.form == .name, a.end - a.start >= 2 else { continue }
            let last = tokens[a.end - 1].lower
            let lastTwo = tokens[a.end - 2].lower + " " + last
            guard lexicon.classifierHeads.contains(last) || lexicon.classifierHeads.contains(lastTwo) else { continue }
            mentions[index].agentive = false
        }
    }

    /// "Ithilen's foreign minister Calimehtar": a phrase ending in a title
    /// takes the name right after it; the office speaks for its owner's
    /// actor, whatever the name alone would map to.
    func absorbNamedHolders(_ mentions: inout [Mention], _ tokens: [Token]) {
        var i = 0
        while i + 1 < mentions.count {
            let a = mentions[i], b = mentions[i + 1]
            if a.agentive, a.actor != nil, b.start == a.extent, a.end == a.extent,
               (b.start..<b.end).allSatisfy({ tokens[$0].isCapitalized || !tokens[$0].isWord }),
               (a.start..<a.end).contains(where: { lexicon.titles.longestMatch(in: tokens, at: $0)?.end == a.end }) {
                mentions[i].end = b.end
                mentions[i].extent = b.extent
                mentions[i].possessive = b.possessive
                mentions[i].surface = Self.surface(tokens, a.start, b.end)
                mentions.remove(at: i + 1)
                continue
            }
            i += 1
        }
    }

    /// "Hungarian and Romanian officials": the adjectives share the head,
    /// so both speak.
    func shareHeads(_ mentions: inout [Mention], _ tokens: [Token]) {
        guard mentions.count > 1 else { return }
        for index in stride(from: mentions.count - 2, through: 0, by: -1) {
            let m = mentions[index], next = mentions[index + 1]
            guard m.form == .adjective, !m.agentive, !m.possessive, m.end == m.start + 1,
                  next.form == .adjective || next.form == .official, next.agentive,
                  next.start - m.end == 1 || next.start - m.end == 2 else { continue }
            let joiners = tokens[m.end..<next.start].map(\.lower)
            guard joiners == ["and"] || joiners == [","] || joiners == [",", "and"] || joiners == ["or"] else { continue }
            mentions[index].agentive = true
            mentions[index].title = next.title
        }
    }

    /// An article's date as `Official.holdsOffice(on:)` reads it: nil for
    /// no date, and for text that is no date (which accepts everyone).
    static func officeDay(_ date: String?) -> OfficeDate? {
        guard let date else { return nil }
        return OfficeDate(date) ?? SeenDate.day(date).flatMap { OfficeDate($0) }
    }

    /// A phrase that names different actors (a "Congo" listed for two
    /// states) is left out rather than guessed. One pass over the entries,
    /// with no array built; the date is read once per article (`officeDay`).
    static func unambiguous(_ entries: [ActorLexicon.Entry], on day: OfficeDate?) -> ActorLexicon.Entry? {
        // A person who held offices for two actors speaks for the one they
        // served on the article's date (for an undated article, any).
        var first = -1, official = -1, name = -1
        for index in entries.indices {
            if let day, let office = entries[index].office, !office.holdsOffice(on: day) { continue }
            if first < 0 {
                first = index
            } else if entries[index].actor != entries[first].actor {
                return day == nil ? latestOffice(entries) : nil
            }
            if official < 0 && entries[index].form == .official { official = index }
            if name < 0 && entries[index].form == .name { name = index }
        }
        guard first >= 0 else { return nil }
        return entries[official >= 0 ? official : name >= 0 ? name : first]
    }

    /// Undated, a person who held offices for two actors (a leader whose
    /// movement became the government) is taken in the latest office; nil
    /// unless every entry is such a dated office.
    static func latestOffice(_ entries: [ActorLexicon.Entry]) -> ActorLexicon.Entry? {
        func start(_ e: ActorLexicon.Entry) -> [Int] {
            guard let from = e.office?.from else { return [] }
            return [from.year, from.month ?? 0, from.day ?? 0]
        }
        guard entries.allSatisfy({ $0.office?.from != nil }) else { return nil }
        return entries.max {
            start($0).lexicographicallyPrecedes(start($1)) || (start($0) == start($1) && $0.actor < $1.actor)
        }
    }

    /// Extends a mention over possessive markers, agent heads and official
    /// names, and decides whether it can hold a stance.
    func grow(_ mention: inout Mention, entry: ActorLexicon.Entry, in tokens: [Token], day: OfficeDate?) {
        var headed = false
        while true {
            var next = mention.end
            let owner = next < tokens.count && tokens[next].kind == .possessive
            if owner { next += 1 }
            // A phrase never runs on past a line break (a headline's last
            // word and the lead's first are no phrase).
            if next < tokens.count, tokens[next].newlinesBefore > 0 { break }
            // "the Saudi-led coalition", "US-led forces": what an actor leads
            // speaks for it ("Iran-backed militias" do not).
            if !owner, next + 2 < tokens.count, tokens[next].isMark("-"), tokens[next].attached,
               tokens[next + 1].attached, lexicon.leadingParticiples.contains(tokens[next + 1].lower),
               let (_, head) = headAfterModifiers(tokens, from: next + 2, owner: false) {
                mention.end = head.end
                headed = true
                continue
            }
            if let (skipped, head) = headAfterModifiers(tokens, from: next, owner: owner) {
                if let title = lexicon.titles.longestMatch(in: tokens, at: skipped), title.end == head.end {
                    mention.title = title.payloads.first
                }
                // "the Taliban government": a movement governing a state speaks for it.
                if let actor = mention.actor, let state = lexicon.governs[actor], head.end > skipped,
                   lexicon.governingHeads.contains(tokens[head.end - 1].lower) {
                    mention.actor = state
                }
                mention.end = head.end
                headed = true
                continue
            }
            if let person = lexicon.actors.longestMatch(in: tokens, at: next),
               let found = Self.unambiguous(person.payloads, on: day),
               found.actor == mention.actor, found.form == .official, headed || !owner {
                mention.end = person.end
                mention.form = .official
                mention.title = found.title ?? mention.title
                headed = true
                continue
            }
            break
        }
        mention.possessive = mention.end < tokens.count && tokens[mention.end].kind == .possessive
        mention.extent = mention.possessive ? mention.end + 1 : mention.end
        if !headed, !mention.possessive, mention.form == .name, isModifier(tokens, at: mention.end) {
            // "Arnor cleric", "Japan defense budget": the name modifies a noun.
            mention.agentive = false
            return
        }
        switch mention.form {
        case .adjective:
            let plural = mention.end - mention.start == 1 && tokens[mention.start].lowerHasSuffix("s")
            mention.agentive = (headed || plural) && !mention.possessive
        default:
            mention.agentive = !mention.possessive
        }
    }

    /// A body that speaks for the owner, possibly after a few adjectives:
    /// "China's top diplomat", "the state's awful and evil minister".
    /// Free adjectives are allowed only after an owner ("Japan's"), where no
    /// verb can intervene; after a bare name only the usual modifiers are.
    func headAfterModifiers(_ tokens: [Token], from start: Int, owner: Bool) -> (Int, (end: Int, payloads: [Bool]))? {
        var k = start
        for _ in 0...3 {
            if let head = lexicon.agentHeads.longestMatch(in: tokens, at: k) { return (k, head) }
            guard k < tokens.count else { return nil }
            let token = tokens[k]
            let free = owner && !token.belongs(to: .verbLike) && !token.lowerHasSuffix("ed")
            let adjective = token.kind == .word && !token.isCapitalized
                && (token.belongs(to: .headModifier) || free || (owner && token.lower == "and"))
            // "the Iraqi Joint Operations Command": capitalised words of a
            // body's title before its head, naming no actor themselves.
            let titled = token.kind == .word && token.isCapitalized && !token.isAllCaps
                && lexicon.actors.longestMatch(in: tokens, at: k) == nil
            guard adjective || titled else { return nil }
            k += 1
        }
        return nil
    }

    /// "the government of Gondor", "the foreign minister of Chile",
    /// "ministers from Japan": a body named before its owner also speaks for it.
    func headBefore(_ mention: inout Mention, _ tokens: [Token], after floor: Int) {
        guard !mention.possessive, mention.start >= 2 else { return }
        // "a spokesman for the Iranian foreign ministry": past one determiner.
        var preposition = mention.start - 1
        if tokens[preposition].belongs(to: .determiner), preposition - 1 >= max(floor, 1) { preposition -= 1 }
        // (The lexicon's lists as the tokens' word classes: no string hashed.)
        if tokens[preposition].belongs(to: .seatPreposition) {
            // "officials in Beijing": one head, with nobody's name just before it.
            let start = preposition - 1
            guard start >= floor, tokens[start].belongs(to: .seatedHead),
                  floor == 0 || floor < start - 2, start == 0 || tokens[start - 1].kind != .possessive else { return }
            mention.start = start
            mention.agentive = true
            mention.surface = Self.surface(tokens, start, mention.end)
            return
        }
        guard tokens[preposition].belongs(to: .ownerPreposition) else { return }
        // The longest head first: "the secretary-general of", not "general of".
        for length in stride(from: 3, through: 1, by: -1) where preposition - length >= floor {
            let start = preposition - length
            if let head = lexicon.agentHeads.longestMatch(in: tokens, at: start), head.end == preposition {
                if let title = lexicon.titles.longestMatch(in: tokens, at: start), title.end == head.end {
                    mention.title = title.payloads.first
                }
                mention.start = start
                mention.agentive = true
                mention.surface = Self.surface(tokens, start, mention.end)
                return
            }
        }
    }

    /// A lower-case word that is no verb, adverb or function word.
    func isModifier(_ tokens: [Token], at k: Int) -> Bool {
        guard k < tokens.count, tokens[k].kind == .word, !tokens[k].attached else { return false }
        let word = tokens[k].lower
        guard !tokens[k].isCapitalized, word.count > 2 else { return false }
        if tokens[k].belongs(to: .verbLike) || tokens[k].lowerHasSuffix("ly") || tokens[k].lowerHasSuffix("ed")
            || tokens[k].lowerHasSuffix("s") {
            return false
        }
        return true
    }

    /// The actors coordinated with the last mention ("Seoul, Tokyo and
    /// Washington"), nearest first, not counting the last itself.
    static func conjunctsBefore(_ mentions: [Mention], _ tokens: [Token]) -> [String] {
        var result: [String] = []
        var index = mentions.count - 1
        while index >= 1 {
            let previous = mentions[index - 1], next = mentions[index]
            guard let actor = previous.actor, previous.extent < next.start,
                  (previous.extent..<next.start).allSatisfy({ tokens[$0].isMark(",") || tokens[$0].belongs(to: .coordinator)
                      || tokens[$0].belongs(to: .determiner) })
            else { break }
            if !result.contains(actor) { result.append(actor) }
            index -= 1
        }
        return result
    }

    /// "China — which ..." or "Shoigu, who ...": the mention just before.
    func relativeAntecedent(_ tokens: [Token], at i: Int, mentions: [Mention]) -> Mention? {
        guard let last = mentions.last, last.actor != nil else { return nil }
        if tokens[i].lower != "that", i >= 2, [",", "—", "–", "("].contains(tokens[i - 1].text), last.extent == i - 1 {
            return last
        }
        // "the Azerbaijani offensive, which ...", "the US sanctions, which":
        // an act owned or modified by the last actor, one or two nouns long.
        if tokens[i].lower != "that", i >= 3, tokens[i - 1].isMark(","), last.extent < i - 1, i - 1 - last.extent <= 2,
           (last.possessive || last.form == .adjective || last.form == .name),
           (last.extent..<(i - 1)).allSatisfy({ tokens[$0].isWord && !tokens[$0].isCapitalized }),
           (last.extent..<(i - 1)).contains(where: { actNouns.contains(tokens[$0].lower) }) {
            return last
        }
        // "the OAS, a regional body that has accused": an apposition
        // (a determiner and up to four lowercase words) names the antecedent.
        var k = i - 1
        while k > last.extent, k >= i - 5, tokens[k].isWord, !tokens[k].isCapitalized,
              !appositionArticles.contains(tokens[k].lower) { k -= 1 }
        guard k > last.extent, k < i - 1, appositionArticles.contains(tokens[k].lower),
              k - 1 == last.extent, tokens[k - 1].isMark(",") else { return nil }
        return last
    }

    static func surface(_ tokens: [Token], _ start: Int, _ end: Int) -> String {
        // One token, most mentions and cues: its text itself, not a copy
        // appended to an empty string.
        if end == start + 1 { return tokens[start].text }
        var text = ""
        for k in start..<end {
            if k > start && !tokens[k].attached { text += " " }
            text += tokens[k].text
        }
        return text
    }
}
