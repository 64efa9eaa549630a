/// Resolves pronouns, descriptions and a quote's first person to actors,
/// adding them as mentions. Deliberately simple and conservative: a phrase
/// with no clear antecedent stays unresolved and so can carry no edge.
struct Coreference: Sendable {
    let finder: MentionFinder
    var lexicon: ActorLexicon { finder.lexicon }
    /// Description phrases ("the island", "the two countries", "the
    /// North"); a capitalised word must be capitalised in the text.
    let descriptions: PhraseMatcher<String>
    /// The same phrases without their "the", tried after modifiers ("the
    /// Pacific island nation", "the oil-rich kingdom").
    let descriptionTails: PhraseMatcher<String>

    /// The description target that refers to the last actors named together.
    static let groupTarget = "group"
    /// The description target that refers to a body named before ("the
    /// ministry", "the government").
    static let bodyTarget = "body"
    /// The description target that refers to the owner of the act just named.
    static let ownerTarget = "owner"
    /// The description target that refers to the last actor whose
    /// spokesperson was named ("the spokesman added").
    static let spokespersonTarget = "spokesperson"
    /// The heads of the descriptions with that target ("spokesman", ...).
    let spokespersonHeads: Set<String>

    /// "while", "although": words that open a fronted subordinate clause.
    let subordinators: StringSet
    /// "in", "at": prepositions before a place.
    let locatives: StringSet
    /// Forms of "tell", "assure": "Berlin told Moscow that it would ..." is
    /// Berlin speaking of itself ("warned Seoul that it will pay" is not).
    let tellingForms: StringSet
    /// "waters", "airspace": what an owner holds that is no act of its own.
    let territoryNouns: StringSet

    init(finder: MentionFinder, descriptions: [String: String], subordinators: Set<String>, locatives: Set<String>,
         tellingForms: Set<String>, territoryNouns: Set<String>, words: inout WordTable) {
        self.finder = finder
        self.territoryNouns = StringSet(territoryNouns)
        self.tellingForms = StringSet(tellingForms)
        self.subordinators = StringSet(subordinators)
        self.locatives = StringSet(locatives)
        var matcher = PhraseMatcher<String>(caseSensitive: true)
        var tails = PhraseMatcher<String>(caseSensitive: true)
        for (phrase, target) in descriptions {
            matcher.insert(phrase, target, words: &words)
            let parts = phrase.split(separator: " ", maxSplits: 1)
            if parts.count == 2, parts[0].lowercased() == "the" { tails.insert(String(parts[1]), target, words: &words) }
        }
        self.descriptions = matcher
        self.descriptionTails = tails
        spokespersonHeads = Set(descriptions.filter { $0.value == Self.spokespersonTarget }
            .compactMap { $0.key.split(separator: " ").last.map { $0.lowercased() } })
        // The first words of descriptions, so that only their tokens are tried.
        words.add(descriptions.keys.compactMap { $0.split(separator: " ").first.map { $0.lowercased() } },
                  to: .descriptionStart)
    }

