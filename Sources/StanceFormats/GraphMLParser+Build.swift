import StanceModel

/// Turning what was parsed into a graph, once every node is known.
extension GraphMLParser {
    /// Adds the edges that named nodes declared after them, in file order,
    /// and hands over the graph with the foreign data.
    mutating func buildGraph() throws -> StanceGraph {
        let defaults = edgeDefaults()
        for edge in pending {
            try add(edge, from: nodes[edge.source], to: nodes[edge.target], defaults: defaults)
        }
        pending = []
        // The graph's table is sized once for every edge read: growing it
        // edge by edge rehashed it twenty times, a tenth of the read.
        var all: [Edge] = []
        swap(&all, &edges)
        graph.add(contentsOf: all)
        graph.foreign = foreign
        return graph
    }

    /// Checks one edge against the nodes and the stance model and keeps it.
    mutating func add(_ pending: PendingEdge, from source: DeclaredNode?, to target: DeclaredNode?,
                      defaults: EdgeValues) throws {
        let edge = try edge(from: pending, source: source, target: target, defaults: defaults)
        edges.append(edge)
        if !pending.foreign.isEmpty {
            foreign.add(pending.foreign, toEdge: edge.key)
        }
    }

    /// One edge, or an error naming the edge, its line, and what is wrong.
    private func edge(from pending: PendingEdge, source: DeclaredNode?, target: DeclaredNode?,
                      defaults: EdgeValues) throws -> Edge {
        func failure(_ message: String) -> FormatError {
            FormatError(file: xml.name, line: pending.line, message: "\(pending.title): \(message)")
        }
        guard let source else {
            throw failure("source \(GraphMLWriter.quoted(pending.source)) names no declared node")
        }
        guard let target else {
            throw failure("target \(GraphMLWriter.quoted(pending.target)) names no declared node")
        }
        let values = defaults.isEmpty ? pending.values : pending.values.withDefaults(defaults)
        guard let text = values.relation else {
            throw failure("no relation: expected a <data> whose key has attr.name=\"relation\" "
                + "and for=\"edge\", with value supports, warns or opposes")
        }
        let trimmed = text.trimmingWhitespace()
        guard let relation = Relation(rawValue: trimmed) else {
            let allowed = Relation.allCases.map(\.rawValue).joined(separator: ", ")
            throw failure("unknown relation \(GraphMLWriter.quoted(trimmed)) (expected one of \(allowed))")
        }
        var evidence: [Evidence] = []
        let decoded = pending.evidence ?? values.evidence.map { json in
            Result { () throws(EvidenceJSON.DecodeFailure) in try EvidenceJSON.decode(json) }
        }
        switch decoded {
        case .success(let items): evidence = items
        case .failure(let error):
            throw failure("evidence is not a JSON array of evidence objects: \(error.message)")
        case nil: break
        }
        let key = EdgeKey(source: source.actor, relation: relation, target: target.actor)
        func count(_ text: String?, _ name: String) throws -> Int? {
            guard let text else { return nil }
            guard let count = GraphMLVocabulary.count(text) else {
                throw failure("\(name) \(GraphMLWriter.quoted(String(text.prefix(40)))) is not a non-negative integer")
            }
            return count
        }
        let weight = try count(values.weight, "weight"), articles = try count(values.articles, "articles")
        let firstSeen = values.firstSeen?.trimmingWhitespace(), lastSeen = values.lastSeen?.trimmingWhitespace()
        do {
            if let weight, let articles {
                // As written by this package: the counts are given.
                return try Edge(key: key, evidence: evidence, weight: weight, articles: articles,
                                firstSeen: firstSeen, lastSeen: lastSeen)
            }
        } catch {
            throw failure(error.message)
        }
        let plain = Edge(key: key, evidence: evidence)
        if weight == nil && articles == nil && firstSeen == nil && lastSeen == nil { return plain }
        let keptWeight = weight ?? plain.weight
        let keptArticles = articles
            ?? (keptWeight == plain.weight ? plain.articles : max(plain.articles, keptWeight > 0 ? 1 : 0))
        do {
            return try Edge(key: key, evidence: evidence, weight: keptWeight, articles: keptArticles,
                            firstSeen: firstSeen, lastSeen: lastSeen)
        } catch {
            throw failure(error.message)
        }
    }
}

extension String {
    /// Without leading and trailing whitespace and newlines. Used for
    /// enumerated values only, which some tools pad (Cytoscape trims too);
    /// free text is kept exactly.
    func trimmingWhitespace() -> String {
        // Fast path: nothing to trim (ASCII letters at both ends).
        if let first = utf8.first, let last = utf8.last, first > 0x20 && first < 0x80 && last > 0x20 && last < 0x80 {
            return self
        }
        var slice = Substring(self)
        while slice.first?.isWhitespace == true { slice.removeFirst() }
        while slice.last?.isWhitespace == true { slice.removeLast() }
        return String(slice)
    }
}
