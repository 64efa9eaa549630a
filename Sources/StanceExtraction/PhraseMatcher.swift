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
        var entries: [(words: [String], payload: Payload)] = []
    }

    private var nodes: [Node] = [Node()]
    let caseSensitive: Bool

    init(caseSensitive: Bool) {
        self.caseSensitive = caseSensitive
    }

    var isEmpty: Bool { nodes.count == 1 }

    mutating func insert(_ phrase: String, _ payload: Payload) {
        let words = Tokenizer.tokenize(phrase).map { $0.text.replacingOccurrences(of: "’", with: "'") }
        guard !words.isEmpty else { return }
        var node = 0
        for word in words {
            let key = word.lowercased()
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
                !caseSensitive || zip(entry.words, tokens[start..<i]).allSatisfy { Self.caseMatches($0, $1.text.replacingOccurrences(of: "’", with: "'")) }
            }
            if !accepted.isEmpty { best = (i, accepted.map(\.payload)) }
        }
        return best
    }

    static func caseMatches(_ phraseWord: String, _ text: String) -> Bool {
        if phraseWord == text { return true }
        let letters = phraseWord.unicodeScalars.filter { $0.properties.isAlphabetic }
        let upper = letters.filter { $0.properties.isUppercase }
        if upper.isEmpty { return true }                         // "the", "of"
        if upper.count == letters.count && letters.count >= 2 { return false } // acronym
        let textLetters = text.unicodeScalars.filter { $0.properties.isAlphabetic }
        return !textLetters.isEmpty && textLetters.allSatisfy { $0.properties.isUppercase }
            && text.lowercased() == phraseWord.lowercased()
    }
}
