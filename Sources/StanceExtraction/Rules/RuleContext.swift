import StanceModel
import StanceOntology

/// What every rule sees of one sentence: its tokens and mentions (the
/// `Clause`), who speaks where, the demands made earlier in the article and
/// the word lists. The role finders in `Roles/` are its extensions, so a
/// rule reads like the construction it describes.
struct RuleContext {
    let clause: Clause
    /// Speaker of the quote around a token, if any.
    let speakerAt: (Int) -> Mention?
    /// Whether a token is inside quotation marks (attributed or not).
    let quoted: (Int) -> Bool
    /// The mention covering a token anywhere in the article (the clause
    /// holds only its sentence's), for phrases that refer back.
    let mentionAt: (Int) -> Mention?
    /// Demands and accusations earlier in the article, for refusals ("she
    /// refused to do so") and denials ("dismissed the accusation").
    let discourse: Discourse
    /// The word lists the rules consult.
    let vocabulary: RuleVocabulary

    enum Subject {
        case mention(Mention)
        /// "Russia backs China, warns Japan": the subject of the earlier verb.
        case shared
        case none
    }

    /// "Araghchi said Washington will ...": the subject of the reporting
    /// verb right before a clause.
    func reporter(before start: Int) -> Mention? {
        var k = reportedClauseOpening(before: start)
        // "told Canberra that": past the one addressed.
        if let addressee = addressee(at: k) { k = addressee.start - 1 }
        // "told a forum in Sydney that", "said in a statement on Monday
        // that": past a short phrase between the verb and its "that".
        if k + 1 < start, (k + 1..<start).contains(where: { clause.tokens[$0].lower == "that" }),
           let verb = reportingVerb(endingPhraseAt: k) {
            k = verb
        }
        // "recalled its envoy, saying China had violated ...": a reporting
        // participle after a comma is the sentence's subject's.
        if k - 1 >= clause.range.lowerBound, clause.tokens[k].belongs(to: .reporting), clause.tokens[k].lowerHasSuffix("ing"),
           clause.tokens[k - 1].isMark(",") {
            return mainSubject(before: k - 1)
        }
        guard k >= clause.range.lowerBound,
              clause.tokens[k].belongs(to: .reporting) || vocabulary.addresseeForms.contains(clause.tokens[k].lower),
              case .mention(let m) = adjacentSubject(before: k).0 else { return nil }
        return m
    }

    /// The reporting verb a few words (no break, no actor but a place)
    /// before `end`.
    private func reportingVerb(endingPhraseAt end: Int) -> Int? {
        var k = end
        while k >= clause.range.lowerBound, end - k < 6 {
            let token = clause.tokens[k]
            if token.belongs(to: .reporting) || vocabulary.addresseeForms.contains(token.lower) { return k == end ? nil : k }
            if clause.isBreak(k) || token.text == "," { return nil }
            if let m = clause.mention(covering: k), m.actor != nil, !clause.isGoverned(m) { return nil }
            k -= 1
        }
        return nil
    }

    /// "Lima told Quito that ...": the one a reporting verb addresses right
    /// before a clause.
    func addressee(before start: Int) -> Mention? {
        addressee(at: reportedClauseOpening(before: start))
    }

    /// The token before a reported clause, past "that", determiners, time
    /// words and an opening quote ("said on Tuesday that the").
    private func reportedClauseOpening(before start: Int) -> Int {
        var k = start - 1
        var skipped = 0
        while k >= clause.range.lowerBound, skipped < 5,
              clause.tokens[k].lower == "that" || clause.tokens[k].belongs(to: .determiner)
                || clause.tokens[k].belongs(to: .timeWord) || clause.tokens[k].kind == .openQuote {
            k -= 1
            skipped += 1
        }
        return k
    }

    private func addressee(at k: Int) -> Mention? {
        guard k > clause.range.lowerBound, let m = clause.mention(covering: k), m.start > clause.range.lowerBound,
              vocabulary.addresseeForms.contains(clause.tokens[m.start - 1].lower) else { return nil }
        return m
    }
}
