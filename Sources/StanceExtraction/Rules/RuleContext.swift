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
        var k = start - 1
        // "said on Tuesday that the", "told reporters that"
        var skipped = 0
        while k >= clause.range.lowerBound, skipped < 5,
              clause.tokens[k].lower == "that" || clause.tokens[k].belongs(to: .determiner)
                || clause.tokens[k].belongs(to: .timeWord) || clause.tokens[k].kind == .openQuote {
            k -= 1
            skipped += 1
        }
        // "told Canberra that": past the one addressed.
        if k > clause.range.lowerBound, let addressee = clause.mention(covering: k), addressee.start > clause.range.lowerBound,
           vocabulary.addresseeForms.contains(clause.tokens[addressee.start - 1].lower) {
            k = addressee.start - 1
        }
        guard k >= clause.range.lowerBound,
              clause.tokens[k].belongs(to: .reporting) || vocabulary.addresseeForms.contains(clause.tokens[k].lower),
              case .mention(let m) = adjacentSubject(before: k).0 else { return nil }
        return m
    }
}
