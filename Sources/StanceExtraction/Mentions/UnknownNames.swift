/// A capitalised name standing where a stance holder or target stands but
/// naming no actor: what `extract --report-unknown` lists, so that a user
/// can grow the ontology for their corpus ("Rapid Support Forces condemned
/// ...", "... backed Tigray People's Liberation Front").
public struct UnknownName: Sendable, Hashable {
    public enum Role: String, Sendable, Hashable, Comparable {
        case holder, target
        public static func < (lhs: Role, rhs: Role) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// The name as written, words joined by single spaces.
    public var name: String
    public var role: Role
    /// The sentence's token range, for its text.
    public var sentence: Range<Int>
}

/// Finds unknown names beside a verb cue: the subject before it (past
/// auxiliaries, adverbs and time words: "Khartoum's Rapid Support Forces
/// on Monday condemned ...") and the object after it (past a determiner).
///
/// A name is a run of capitalised words, with "of", "for", "and the" kind of
/// joiners inside it only between capitalised words ("Ministry of
/// Defence"); the first word of the sentence counts only if it is no common
/// sentence opener ("The", "But", pronouns). A run any of whose words an
/// actor mention covers is known, and not reported.
struct UnknownNameFinder: Sendable {
    /// Words that may join the parts of one name (`name_joiners`).
    let joiners: Set<String>
    /// Tokens skipped between a subject and its verb at most.
    static let subjectGap = 4

    func names(around cue: CueMatch, in clause: Clause) -> [(String, UnknownName.Role)] {
        guard cue.entry.kind == .verb else { return [] }
        var found: [(String, UnknownName.Role)] = []
        // The subject: back over auxiliaries, adverbs and time words.
        var k = cue.start - 1
        var skipped = 0
        while k >= clause.range.lowerBound, skipped < Self.subjectGap {
            let token = clause.tokens[k]
            guard token.isWord, !token.isCapitalized,
                  token.belongs(to: .auxiliary) || token.belongs(to: .timeWord) || token.belongs(to: .negator)
                    || token.lowerHasSuffix("ly")  // an adverb, as Coreference reads one
            else { break }
            k -= 1
            skipped += 1
        }
        if k >= clause.range.lowerBound, let run = run(endingAt: k, in: clause) { found.append((run, .holder)) }
        // The object: past one or two determiners.
        var j = cue.end
        while j < clause.range.upperBound, j < cue.end + 2, clause.tokens[j].belongs(to: .determiner) { j += 1 }
        if j < clause.range.upperBound, let run = run(startingAt: j, in: clause) { found.append((run, .target)) }
        return found
    }

    private func isNameWord(_ k: Int, in clause: Clause) -> Bool {
        let token = clause.tokens[k]
        guard token.isWord, token.isCapitalized, !token.attached || k == clause.range.lowerBound else { return false }
        if token.belongs(to: .personal) || token.belongs(to: .neuter) || token.belongs(to: .firstPerson)
            || token.belongs(to: .determiner) || token.belongs(to: .timeWord) || token.belongs(to: .relative)
            || token.belongs(to: .possessivePronoun) || token.belongs(to: .plural) {
            return false
        }
        // At the start of a sentence every word is capitalised: only a word
        // that is never a common word there counts.
        if k == clause.range.lowerBound, token.belongs(to: .verbLike) || token.belongs(to: .clauseOpener) {
            return false
        }
        return true
    }

    /// The name whose last word is `end`, or nil.
    private func run(endingAt end: Int, in clause: Clause) -> String? {
        guard isNameWord(end, in: clause) else { return nil }
        var start = end
        while start - 1 >= clause.range.lowerBound {
            if isNameWord(start - 1, in: clause) { start -= 1; continue }
            let joiner = start - 1
            if joiner - 1 >= clause.range.lowerBound, joiners.contains(clause.tokens[joiner].text),
               isNameWord(joiner - 1, in: clause) {
                start = joiner - 1
                continue
            }
            break
        }
        return name(start...end, in: clause)
    }

    /// The name whose first word is `start`, or nil.
    private func run(startingAt start: Int, in clause: Clause) -> String? {
        guard isNameWord(start, in: clause) else { return nil }
        var end = start
        while end + 1 < clause.range.upperBound {
            if isNameWord(end + 1, in: clause) { end += 1; continue }
            let joiner = end + 1
            if joiner + 1 < clause.range.upperBound, joiners.contains(clause.tokens[joiner].text),
               isNameWord(joiner + 1, in: clause) {
                end = joiner + 1
                continue
            }
            break
        }
        return name(start...end, in: clause)
    }

    /// The run's words, unless an actor mention covers any of them.
    private func name(_ run: ClosedRange<Int>, in clause: Clause) -> String? {
        for k in run where clause.mention(covering: k)?.actor != nil { return nil }
        return run.map { clause.tokens[$0].text }.joined(separator: " ")
    }
}
