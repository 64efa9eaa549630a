/// One sentence seen by the argument rules: its tokens, the mentions in
/// it, and the few syntactic tests the rules share (clause edges,
/// prepositions, verbal material between a subject and its verb).
struct Clause {
    let tokens: [Token]
    let range: Range<Int>
    let mentions: [Mention]
    /// Mention covering each token of the range (offset by the range's
    /// start), -1 for none.
    private let owner: [Int]

    /// The tokens must be labelled by the extractor's `WordTable`: the
    /// tests below read their word classes.
    init(tokens: [Token], range: Range<Int>, mentions: [Mention]) {
        self.tokens = tokens
        self.range = range
        self.mentions = mentions
        var owner = [Int](repeating: -1, count: range.count)
        for (index, m) in mentions.enumerated() {
            for k in max(m.start, range.lowerBound)..<min(m.extent, range.upperBound) where owner[k - range.lowerBound] < 0 {
                owner[k - range.lowerBound] = index
            }
        }
        self.owner = owner
    }

    func mention(covering k: Int) -> Mention? {
        guard range.contains(k) else { return nil }
        let index = owner[k - range.lowerBound]
        return index < 0 ? nil : mentions[index]
    }


    /// A mention right after a preposition ("talks with China's minister",
    /// "a party in Taiwan") is no subject.
    func isGoverned(_ m: Mention) -> Bool { Self.isGoverned(m.start, in: tokens, from: range.lowerBound) }

    /// Governed by a preposition that is no subordinator: "hours after
    /// Dhaka summoned" opens a clause whose subject is Dhaka; "talks with
    /// Dhaka" does not. For a mention known to stand before its verb.
    func isGovernedBeforeVerb(_ m: Mention) -> Bool {
        var k = m.start - 1
        while k >= range.lowerBound, tokens[k].belongs(to: .determiner) || tokens[k].kind == .openQuote { k -= 1 }
        return k >= range.lowerBound && tokens[k].belongs(to: .preposition) && !tokens[k].belongs(to: .clauseBreak)
    }

    /// Whether a preposition (past determiners and an opening quote) stands
    /// before token `start`, looking no further back than `floor`.
    static func isGoverned(_ start: Int, in tokens: [Token], from floor: Int) -> Bool {
        var k = start - 1
        while k >= floor, tokens[k].belongs(to: .determiner) || tokens[k].kind == .openQuote { k -= 1 }
        return k >= floor && tokens[k].belongs(to: .preposition)
    }


    /// Words that may sit between a subject and its verb.
    func isVerbal(_ k: Int) -> Bool {
        let token = tokens[k]
        if token.kind == .openQuote || token.kind == .closeQuote { return true }
        guard token.isWord else { return false }
        if token.belongs(to: .verbal) { return true }
        let word = token.lower
        // "is about to"
        if word == "about", k + 1 < range.upperBound, tokens[k + 1].lower == "to" { return true }
        // "has not only condemned X but also ..."
        if word == "only", k > range.lowerBound, tokens[k - 1].lower == "not" { return true }
        return word.utf8.count > 4 && token.lowerHasSuffix("ly") && !token.isCapitalized
    }

    func isNegating(_ k: Int) -> Bool {
        // "not only ... but also" affirms.
        if tokens[k].lower == "not", k + 1 < range.upperBound, tokens[k + 1].lower == "only" { return false }
        if tokens[k].belongs(to: .negator) { return true }
        return tokens[k].belongs(to: .refusal) && k + 1 < range.upperBound && tokens[k + 1].lower == "to"
    }

    /// A part of a hyphenated compound ("long-threatened").
    func isHyphenated(_ k: Int) -> Bool {
        let after = k > range.lowerBound && tokens[k].attached && tokens[k - 1].isMark("-") && tokens[k - 1].attached
        let before = k + 1 < range.upperBound && tokens[k + 1].isMark("-") && tokens[k + 1].attached
        return after || before
    }

    /// A token that ends the clause for argument search.
    func isBreak(_ k: Int) -> Bool {
        let token = tokens[k]
        if token.belongs(to: .breakMark) { return true }
        if token.isMark("-") && !token.attached { return true }
        guard token.isWord, token.belongs(to: .clauseBreak) else { return false }
        if token.lower == "as" {
            // "as Russia keeps ..." opens a clause; "as provocative" does not.
            guard k + 1 < range.upperBound else { return false }
            return tokens[k + 1].isCapitalized || mention(covering: k + 1) != nil
        }
        if token.lower == "that" {
            // "that" as a determiner ("that policy") opens no clause.
            return k + 1 < range.upperBound && (tokens[k + 1].isCapitalized || mention(covering: k + 1) != nil
                || tokens[k + 1].belongs(to: .determiner))
        }
        return true
    }

    /// The first token of the clause holding `k`.
    func clauseStart(_ k: Int) -> Int {
        var j = k - 1
        while j >= range.lowerBound {
            if mention(covering: j)?.form == .relative { return j }
            if isBreak(j) { return j + 1 }
            j -= 1
        }
        return range.lowerBound
    }

    /// The first token after the clause holding `k`.
    func clauseEnd(_ k: Int) -> Int {
        var j = k
        while j < range.upperBound {
            if isBreak(j) || tokens[j].isMark(".") { return j }
            j += 1
        }
        return range.upperBound
    }
}
