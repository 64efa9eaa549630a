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
    private struct Node: Sendable {
        var children: [String: Int] = [:]
        var entries: [(words: [CaseRule], payload: Payload)] = []
    }

    private var nodes: [Node] = [Node()]
    let caseSensitive: Bool

    init(caseSensitive: Bool) {
        self.caseSensitive = caseSensitive
    }

    var isEmpty: Bool { nodes.count == 1 }

    mutating func insert(_ phrase: String, _ payload: Payload) {
        let tokens = Tokenizer.tokenize(phrase)
        guard !tokens.isEmpty else { return }
        let words = tokens.map { CaseRule($0) }
        var node = 0
        for token in tokens {
            let key = token.lower
            if let next = nodes[node].children[key] {
                node = next
            } else {
                nodes.append(Node())
                nodes[node].children[key] = nodes.count - 1
                node = nodes.count - 1
            }
        }
        nodes[node].entries.append((words, payload))
    }

    /// The longest phrase starting at `start` and ending before `limit`,
    /// as its end index and the payloads of every phrase of that length that
    /// passes the case rule.
    func longestMatch(in tokens: [Token], at start: Int, limit: Int? = nil) -> (end: Int, payloads: [Payload])? {
        let limit = limit ?? tokens.count
        var node = 0
        var best: (end: Int, payloads: [Payload])?
        var i = start
        while i < limit, let next = nodes[node].children[tokens[i].lower] {
            node = next
            i += 1
            let accepted = nodes[node].entries.filter { entry in
                !caseSensitive || zip(entry.words, tokens[start..<i]).allSatisfy { $0.accepts($1) }
            }
            if !accepted.isEmpty { best = (i, accepted.map(\.payload)) }
        }
        return best
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

        /// Lower-case words match any case; acronyms only themselves;
        /// capitalised words themselves or their all-capitals form.
        func accepts(_ token: Token) -> Bool {
            switch kind {
            case .any: return true
            case .exact: return token.plain == plain
            case .capitalized: return token.plain == plain || token.isAllCaps
            }
        }
    }
}
