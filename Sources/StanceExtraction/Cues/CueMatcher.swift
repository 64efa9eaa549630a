import StanceModel
import StanceOntology

/// A cue found in a sentence.
struct CueMatch: Sendable {
    var entry: CueEntry
    /// The pattern's words as matched, lemmas ("urge", "stop"), with "*" for
    /// each gap: for a word with alternatives ("urge|press"), the one the
    /// text used.
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
/// array index; a pattern word with alternatives ("urge|press * to
/// stop|halt") is one position accepting the forms of every alternative.
struct CueMatcher: Sendable {
    /// One word position of a pattern: its alternatives and their forms.
    /// (Slots and patterns are classes: matching reads them at every
    /// position tried, and a struct of arrays cost a retain and a release
    /// of each array at each read.)
    final class Slot: Sendable {
        let lemmas: [String]
        /// Word numbers of each alternative's forms, sorted.
        let forms: [[Int32]]
        /// Every alternative's forms, sorted, for the membership test.
        let all: [Int32]
        /// A bit for each form of `all`, its number modulo 64: a word whose
        /// bit is not set is none of them, found without the search (most
        /// words tried at a position are no form of it).
        let mask: UInt64

        init(lemmas: [String], forms: [[Int32]], all: [Int32]) {
            self.lemmas = lemmas
            self.forms = forms
            self.all = all
            mask = all.reduce(0) { $0 | Self.bit($1) }
        }

        func accepts(_ word: Int32) -> Bool { mask & Self.bit(word) != 0 && Self.contains(all, word) }

        @inline(__always)
        static func bit(_ word: Int32) -> UInt64 { 1 << UInt64(truncatingIfNeeded: word & 63) }

        /// The alternative that accepts `word`.
        func lemma(for word: Int32) -> String {
            for (lemma, forms) in zip(lemmas, forms) where Self.contains(forms, word) { return lemma }
            return lemmas[0]
        }

        static func contains(_ sorted: [Int32], _ word: Int32) -> Bool {
            var low = 0, high = sorted.count
            while low < high {
                let middle = (low + high) / 2
                if sorted[middle] < word { low = middle + 1 } else { high = middle }
            }
            return low < sorted.count && sorted[low] == word
        }
    }

    final class Pattern: Sendable {
        let entry: CueEntry
        /// Word positions; nil marks a gap.
        let slots: [Slot?]
        /// Positions holding a negator ("not rule out * force"), which a
        /// refusal before an infinitive also fills ("refused to rule out").
        let negators: Set<Int>
        /// The forms of the pattern's most specific later word (fewest
        /// forms): a sentence without one of them cannot hold the pattern.
        let anchor: [Int32]

        init(entry: CueEntry, slots: [Slot?], negators: Set<Int> = [], anchor: [Int32] = []) {
            self.entry = entry
            self.slots = slots
            self.negators = negators
            self.anchor = anchor
        }
    }

    /// Tokens a gap may span: five, so that a name inside it ("demanded that
    /// the Democratic People's Republic of Korea forsake") fits; a gap never
    /// crosses punctuation that ends a phrase (`gap_stops` in language.yaml).
    static let maxGap = 5
    private var patterns: [Pattern] = []
    /// Indices into `patterns` by the word number of their first word's forms.
    private var byFirstWord: [[Int32]] = []
    /// Every pattern's `anchor`, one after another: pattern p's are
    /// `anchorForms[anchorStarts[p]..<anchorStarts[p + 1]]` (one flat array
    /// that stays in cache, rather than an array per pattern).
    private var anchorStarts: [Int32] = []
    /// Each pattern's anchor forms as bits (`mask`): a sentence whose words'
    /// bits meet none of them holds no anchor form, found without a search.
    private var anchorMasks: [(UInt64, UInt64)] = []
    /// `byFirstWord` the same way: the patterns word w starts are
    /// `firstPatterns[firstStarts[w]..<firstStarts[w + 1]]`.
    private var firstStarts: [Int32] = []
    private var firstPatterns: [Int32] = []
    private var anchorForms: [Int32] = []

    /// Every form a cue can start with.
    let firstForms: Set<String>