    /// Adds resolved pronoun and description mentions to `mentions`.
    func resolve(tokens: [Token], sentenceOf: [Int], mentions: inout [Mention]) {
        var taken = [Bool](repeating: false, count: tokens.count)
        for m in mentions { for k in m.start..<m.extent { taken[k] = true } }
        var added: [Mention] = []
        var history = mentions.sorted { $0.start < $1.start }
        var cursor = 0
        var known: [Mention] = []   // resolved mentions before the current token
        // Tokens inside quotation marks (a straight quote toggles).
        var inQuote = [Bool](repeating: false, count: tokens.count)
        var open = false
        for k in tokens.indices {
            let kind = tokens[k].kind
            if kind == .openQuote { open = true } else if kind == .closeQuote { open = false }
            inQuote[k] = open && kind != .openQuote
        }
        var i = 0
        while i < tokens.count {
            while cursor < history.count && history[cursor].start < i {
                if history[cursor].actor != nil { known.append(history[cursor]) }
                cursor += 1
            }
            guard !taken[i] else { i += 1; continue }
            // Only these words open a pronoun or a description: the rest go
            // on at once, without copying the token.
            guard tokens[i].belongs(to: [.personal, .neuter, .plural, .descriptionStart]) else { i += 1; continue }
            let token = tokens[i]
            var mention: Mention?
            if token.belongs(to: .personal) {
                let possessive = token.lower == "his" || (token.lower == "her" && nextIsNoun(tokens, i))
                let atStart = i == 0 || sentenceOf[i - 1] != sentenceOf[i]
                // A sentence that opens with "He" continues with the last
                // person who spoke or acted, not one named inside a quote
                // or as an object ("lashed out at Trump").
                // (Captured as they are now: a closure stored in a constant
                // that captured the variables themselves would put them in
                // boxes checked for exclusive access at every use.)
                let subjectLike: (Mention) -> Bool = { [known, inQuote] m in
                    guard m.isPerson, !inQuote[m.start], !Self.isGoverned(m, tokens) else { return false }
                    // The first person of its sentence: "that he wanted" after
                    // "He criticised Trump" is not the one the story follows.
                    let sentence = sentenceOf[m.start]
                    return !known.reversed().prefix { sentenceOf[$0.start] >= sentence }.contains { n in
                        n.start < m.start && sentenceOf[n.start] == sentence && n.isPerson && !inQuote[n.start]
                    }
                }
                if atStart, !inQuote[i],
                   let antecedent = Self.recent(known, within: 3, of: sentenceOf[i], sentenceOf, where: subjectLike) {
                    mention = pronoun(i, antecedent, possessive: possessive, tokens)
                } else {
                    // "Orban met Putin, whom he praised": in a relative clause
                    // the pronoun is not the relative's antecedent.
                    let bound = i >= 1 ? known.last { $0.form == .relative && $0.extent == i }?.actor : nil
                    if let antecedent = Self.recent(known, within: 3, of: sentenceOf[i], sentenceOf,
                                                    where: { $0.isPerson && $0.actor != bound }) {
                        mention = pronoun(i, antecedent, possessive: possessive, tokens)
                    }
                }
            } else if token.belongs(to: .neuter) {
                let sentence = sentenceOf[i]
                var inSentence: [Mention] = []
                for m in known.reversed() {
                    if sentenceOf[m.start] != sentence { break }
                    if !m.isPerson { inSentence.insert(m, at: 0) }
                }
                let subject = inSentence.first { $0.agentive }
                let before = Self.skippingTime(before: i, tokens)
                let opensClause = i == 0 || sentenceOf[i - 1] != sentence
                    || tokens[i - 1].belongs(to: .clauseOpener)
                    || (before >= 0 && tokens[before].belongs(to: .reporting))
                var antecedent: Mention?
                let atStart = i == 0 || sentenceOf[i - 1] != sentence
                if let fronted = frontedClauseSubject(i, tokens: tokens, sentenceOf: sentenceOf, known: known) {
                    // "While the council's action was not binding, it did put
                    // pressure on ...": the subject of the fronted clause,
                    // which may be no actor at all.
                    if case .actor(let m) = fronted { antecedent = m }
                } else if atStart, token.lower == "it", let subject = Self.previousSubject(known, of: sentence, sentenceOf, tokens) {
                    // "Ethiopia argues ... . It has also rejected ...": the
                    // subject of the sentence before.
                    antecedent = subject
                } else if token.lower == "its" {
                    // The nearest owner: "praised Fiji for its role".
                    antecedent = inSentence.last { $0.form != .pronoun }
                        ?? Self.recent(known, within: 2, of: sentence, sentenceOf, where: { !$0.isPerson && $0.agentive })
                } else if opensClause {
                    // "Poland said it ...": the subject of the reporting verb,
                    // else the nearest holder in the sentence.
                    // ", saying it ...": the participle's subject is the sentence's.
                    antecedent = reporter(before: i, tokens: tokens, known: known)
                        ?? (Self.followsParticipialReport(i, tokens) ? subject : nil)
                        ?? inSentence.last { $0.agentive }
                        ?? Self.recent(known, within: 2, of: sentence, sentenceOf, where: { !$0.isPerson && $0.agentive })
                } else {
                    // An object pronoun is not its own clause's subject: "Taiwan
                    // said China has not renounced force against it" (Taiwan),
                    // "Russia condemned Ukraine and warned it" (Ukraine).
                    // Of the rest, an object of a verb before an actor met
                    // inside a prepositional phrase: "lashed out at the UAE
                    // over its deal with Israel, accusing it of ..." (the UAE).
                    let local = inSentence.last { $0.agentive && !Self.isGoverned($0, tokens) && !Self.isObjectOfVerb($0, tokens) }
                        ?? subject
                    let others = inSentence.filter { $0.actor != local?.actor && $0.form != .pronoun }
                    antecedent = others.last { !Self.isGoverned($0, tokens) } ?? others.last
                        ?? (subject == nil ? Self.recent(known, within: 1, of: sentence, sentenceOf, where: { !$0.isPerson }) : nil)
                }
                if let antecedent {
                    mention = pronoun(i, antecedent, possessive: token.lower == "its", tokens)
                }
            } else if token.belongs(to: .plural), !inQuote[i],
                      let group = lastGroup(known, before: i, of: sentenceOf[i], sentenceOf, tokens),
                      !Self.pluralNoun(in: tokens, from: max(group.extent, sentenceStart(i, sentenceOf)), to: i, taken: taken) {
                // "Peru and Chile issued a statement. They warned ...".
                mention = pronoun(i, group, possessive: token.belongs(to: .possessivePronoun), tokens)
            } else if token.belongs(to: .descriptionStart),
                      let described = description(at: i, tokens: tokens, known: known, sentenceOf: sentenceOf, taken: taken) {
                mention = described
            }
            if let mention {
                added.append(mention)
                known.append(mention)
                for k in mention.start..<mention.extent { taken[k] = true }
                i = mention.extent
            } else {
                i += 1
            }
        }
        history.append(contentsOf: added)
        history.sort { $0.start < $1.start }
        mentions = history
    }

