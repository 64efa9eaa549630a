import Foundation

/// A trie over token sequences that finds the longest known phrase starting
/// at a token. Phrases are tokenized with the same `Tokenizer` as articles,
/// so "Guinea-Bissau" or "Japan's" line up with the text.
///
/// Case: a phrase word in lower case matches any case; a capitalised word
/// matches itself or its all-capitals form (headlines); an all-capitals word
/// of two or more letters (an acronym such as "US") matches only itself.
/// That keeps "us" from being the United States and "china" from being China.
struct PhraseMatcher<Payload: Sendable>: Sendable {
    /// Children are keyed by word numbers of the extractor's `WordTable`:
    /// the root's in an array indexed by number (every token of an article
    /// asks it, most to find nothing), deeper nodes' in a short list sorted
    /// by number.
    private struct Node: Sendable {
        var children: [(word: Int32, node: Int32)] = []
        var entries: [(words: [CaseRule], payload: Payload)] = []
        /// Every entry's payload, in order: the answer whenever all pass
        /// the case rule (always, for a case-insensitive matcher), without
        /// building an array per match.
        var payloads: [Payload] = []
        /// `entries.count`, read without following the array's pointer:
        /// most nodes a match walks through end no phrase.
        var count: Int32 = 0

        func child(_ word: Int32) -> Int32? {
            var low = 0, high = children.count
            while low < high {
                let middle = (low + high) / 2
                if children[middle].word < word { low = middle + 1 } else { high = middle }
            }
            return low < children.count && children[low].word == word ? children[low].node : nil
        }
    }

    private var nodes: [Node] = [Node()]
    /// The node each word number leads to from the root, -1 for none.
    private var roots: [Int32] = []
    let caseSensitive: Bool
    /// The word class of the words phrases start with, a bit of its own in
    /// the `WordTable` (empty when the table had none left): a token
    /// without it starts no phrase, which its own bits tell without a
    /// look at `roots`. Most tokens ask several matchers, and most find
    /// nothing.
    private var startClass: WordClass = []

    init(caseSensitive: Bool) {
        self.caseSensitive = caseSensitive
    }

    var isEmpty: Bool { nodes.count == 1 }

    /// Adds a phrase, numbering its words in `words`.
    mutating func insert(_ phrase: String, _ payload: Payload, words table: inout WordTable) {
        let tokens = Tokenizer.tokenize(phrase)
        guard !tokens.isEmpty else { return }
        let words = tokens.map { CaseRule($0) }
        if nodes.count == 1 && startClass.isEmpty { startClass = table.newClass() }
        var node: Int32 = 0
        for token in tokens {
            let word = table.intern(token.lower)
            if node == 0 && !startClass.isEmpty { table.add(number: word, to: startClass) }
            if let next = child(of: node, word) {
                node = next
                continue
            }
            nodes.append(Node())
            let added = Int32(nodes.count - 1)
            if node == 0 {
                if roots.count <= Int(word) { roots += repeatElement(-1, count: Int(word) + 1 - roots.count) }
                roots[Int(word)] = added
            } else {
                let at = nodes[Int(node)].children.firstIndex { $0.word > word } ?? nodes[Int(node)].children.endIndex
                nodes[Int(node)].children.insert((word, added), at: at)
            }
            node = added
        }
        nodes[Int(node)].entries.append((words, payload))
        nodes[Int(node)].payloads.append(payload)
        nodes[Int(node)].count += 1
    }

    private func child(of node: Int32, _ word: Int32) -> Int32? {
        guard word >= 0 else { return nil }
        if node != 0 { return nodes[Int(node)].child(word) }
        guard Int(word) < roots.count, roots[Int(word)] >= 0 else { return nil }
        return roots[Int(word)]
    }

    /// The longest phrase starting at `start` and ending before `limit`,
    /// as its end index and the payloads of every phrase of that length that
    /// passes the case rule. The tokens must be labelled by the same
    /// `WordTable` the phrases were numbered in.
    ///
    /// (The test of the first token's class is inlined into the callers,
    /// each of which asks at nearly every token: a call that found nothing
    /// cost more than the test.)
    @inline(__always)
    func longestMatch(in tokens: [Token], at start: Int, limit: Int? = nil) -> (end: Int, payloads: [Payload])? {
        let limit = limit ?? tokens.count
        if !startClass.isEmpty {
            guard start >= 0, start < limit, start < tokens.count,
                  !tokens[start].classes.isDisjoint(with: startClass) else { return nil }
        }
        return walk(tokens, from: start, limit: limit)
    }

    /// `longestMatch` past the test of the first token.
    @inline(never)
    private func walk(_ tokens: [Token], from start: Int, limit: Int) -> (end: Int, payloads: [Payload])? {
        var node: Int32 = 0
        var best: (end: Int, payloads: [Payload])?
        var i = start
        while i < limit, let next = child(of: node, tokens[i].word) {
            node = next
            i += 1
            guard nodes[Int(node)].count > 0 else { continue }
            if !caseSensitive {
                best = (i, nodes[Int(node)].payloads)
                continue
            }
            // (The entries' case rules read in place: copying an entry
            // copied its payload, an actor entry of several strings.)
            var all = true
            for entry in nodes[Int(node)].entries.indices
            where !Self.accepts(nodes[Int(node)].entries[entry].words, tokens, from: start, to: i) {
                all = false
                break
            }
            if all {
                best = (i, nodes[Int(node)].payloads)
                continue
            }
            let accepted = nodes[Int(node)].entries.filter { Self.accepts($0.words, tokens, from: start, to: i) }
            if !accepted.isEmpty { best = (i, accepted.map(\.payload)) }
        }
        return best
    }

    /// Whether the phrase words `rules` accept the case of `tokens[start..<end]`.
    private static func accepts(_ rules: [CaseRule], _ tokens: [Token], from start: Int, to end: Int) -> Bool {
        var k = start
        for rule in rules {
            guard k < end else { break }
            if !rule.accepts(tokens, at: k) { return false }
            k += 1
        }
        return true
    }

    /// How one phrase word constrains the case of the text it matches.
    struct CaseRule: Sendable {
        enum Kind: Sendable { case any, exact, capitalized }
        let kind: Kind
        let plain: String

        init(_ token: Token) {
            plain = token.plain
            let letters = token.plain.unicodeScalars.filter { $0.properties.isAlphabetic }
            let upper = letters.filter { $0.properties.isUppercase }.count
            if upper == 0 {
                kind = .any                                      // "the", "of"
            } else if upper == letters.count && letters.count >= 2 {
                kind = .exact                                    // acronym: "US"
            } else {
                kind = .capitalized                              // "China"
            }
        }

        /// Lower-case words match any case; acronyms only themselves (their
        /// plain form); capitalised words themselves or their all-capitals
        /// form. (`plain` holds no typographic apostrophe, so a token whose
        /// text equals it has that text as its plain form too: the token's
        /// plain form is worked out only when its text differs.)
        func accepts(_ tokens: [Token], at k: Int) -> Bool {
            switch kind {
            case .any: return true
            case .exact: return tokens[k].text == plain || tokens[k].plain == plain
            case .capitalized: return tokens[k].text == plain || tokens[k].isAllCaps || tokens[k].plain == plain
            }
        }
    }
}