    /// `refusals`: forms of "refuse", "decline", "fail", which with "to"
    /// fill a pattern's "not" ("refused to rule out").
    init(cues: [CueEntry], inflector: Inflector, negators: Set<String>, refusals: Set<String>,
         words table: inout WordTable) {
        var firstForms: Set<String> = []
        for entry in cues {
            let kind: Inflector.CueKindForInflection = switch entry.kind {
            case .verb, .refusal, .departure, .accession, .verdict, .reaction: .verb
            case .noun: .noun
            case .mutual: .nounOrVerb
            case .judgement, .manner: .fixed
            }
            for spelled in Self.positions(entry.words) {
                var slots: [Slot?] = []
                var negatorSlots: Set<Int> = []
                for (index, alternatives) in spelled.enumerated() {
                    guard let alternatives else { slots.append(nil); continue }
                    var forms: [[Int32]] = []
                    for lemma in alternatives {
                        let inflected = inflector.forms(of: lemma, in: kind, first: index == 0)
                        if !inflected.isDisjoint(with: negators) { negatorSlots.insert(slots.count) }
                        forms.append(inflected.map { table.intern($0) }.sorted())
                    }
                    slots.append(Slot(lemmas: alternatives, forms: forms, all: Array(Set(forms.joined())).sorted()))
                }
                guard let first = slots.first ?? nil else { continue }
                let index = Int32(patterns.count)
                let later = slots.indices.dropFirst().filter { slots[$0] != nil && !negatorSlots.contains($0) }
                let anchor = later.min { slots[$0]!.all.count < slots[$1]!.all.count }.map { slots[$0]!.all } ?? []
                patterns.append(Pattern(entry: entry, slots: slots, negators: negatorSlots, anchor: anchor))
                // A pattern opening with "not" also opens with a refusal.
                var openings = first.all
                if negatorSlots.contains(0) { openings += refusals.map { table.intern($0) } }
                for word in Set(openings) {
                    if byFirstWord.count <= Int(word) {
                        byFirstWord += repeatElement([], count: Int(word) + 1 - byFirstWord.count)
                    }
                    byFirstWord[Int(word)].append(index)
                }
                for lemma in first.lemmas { firstForms.formUnion(inflector.forms(of: lemma, in: kind, first: true)) }
                if negatorSlots.contains(0) { firstForms.formUnion(refusals) }
            }
        }
        self.firstForms = firstForms
        for (word, starting) in byFirstWord.enumerated() where !starting.isEmpty {
            table.add(number: Int32(word), to: .cueStart)
        }
        firstStarts = [0]
        for starting in byFirstWord {
            firstPatterns += starting
            firstStarts.append(Int32(firstPatterns.count))
        }
        anchorStarts = [0]
        for pattern in patterns {
            anchorForms += pattern.anchor
            anchorStarts.append(Int32(anchorForms.count))
            var mask: (UInt64, UInt64) = (0, 0)
            for word in pattern.anchor { Self.mark(word, in: &mask) }
            anchorMasks.append(mask)
        }
    }

    /// A pattern's word positions, each a list of lower-case alternatives
    /// (nil for a gap), tokenized as articles are. A word whose
    /// alternatives tokenize to different lengths ("re-add|add") spells one
    /// pattern per alternative.
    static func positions(_ words: [String]) -> [[[String]?]] {
        var spelled: [[[String]?]] = [[]]
        for word in words {
            if word == "*" {
                spelled = spelled.map { $0 + [nil] }
                continue
            }
            let pieces = word.split(separator: "|").map { Tokenizer.tokenize(String($0)).map(\.lower) }
            if pieces.allSatisfy({ $0.count == 1 }) {
                let one = pieces.map { $0[0] }
                spelled = spelled.map { $0 + [one] }
            } else {
                spelled = spelled.flatMap { prefix in pieces.map { prefix + $0.map { [$0] } } }
            }
        }
        return spelled
    }

    /// Every cue in `range`, longest first at each start; a cue word glued
    /// to the word before by a hyphen ("survival-threatening") is no cue.
    func matches(in tokens: [Token], range: Range<Int>) -> [CueMatch] {
        var found: [CueMatch] = []
        var present = WordSet()
        var presentMask: (UInt64, UInt64) = (0, 0)
        for i in range {
            // Most tokens start no cue: one bit of the token says so.
            guard tokens[i].classes.contains(.cueStart) else { continue }
            let word = Int(tokens[i].word)
            guard word >= 0, word + 1 < firstStarts.count else { continue }
            let first = Int(firstStarts[word]), last = Int(firstStarts[word + 1])
            guard first < last else { continue }
            if i > range.lowerBound, tokens[i].attached, tokens[i - 1].isMark("-") { continue }
            if present.isEmpty {
                // The sentence's words: a pattern is tried only if
                // every word it needs is there ("be * concerned about" is
                // not tried at each "is" of a sentence without "concerned").
                present = WordSet(capacity: range.count)
                for k in range where tokens[k].word >= 0 {
                    present.insert(tokens[k].word)
                    Self.mark(tokens[k].word, in: &presentMask)
                }
            }
            for p in first..<last {
                let index = Int(firstPatterns[p])
                if isPossible(index, present, presentMask), let match = match(index, tokens, i, range.upperBound) {
                    found.append(match)
                }
            }
        }
        guard found.count > 1 else { return found }
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
        // Two patterns may spell the same words ("cut ties with" and "cut *
        // ties with" with an empty gap): one match is kept.
        var unique: [CueMatch] = []
        for match in kept.sorted(by: { ($0.start, $1.end) < ($1.start, $0.end) })
        where !unique.contains(where: { $0.start == match.start && $0.end == match.end
            && $0.entry.relation == match.entry.relation && $0.entry.kind == match.entry.kind }) {
            unique.append(match)
        }
        return unique
    }