    /// "Vietnam's waters": the owned noun, past the possessive mark, is a place.
    static func ownsPlace(_ m: Mention, _ tokens: [Token], _ places: StringSet) -> Bool {
        var k = m.extent
        if k < tokens.count, tokens[k].kind == .possessive { k += 1 }
        return k < tokens.count && places.contains(tokens[k].lower)
    }

    /// The first agentive, non-person mention of the sentence before.
    static func previousSubject(_ known: [Mention], of sentence: Int, _ sentenceOf: [Int],
                                _ tokens: [Token]) -> Mention? {
        var first: Mention?
        for m in known.reversed() {
            let s = sentenceOf[m.start]
            if s < sentence - 1 { break }
            if s == sentence - 1, m.agentive, !m.isPerson, m.form != .relative, !isGoverned(m, tokens) { first = m }
        }
        return first
    }

    static func isGoverned(_ m: Mention, _ tokens: [Token]) -> Bool {
        Clause.isGoverned(m.start, in: tokens, from: 0)
    }

    /// The token before `i`, past time words: "said on Tuesday it", "said
    /// today that it".
    static func skippingTime(before i: Int, _ tokens: [Token]) -> Int {
        var k = i - 1
        var steps = 0
        while k >= 0, steps < 4, tokens[k].belongs(to: .timeWord) { k -= 1; steps += 1 }
        return k
    }

    /// The latest mention satisfying `test` at most `within` sentences back,
    /// scanning backward only as far as that window.
    static func recent(_ known: [Mention], within: Int, of sentence: Int, _ sentenceOf: [Int],
                       where test: (Mention) -> Bool) -> Mention? {
        for m in known.reversed() {
            if sentence - sentenceOf[m.start] > within { return nil }
            if test(m) { return m }
        }
        return nil
    }

    /// ", saying (that) it": a reporting participle set off by a comma
    /// right before `i`.
    static func followsParticipialReport(_ i: Int, _ tokens: [Token]) -> Bool {
        var k = skippingTime(before: i, tokens)
        if k >= 0, tokens[k].lower == "that" { k = skippingTime(before: k, tokens) }
        return k >= 1 && tokens[k].belongs(to: .reporting) && tokens[k].lowerHasSuffix("ing") && tokens[k - 1].isMark(",")
    }

