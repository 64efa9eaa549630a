import StanceModel

/// Turning what was parsed into a graph, once every node is known.
extension GraphMLParser {
    /// Checks every edge against the nodes and the stance model, then
    /// builds the graph. Edges are checked in file order, so the error
    /// reported is the first one in the file.
    func buildGraph() throws -> StanceGraph {
        var graph = StanceGraph()
        for actor in actors { graph.add(actor) }
        let defaultRelation = defaultValue("relation", on: .edge)
        for pending in edges {
            graph.add(try edge(from: pending, defaultRelation: defaultRelation))
        }
        return graph
    }

    /// One edge, or an error naming the edge, its line, and what is wrong.
    private func edge(from pending: PendingEdge, defaultRelation: String?) throws -> Edge {
        func failure(_ message: String) -> FormatError {
            FormatError(file: xml.name, line: pending.line, message: "\(pending.title): \(message)")
        }
        for (end, id) in [("source", pending.source), ("target", pending.target)] where nodeLines[id] == nil {
            throw failure("\(end) \(GraphMLWriter.quoted(id)) names no declared node")
        }
        guard let text = pending.relation ?? defaultRelation else {
            throw failure("no relation: expected a <data> whose key has attr.name=\"relation\" "
                + "and for=\"edge\", with value supports, warns or opposes")
        }
        let trimmed = text.trimmingWhitespace()
        guard let relation = Relation(rawValue: trimmed) else {
            let allowed = Relation.allCases.map(\.rawValue).joined(separator: ", ")
            throw failure("unknown relation \(GraphMLWriter.quoted(trimmed)) (expected one of \(allowed))")
        }
        var evidence: [Evidence] = []
        if let json = pending.evidence {
            do {
                evidence = try EvidenceJSON.decode(json)
            } catch {
                throw failure("evidence is not a JSON array of evidence objects: \(error.message)")
            }
        }
        let key = EdgeKey(source: pending.source, relation: relation, target: pending.target)
        return Edge(key: key, evidence: evidence)
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