    /// Whether the sentence's words (`present`) hold a form of the
    /// pattern's anchor word.
    func isPossible(_ index: Int, _ present: WordSet, _ presentMask: (UInt64, UInt64)) -> Bool {
        let start = Int(anchorStarts[index]), end = Int(anchorStarts[index + 1])
        guard start < end else { return true }
        let mask = anchorMasks[index]
        guard mask.0 & presentMask.0 != 0 || mask.1 & presentMask.1 != 0 else { return false }
        for k in start..<end where present.contains(anchorForms[k]) { return true }
        return false
    }

    /// The word numbers of a sentence, for membership tests: open
    /// addressing over a table at least twice their count (sorting them for
    /// binary searches cost more than the searches).
    struct WordSet {
        private var slots: [Int32] = []
        private var mask = 0

        init() {}

        init(capacity: Int) {
            var size = 16
            while size < 2 * capacity { size *= 2 }
            slots = [Int32](repeating: -1, count: size)
            mask = size - 1
        }

        var isEmpty: Bool { slots.isEmpty }

        @inline(__always)
        private func slot(_ word: Int32) -> Int { Int((UInt32(bitPattern: word) &* 0x9E37_79B1) >> 7) & mask }

        mutating func insert(_ word: Int32) {
            var k = slot(word)
            while slots[k] >= 0 {
                if slots[k] == word { return }
                k = (k + 1) & mask
            }
            slots[k] = word
        }

        func contains(_ word: Int32) -> Bool {
            guard !slots.isEmpty else { return false }
            var k = slot(word)
            while slots[k] >= 0 {
                if slots[k] == word { return true }
                k = (k + 1) & mask
            }
            return false
        }
    }

    /// Sets the bit of word number `word` (modulo 128) in `mask`.
    @inline(__always)
    static func mark(_ word: Int32, in mask: inout (UInt64, UInt64)) {
        let bit = UInt64(1) << UInt64(word & 63)
        if word & 64 == 0 { mask.0 |= bit } else { mask.1 |= bit }
    }

    /// A manner adverb ("firmly", "strongly"): lower case, -ly, longer than four letters.
    func isAdverb(_ tokens: [Token], at k: Int) -> Bool {
        tokens[k].isWord && !tokens[k].isCapitalized && tokens[k].lower.utf8.count > 4
            && tokens[k].lowerHasSuffix("ly")
    }

    private func match(_ index: Int, _ tokens: [Token], _ start: Int, _ limit: Int) -> CueMatch? {
        var gaps: [Range<Int>] = []
        var words: [String] = []   // matched lemmas, last first
        guard let end = step(patterns[index], 0, start, tokens, limit, &gaps, &words) else { return nil }
        return CueMatch(entry: patterns[index].entry, words: words.reversed(), start: start, end: end, gaps: gaps)
    }

    /// Matches the pattern from its position `w` at token `k`: the end of
    /// the match, appending (last first) its gaps and matched lemmas. A
    /// method with the state passed in, not a closure: a recursive closure
    /// capturing `gaps` and `words` put them in boxes on the heap at every
    /// pattern tried.
    private func step(_ pattern: Pattern, _ w: Int, _ k: Int, _ tokens: [Token], _ limit: Int,
                      _ gaps: inout [Range<Int>], _ words: inout [String]) -> Int? {
        if w == pattern.slots.count { return k }
        guard let slot = pattern.slots[w] else {
            // A gap: try the shortest first.
            for skip in 0...Self.maxGap where k + skip <= limit {
                if skip > 0, tokens[k + skip - 1].belongs(to: .gapStop) { break }
                if let end = step(pattern, w + 1, k + skip, tokens, limit, &gaps, &words) {
                    gaps.append(k..<(k + skip))
                    words.append("*")
                    return end
                }
            }
            return nil
        }
        guard k < limit else { return nil }
        if slot.accepts(tokens[k].word), let end = step(pattern, w + 1, k + 1, tokens, limit, &gaps, &words) {
            words.append(slot.lemma(for: tokens[k].word))
            return end
        }
        // Scare quotes inside a phrase: "called it a 'violation of international law'";
        // an adverb: "stands firmly with".
        if w > 0, tokens[k].kind == .openQuote || tokens[k].kind == .closeQuote || isAdverb(tokens, at: k) {
            return step(pattern, w, k + 1, tokens, limit, &gaps, &words)
        }
        // "refused to rule out force" says "did not rule out force".
        if pattern.negators.contains(w), k + 1 < limit, tokens[k].belongs(to: .refusal), tokens[k + 1].lower == "to",
           let end = step(pattern, w + 1, k + 2, tokens, limit, &gaps, &words) {
            words.append(slot.lemmas[0])
            return end
        }
        return nil
    }
}