    /// The mention right before the reporting verb that precedes `i`
    /// ("Poland said it", "Russia has repeatedly said it").
    func reporter(before i: Int, tokens: [Token], known: [Mention]) -> Mention? {
        var k = Self.skippingTime(before: i, tokens)
        if k >= 0, tokens[k].lower == "that" { k = Self.skippingTime(before: k, tokens) }
        // "Berlin told Moscow that it would ...": past the one told, the teller.
        var addressee: Mention?
        if k >= 0, let told = known.last, told.start <= k, k < told.extent, told.start > 0,
           tellingForms.contains(tokens[told.start - 1].lower) {
            addressee = told
            k = told.start - 1
        }
        guard k >= 0, tokens[k].belongs(to: .reporting) else { return nil }
        k -= 1
        while k >= 0, tokens[k].belongs(to: .auxiliary) || tokens[k].lowerHasSuffix("ly") { k -= 1 }
        guard k >= 0, let m = known.last(where: { $0.start != addressee?.start }), m.start <= k, k < m.extent, m.agentive
        else { return nil }
        return m
    }

    /// The latest actors named together ("Peru, Chile and Bolivia", "Hungarian
    /// and Romanian officials", or a plural mention that stood for them), or
    /// a single plural phrase ("Chinese officials", "the Houthis") if that
    /// is nearer, in this sentence or the two before: what "they" and "the
    /// two countries" refer to.
    func lastGroup(_ known: [Mention], before i: Int, of sentence: Int, _ sentenceOf: [Int],
                          _ tokens: [Token]) -> Mention? {
        var index = known.count - 1
        while index >= 0 {
            let m = known[index]
            if sentence - sentenceOf[m.start] > 2 { return nil }
            // "Critics in Poland and Lithuania met": places are no group.
            guard let actor = m.actor, m.form != .firstPerson, m.form != .relative, !isPlace(m, tokens) else {
                index -= 1
                continue
            }
            if !m.group.isEmpty { return m }
            // Walk back over mentions joined to this one by coordinators.
            var actors = [actor]
            var first = m
            var j = index - 1
            while j >= 0 {
                let previous = known[j]
                guard let other = previous.actor, previous.extent <= first.start,
                      (previous.extent..<first.start).allSatisfy({
                          tokens[$0].belongs(to: .coordinator) || tokens[$0].belongs(to: .determiner) }),
                      (previous.extent..<first.start).contains(where: { tokens[$0].belongs(to: .coordinator) })
                else { break }
                if !actors.contains(other) { actors.insert(other, at: 0) }
                first = previous
                j -= 1
            }
            // "X met with Y ... they", "X met Y and Z as they ...": the sides
            // of a meeting.
            if let partner = Self.reciprocalPartner(of: first, in: known, before: j + 1, tokens, sentenceOf),
               let other = partner.actor, !actors.contains(other) {
                actors.insert(other, at: 0)
                first = partner
            }
            // "in Poland and Lithuania": a list of places is no group either.
            if actors.count > 1, isPlace(first, tokens) { index = j; continue }
            if actors.count > 1 {
                var group = first
                group.actor = actors[0]
                group.group = Array(actors.dropFirst())
                return group
            }
            if m.agentive, !m.isPerson, Self.isPlural(m, tokens) { return m }
            index -= 1
        }
        return nil
    }

    /// Whether a plural noun phrase that names no actor ("these attacks",
    /// "the sanctions") stands in `from..<to`: "they" then refers to it.
    static func pluralNoun(in tokens: [Token], from: Int, to: Int, taken: [Bool]) -> Bool {
        guard from + 1 < to else { return false }
        for k in (from + 1)..<to where !taken[k] && tokens[k - 1].belongs(to: .determiner) || tokens[k - 1].belongs(to: .possessivePronoun) {
            let word = tokens[k]
            let lower = word.lower
            if !taken[k], word.isWord, !word.isCapitalized, lower.utf8.count > 3, word.lowerHasSuffix("s"),
               !word.lowerHasSuffix("ss"), !word.lowerHasSuffix("us"), !word.lowerHasSuffix("is") { return true }
        }
        return false
    }

    func sentenceStart(_ i: Int, _ sentenceOf: [Int]) -> Int {
        var k = i
        while k > 0, sentenceOf[k - 1] == sentenceOf[i] { k -= 1 }
        return k
    }

    /// For "it" right after the comma that closes a fronted subordinate
    /// clause ("While X ..., it"), the subject of that clause: its mention
    /// if the clause opens with an actor, else `noActor`.
    enum FrontedSubject { case actor(Mention), noActor }

