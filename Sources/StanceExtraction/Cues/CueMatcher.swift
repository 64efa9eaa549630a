import StanceModel
import StanceOntology

/// A cue found in a sentence.
struct CueMatch: Sendable {
    var entry: CueEntry
    /// `entry.words`, split once per pattern rather than per question.
    var words: [String]
    /// Token range of the whole cue, gaps included.
    var start: Int
    var end: Int
    /// Token ranges covered by `*` gaps, where arguments may sit
    /// ("demanded that Takaichi retract").
    var gaps: [Range<Int>]
}

/// Finds cue phrases with their inflections. Patterns are indexed by the
/// word numbers of the forms of their first word, so each token costs one
/// array index.
struct CueMatcher: Sendable {
    struct Pattern: Sendable {
        var entry: CueEntry
        /// `entry.words`, which splits the pattern each time it is asked.
        var entryWords: [String]
        /// Accepted forms per word, as `WordTable` numbers; nil marks a gap.
        var words: [[Int32]?]
        /// Positions holding a negator ("not rule out * force"), which a
        /// refusal before an infinitive also fills ("refused to rule out").
        var negators: Set<Int> = []
    }

    /// Tokens a gap may span: five, so that a name inside it ("demanded that
    /// the Democratic People's Republic of Korea forsake") fits; a gap never
    /// crosses punctuation that ends a phrase.
    static let maxGap = 5
    static let gapStops: Set<String> = [",", ";", ":", ".", "?", "!", "—", "–"]
    /// Patterns by the word number of their first word's forms.
    private var byFirstWord: [[Pattern]] = []

    /// Every form a cue can start with.
    let firstForms: Set<String>

    /// `refusals`: forms of "refuse", "decline", "fail", which with "to"
    /// fill a pattern's "not" ("refused to rule out").
    init(cues: [CueEntry], inflector: Inflector, negators: Set<String>, refusals: Set<String>,
         words table: inout WordTable) {
        var firstForms: Set<String> = []
        for entry in cues {
            let kind: Inflector.CueKindForInflection = switch entry.kind {
            case .verb, .refusal, .departure, .verdict, .reaction: .verb
            case .noun: .noun
            case .mutual: .nounOrVerb
            case .judgement, .manner: .fixed
            }
            var words: [Set<String>?] = []
            let entryWords = entry.words
            for (index, word) in entryWords.enumerated() {
                if word == "*" { words.append(nil); continue }
                // Cue words are compared with tokens, so tokenize them alike.
                for (part, piece) in Tokenizer.tokenize(word).enumerated() {
                    words.append(inflector.forms(of: piece.lower, in: kind, first: index == 0 && part == 0))
                }
            }
            guard let first = words.first ?? nil else { continue }
            let numbered = words.map { forms in forms.map { $0.map { table.intern($0) } } }
            var pattern = Pattern(entry: entry, entryWords: entryWords, words: numbered)
            pattern.negators = Set(words.indices.filter { words[$0].map { !$0.isDisjoint(with: negators) } ?? false })
            // A pattern opening with "not" also opens with a refusal.
            let openings = pattern.negators.contains(0) ? first.union(refusals) : first
            for form in openings {
                firstForms.insert(form)
                let word = Int(table.intern(form))
                if byFirstWord.count <= word { byFirstWord += repeatElement([], count: word + 1 - byFirstWord.count) }
                byFirstWord[word].append(pattern)
            }
        }
        self.firstForms = firstForms
    }

    /// Every cue in `range`, longest first at each start; a cue word glued
    /// to the word before by a hyphen ("survival-threatening") is no cue.
    func matches(in tokens: [Token], range: Range<Int>) -> [CueMatch] {
        var found: [CueMatch] = []
        for i in range {
            let word = Int(tokens[i].word)
            guard word >= 0, word < byFirstWord.count, !byFirstWord[word].isEmpty else { continue }
            if i > range.lowerBound, tokens[i].attached, tokens[i - 1].text == "-" { continue }
            for pattern in byFirstWord[word] {
                if let match = match(pattern, tokens, i, range.upperBound) { found.append(match) }
            }
        }
        // A cue inside a longer one is part of it: "diplomatic ties" in
        // "downgraded diplomatic ties with", "protest" in "filed a protest
        // with". Words in the longer cue's gaps are not part of it.
        let kept = found.filter { inner in
            !found.contains { outer in
                outer.end - outer.start > inner.end - inner.start
                    && outer.start <= inner.start && inner.end <= outer.end
                    && !outer.gaps.contains { $0.contains(inner.start) }
            }
        }
        return kept.sorted { ($0.start, $1.end) < ($1.start, $0.end) }
    }

    /// A manner adverb ("firmly", "strongly"): lower case, -ly, longer than four letters.
    func isAdverb(_ token: Token) -> Bool {
        token.isWord && !token.isCapitalized && token.lower.utf8.count > 4 && token.lower.hasSuffix("ly")
    }

    private func match(_ pattern: Pattern, _ tokens: [Token], _ start: Int, _ limit: Int) -> CueMatch? {
        var gaps: [Range<Int>] = []
        func step(_ w: Int, _ k: Int) -> Int? {
            if w == pattern.words.count { return k }
            guard let forms = pattern.words[w] else {
                // A gap: try the shortest first.
                for skip in 0...Self.maxGap where k + skip <= limit {
                    if skip > 0, Self.gapStops.contains(tokens[k + skip - 1].text) { break }
                    if let end = step(w + 1, k + skip) {
                        gaps.append(k..<(k + skip))
                        return end
                    }
                }
                return nil
            }
            guard k < limit else { return nil }
            if forms.contains(tokens[k].word) { return step(w + 1, k + 1) }
            // Scare quotes inside a phrase: "called it a 'violation of international law'";
            // an adverb: "stands firmly with".
            if w > 0, tokens[k].kind == .openQuote || tokens[k].kind == .closeQuote || isAdverb(tokens[k]) {
                return step(w, k + 1)
            }
            // "refused to rule out force" says "did not rule out force".
            if pattern.negators.contains(w), k + 1 < limit, tokens[k].belongs(to: .refusal), tokens[k + 1].lower == "to" {
                return step(w + 1, k + 2)
            }
            return nil
        }
        guard let end = step(0, start) else { return nil }
        return CueMatch(entry: pattern.entry, words: pattern.entryWords, start: start, end: end, gaps: gaps)
    }
}
