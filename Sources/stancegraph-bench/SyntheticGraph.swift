import StanceGraph

/// A seeded random stance graph of any size, for the GraphML, merge and
/// query workloads: `nodes` actors, `edges` distinct edges, each with a
/// relation and one evidence sentence of about 60 characters that sometimes
/// holds XML's special characters and non-ASCII letters.
struct SyntheticGraph {
    static let words = ["the", "minister", "said", "talks", "over", "trade", "were", "useful", "and",
                        "firm", "border", "deal", "envoy", "agreed", "rejected", "plan", "vote", "aid"]
    static let specials = ["\"quoted\"", "R&D", "<draft>", "it's", "Zürich", "São", "a>b", "5%", "naïve"]

    var random: SplitMix64

    init(seed: UInt64) { random = SplitMix64(seed: seed) }

    mutating func sentence() -> String {
        var parts: [String] = []
        var length = 0
        while length < 56 {
            let word = random.below(12) == 0 ? Self.specials[random.below(Self.specials.count)]
                : Self.words[random.below(Self.words.count)]
            parts.append(word)
            length += word.count + 1
        }
        return String(parts.joined(separator: " ").prefix(60))
    }

    mutating func graph(nodes: Int, edges: Int) -> StanceGraph {
        var graph = StanceGraph()
        for index in 0..<nodes {
            graph.add(Actor(id: "n\(index)", label: "Actor \(index) \(Self.words[index % Self.words.count])",
                            kind: index % 3 == 0 ? "state" : "organisation"))
        }
        var index = 0
        while graph.edges.count < edges {
            let key = EdgeKey(source: "n\(random.below(nodes))", relation: Relation.allCases[random.below(3)],
                              target: "n\(random.below(nodes))")
            let text = sentence()
            graph.add(key, evidence: Evidence(article: "a\(index % 50_000).txt", start: 0,
                                              end: text.unicodeScalars.count, sentence: text,
                                              cue: "cue", rule: "verb"))
            index += 1
        }
        return graph
    }
}