    func frontedClauseSubject(_ i: Int, tokens: [Token], sentenceOf: [Int], known: [Mention]) -> FrontedSubject? {
        guard tokens[i].lower == "it", i >= 2, tokens[i - 1].isMark(",") else { return nil }
        let start = sentenceStart(i, sentenceOf)
        guard start + 1 < i, subordinators.contains(tokens[start].lower),
              !(start..<(i - 1)).contains(where: { tokens[$0].isMark(",") }) else { return nil }
        var k = start + 1
        while k < i, tokens[k].belongs(to: .determiner) { k += 1 }
        let subject = known.last { $0.start >= start + 1 && $0.start <= k && $0.actor != nil }
        return subject.map { .actor($0) } ?? .noActor
    }

    /// "X met with Y", "X held talks with Y": the subject of a reciprocal
    /// verb whose other party is `m`.
    static func reciprocalPartner(of m: Mention, in known: [Mention], before index: Int, _ tokens: [Token],
                                  _ sentenceOf: [Int]) -> Mention? {
        var k = m.start - 1
        if k >= 0, tokens[k].lower == "with" { k -= 1 }
        guard k >= 0, tokens[k].belongs(to: .reciprocal) else { return nil }
        let sentence = sentenceOf[m.start]
        return known[..<index].last { n in
            n.extent <= k && sentenceOf[n.start] == sentence && n.actor != nil && n.agentive && !isGoverned(n, tokens)
        }
    }

    /// Right after a verb that is no reporting verb ("condemned Ukraine"):
    /// an object, not a subject ("said China" opens a clause).
    static func isObjectOfVerb(_ m: Mention, _ tokens: [Token]) -> Bool {
        var k = m.start - 1
        while k >= 0, tokens[k].belongs(to: .determiner) { k -= 1 }
        guard k >= 0 else { return false }
        let token = tokens[k]
        return token.kind == .word && !token.isCapitalized && !token.belongs(to: .reporting)
            && !token.belongs(to: .preposition) && (token.belongs(to: .verbLike) || token.lowerHasSuffix("ed"))
    }

    /// A place: a name after "in", "at", "near" ... ("met in Brussels").
    func isPlace(_ m: Mention, _ tokens: [Token]) -> Bool {
        var k = m.start - 1
        while k >= 0, tokens[k].belongs(to: .determiner) { k -= 1 }
        return k >= 0 && locatives.contains(tokens[k].lower)
    }

    /// "officials", "the Houthis", "Russians": a phrase ending in a plural
    /// noun, or headed by one before the seat it names ("officials in Seoul").
    static func isPlural(_ m: Mention, _ tokens: [Token]) -> Bool {
        isPluralWord(tokens[m.end - 1]) || (tokens[m.start].belongs(to: .seatedHead) && isPluralWord(tokens[m.start]))
    }

    static func isPluralWord(_ token: Token) -> Bool {
        token.isWord && token.lowerHasSuffix("s") && !token.isAllCaps
            && !token.lowerHasSuffix("ss") && !token.lowerHasSuffix("us")
    }

    /// A pronoun mention; "its foreign ministry", "his government" grow
    /// into a phrase that speaks for the actor, as names do.
    func pronoun(_ i: Int, _ antecedent: Mention, possessive: Bool, _ tokens: [Token]) -> Mention {
        var mention = Mention(start: i, end: i + 1, extent: i + 1, actor: antecedent.actor, form: .pronoun,
                              possessive: possessive, agentive: !possessive, title: antecedent.title,
                              surface: antecedent.surface, group: antecedent.group)
        if possessive, let (_, head) = finder.headAfterModifiers(tokens, from: i + 1, owner: true) {
            mention.end = head.end
            mention.extent = head.end
            mention.possessive = false
            mention.agentive = true
        }
        return mention
    }

    /// Whether a noun phrase follows: a lower-case word ("her visit"), or a
    /// capitalised modifier before one ("her Peruvian counterpart", not
    /// "told her Peru would").
    func nextIsNoun(_ tokens: [Token], _ i: Int) -> Bool {
        guard i + 1 < tokens.count, tokens[i + 1].isWord else { return false }
        if !tokens[i + 1].isCapitalized { return true }
        return i + 2 < tokens.count && tokens[i + 2].isWord && !tokens[i + 2].isCapitalized
            && !tokens[i + 2].belongs(to: .verbLike) && !tokens[i + 2].lowerHasSuffix("ed")
    }

