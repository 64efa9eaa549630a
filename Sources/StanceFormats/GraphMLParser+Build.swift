import StanceModel

/// Turning what was parsed into a graph, once every node is known.
extension GraphMLParser {
    /// Checks every edge against the nodes and the stance model, then
    /// builds the graph. Edges are checked in file order, so the error
    /// reported is the first one in the file.
    func buildGraph() throws -> StanceGraph {
        var graph = StanceGraph()
        for actor in actors { graph.add(actor) }
        var foreign = self.foreign
        let defaults = Dictionary(uniqueKeysWithValues: Self.edgeAttributes.compactMap { name in
            defaultValue(name, on: .edge).map { (name, $0) }
        })
        for pending in edges {
            let edge = try edge(from: pending, defaults: defaults)
            graph.add(edge)
            if !pending.foreign.isEmpty {
                foreign.add(pending.foreign, toEdge: edge.key)
            }
        }
        graph.foreign = foreign
        return graph
    }

    /// One edge, or an error naming the edge, its line, and what is wrong.
    private func edge(from pending: PendingEdge, defaults: [String: String]) throws -> Edge {
        func failure(_ message: String) -> FormatError {
            FormatError(file: xml.name, line: pending.line, message: "\(pending.title): \(message)")
        }
        func value(_ name: String) -> String? { pending.values[name] ?? defaults[name] }
        for (end, id) in [("source", pending.source), ("target", pending.target)] where nodeLines[id] == nil {
            throw failure("\(end) \(GraphMLWriter.quoted(id)) names no declared node")
        }
        guard let text = value("relation") else {
            throw failure("no relation: expected a <data> whose key has attr.name=\"relation\" "
                + "and for=\"edge\", with value supports, warns or opposes")
        }
        let trimmed = text.trimmingWhitespace()
        guard let relation = Relation(rawValue: trimmed) else {
            let allowed = Relation.allCases.map(\.rawValue).joined(separator: ", ")
            throw failure("unknown relation \(GraphMLWriter.quoted(trimmed)) (expected one of \(allowed))")
        }
        var evidence: [Evidence] = []
        if let json = value("evidence") {
            do {
                evidence = try EvidenceJSON.decode(json)
            } catch {
                throw failure("evidence is not a JSON array of evidence objects: \(error.message)")
            }
        }
        let key = EdgeKey(source: actorIDs[pending.source] ?? pending.source, relation: relation,
                          target: actorIDs[pending.target] ?? pending.target)
        let plain = Edge(key: key, evidence: evidence)
        var counts: [String: Int] = [:]
        for name in ["weight", "articles"] {
            guard let text = value(name) else { continue }
            guard let count = GraphMLVocabulary.count(text) else {
                throw failure("\(name) \(GraphMLWriter.quoted(String(text.prefix(40)))) is not a non-negative integer")
            }
            counts[name] = count
        }
        let dates = (value("first_seen").map { $0.trimmingWhitespace() }, value("last_seen").map { $0.trimmingWhitespace() })
        if counts.isEmpty && dates.0 == nil && dates.1 == nil { return plain }
        let weight = counts["weight"] ?? plain.weight
        let articles = counts["articles"]
            ?? (weight == plain.weight ? plain.articles : max(plain.articles, weight > 0 ? 1 : 0))
        do {
            return try Edge(key: key, evidence: evidence, weight: weight, articles: articles,
                            firstSeen: dates.0, lastSeen: dates.1)
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
        var slice = Substring(self)
        while slice.first?.isWhitespace == true { slice.removeFirst() }
        while slice.last?.isWhitespace == true { slice.removeLast() }
        return String(slice)
    }
}