    /// "the island" (by kind or trait) or "the popular prime minister" (the
    /// last official with that title).
    func description(at i: Int, tokens: [Token], known: [Mention], sentenceOf: [Int], taken: [Bool]) -> Mention? {
        var found = descriptions.longestMatch(in: tokens, at: i)
        var placeWord = false
        if found == nil, tokens[i].lower == "the" {
            // "the Pacific island nation", "the oil-rich kingdom": up to three
            // modifiers (no verb, preposition or actor) before the head.
            var k = i + 1
            // (Words only: "the non-military status" is no military.)
            while found == nil, k < tokens.count, k <= i + 3, !taken[k], tokens[k].isWord,
                  isModifier(tokens[k]) || isPlaceWord(tokens[k]) {
                placeWord = placeWord || isPlaceWord(tokens[k])
                k += 1
                found = descriptionTails.longestMatch(in: tokens, at: k)
            }
        }
        // A place word qualifies a trait ("the Pacific island nation"), never
        // a kind: "the Baltic country" is not simply the last state named.
        if placeWord, let target = found?.payloads.first, !lexicon.traitNames.contains(target) { found = nil }
        // A phrase that runs into a name is that name ("the Central African Republic").
        if let end = found?.end, (i..<end).contains(where: { taken[$0] }) { found = nil }
        // A capitalised description running into another capitalised word is
        // part of a longer name ("the South China Sea", "the North Sea").
        if let end = found?.end, end < tokens.count, tokens[end - 1].isCapitalized, tokens[end].isCapitalized,
           tokens[end].isWord, tokens[end].newlinesBefore == 0 { found = nil }
        // "the governments of these countries": a body before "of" belongs
        // to what follows, which names it.
        if let end = found?.end, end < tokens.count, tokens[end].lower == "of" { return nil }
        if let match = found, let target = match.payloads.first {
            if target == Self.groupTarget {
                guard let group = lastGroup(known, before: i, of: sentenceOf[i], sentenceOf, tokens),
                      !group.group.isEmpty else { return nil }
                return described(i, match.end, group, tokens)
            }
            if target == Self.bodyTarget {
                // "the ministry said": the last mention headed alike ("China's
                // foreign ministry"), else the last state or body that acted,
                // else the state of an official speaking in the sentence.
                let head = tokens[match.end - 1].lower
                let sentence = sentenceOf[i]
                guard let antecedent = known.last(where: { m in
                    m.actor != nil && !m.isPerson && m.form != .pronoun && m.end > m.start
                        && tokens[m.end - 1].lower == head
                }) ?? known.last(where: { m in
                    m.actor != nil && m.agentive && !m.isPerson && m.group.isEmpty && sentence - sentenceOf[m.start] <= 2
                        && !Self.isGoverned(m, tokens)
                }) ?? known.last(where: { m in
                    // "Seoul's defence minister said the military was ...":
                    // the state of an official speaking in the same sentence.
                    m.actor != nil && m.agentive && m.isPerson && sentenceOf[m.start] == sentence
                        && !Self.isGoverned(m, tokens)
                }) else { return nil }
                return described(i, match.end, antecedent, tokens)
            }
            if target == Self.spokespersonTarget {
                // "a spokesman of the Chinese embassy said ... the spokesman
                // added": the last actor named with a spokesperson, a few
                // sentences back.
                let sentence = sentenceOf[i]
                guard let antecedent = known.last(where: { m in
                    m.actor != nil && m.form != .pronoun && sentence - sentenceOf[m.start] <= 4
                        && (m.start..<m.end).contains { spokespersonHeads.contains(tokens[$0].lower) }
                }) else { return nil }
                return described(i, match.end, antecedent, tokens)
            }
            if target == Self.ownerTarget {
                // "condemned Ethiopia's start of ..., warning the move
                // violates ...": the owner of the act just named.
                // ("entered Vietnam's waters, and Hanoi protested the move":
                // a place owned is no act.)
                guard let antecedent = known.last(where: { m in
                    m.possessive && m.actor != nil && sentenceOf[m.start] == sentenceOf[i] && m.form != .pronoun
                        && !Self.ownsPlace(m, tokens, territoryNouns)
                })
                else { return nil }
                return described(i, match.end, antecedent, tokens)
            }
            // "the North: PRK": an actor named outright, once it or a
            // neighbour sharing a trait with it has been named.
            if lexicon.kinds[target] != nil {
                let traits = lexicon.traits[target] ?? []
                guard let mentioned = known.last(where: { m in
                    guard let actor = m.actor else { return false }
                    return actor == target || !(lexicon.traits[actor] ?? []).isDisjoint(with: traits)
                }) else { return nil }
                var antecedent = mentioned
                antecedent.actor = target
                antecedent.group = []
                antecedent.title = nil
                return described(i, match.end, antecedent, tokens)
            }
            // "NATO met in Brussels. The alliance warned": places are no antecedents.
            guard let antecedent = known.last(where: { m in
                guard let actor = m.actor, !isPlace(m, tokens) else { return false }
                return lexicon.kinds[actor] == target || lexicon.traits[actor]?.contains(target) == true
            }) else { return nil }
            return described(i, match.end, antecedent, tokens)
        }
        var k = i + 1
        while k < tokens.count, k <= i + 3 {
            if let title = lexicon.titles.longestMatch(in: tokens, at: k), let name = title.payloads.first {
                let end = title.end
                if end < tokens.count, tokens[end].lower == "of" || tokens[end].isCapitalized { return nil }
                guard let antecedent = known.last(where: { $0.form == .official && $0.title?.hasSuffix(name) == true })
                else { return nil }
                return described(i, end, antecedent, tokens)
            }
            guard tokens[k].isWord, !tokens[k].isCapitalized else { return nil }
            k += 1
        }
        return nil
    }

    func described(_ start: Int, _ end: Int, _ antecedent: Mention, _ tokens: [Token]) -> Mention {
        let possessive = end < tokens.count && tokens[end].kind == .possessive
        var mention = Mention(start: start, end: end, extent: possessive ? end + 1 : end, actor: antecedent.actor,
                              form: .description, possessive: possessive, agentive: !possessive,
                              title: antecedent.title, surface: MentionFinder.surface(tokens, start, end),
                              group: antecedent.group)
        // "the governments of these countries": the body named before speaks.
        finder.headBefore(&mention, tokens, after: 0)
        return mention
    }

    /// A capitalised word that is no name ("Pacific", "Baltic", "Gulf").
    func isPlaceWord(_ token: Token) -> Bool {
        token.isWord && token.isCapitalized && !token.belongs(to: .verbLike)
    }

    /// A word that may qualify a description's head: a lower-case adjective
    /// ("tiny", "oil-rich"), no function word or verb. A capitalised place
    /// word ("the Baltic country") names a place the ontology cannot check:
    /// it qualifies only a trait (`isPlaceWord`).
    func isModifier(_ token: Token) -> Bool {
        (token.isWord && !token.isCapitalized && !token.belongs(to: .verbLike)) || (token.isMark("-") && token.attached)
    }

    /// we, our, I inside a quote with a known speaker.
    /// `speakerOf[k]`: the index in `quotes` of the innermost attributed
    /// quote around token k, or -1.
    func firstPerson(tokens: [Token], quotes: [QuoteAttribution.Quote], speakerOf: [Int], mentions: inout [Mention]) {
        var taken = [Bool](repeating: false, count: tokens.count)
        for m in mentions { for k in m.start..<m.extent { taken[k] = true } }
        for k in tokens.indices where speakerOf[k] >= 0 && !taken[k] && tokens[k].belongs(to: .firstPerson) {
            guard let speaker = quotes[speakerOf[k]].speaker, speaker.actor != nil else { continue }
            let possessive = tokens[k].belongs(to: .possessivePronoun)
            var mention = Mention(start: k, end: k + 1, extent: k + 1, actor: speaker.actor,
                                  form: .firstPerson, possessive: possessive, agentive: !possessive,
                                  title: speaker.title, surface: speaker.surface, group: speaker.group)
            // "our country", "our government": the speaker's body speaks.
            if possessive, let (_, head) = finder.headAfterModifiers(tokens, from: k + 1, owner: true) {
                mention.end = head.end
                mention.extent = head.end
                mention.possessive = false
                mention.agentive = true
            }
            mentions.append(mention)
        }
        mentions.sort { $0.start < $1.start }
    }
}
