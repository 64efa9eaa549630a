import StanceModel

/// Turning what was parsed into a graph, once every node is known.
extension GraphMLParser {
    /// Adds the edges that named nodes declared after them, in file order,
    /// to the graph the assembly built, and hands it over with the foreign
    /// data.
    mutating func buildGraph(_ assembled: inout EdgeAssembly.Result) throws -> StanceGraph {
        // Moved out, not copied: a second reference would make the first
        // change below copy the whole edge table.
        var graph = StanceGraph()
        swap(&graph, &assembled.graph)
        var foreign = foreign
        var foreignEdges = assembled.foreignEdges
        let maker = EdgeMaker(file: xml.name)
        var late: [(edge: Edge, pending: PendingEdge)] = []
        var lateIndex: [EdgeKey: Int] = [:]
        let defaults = edgeDefaults()
        var interner = Provenance.Interner()
        for edge in pending {
            let made = try maker.edge(from: edge, source: nodes[edge.source], target: nodes[edge.target],
                                      defaults: defaults, interner: &interner)
            if let earlier = lateIndex[made.key].map({ late[$0].edge }) ?? graph.edges[made.key] {
                try maker.checkParallel(edge, made, earlier: earlier, earlierForeign: foreignEdges[made.key] ?? [:])
                continue
            }
            lateIndex[made.key] = late.count
            late.append((made, edge))
            if !edge.foreign.isEmpty { foreignEdges[made.key] = edge.foreign }
        }
        for (key, values) in foreignEdges { foreign.add(values, toEdge: key) }
        try graph.add(parsed: late, file: xml.name)
        graph.foreign = foreign
        return graph
    }
}

/// The checks and conversions that make a stance `Edge` of a parsed
/// `<edge>`. A value, so the assembly thread can use it on its own.
struct EdgeMaker: Sendable {
    /// The file, for errors.
    let file: String

    /// One edge, or an error naming the edge, its line, and what is wrong.
    ///
    /// Each item's provenance goes through `interner`, so that the items
    /// of one article share its strings across edges: read from a file, an
    /// article's address and title would otherwise be held once per item.
    func edge(from pending: PendingEdge, source: GraphMLParser.DeclaredNode?, target: GraphMLParser.DeclaredNode?,
              defaults: EdgeValues, interner: inout Provenance.Interner) throws -> Edge {
        func failure(_ message: String) -> FormatError {
            FormatError(file: file, line: pending.line, message: "\(pending.title): \(message)")
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
        do throws(EvidenceJSON.DecodeFailure) {
            if let bytes = pending.evidence {
                evidence = try bytes.withUnsafeBufferPointer { bytes throws(EvidenceJSON.DecodeFailure) in
                    try EvidenceJSON.decode(bytes: bytes)
                }
            } else if let json = values.evidence {
                evidence = try EvidenceJSON.decode(json)
            }
        } catch {
            throw failure("evidence is not a JSON array of evidence objects: \(error.message)")
        }
        var previous = Provenance()
        for index in evidence.indices where !evidence[index].provenance.isEmpty {
            if evidence[index].provenance != previous { previous = interner.intern(evidence[index].provenance) }
            evidence[index].provenance = previous
        }
        if let bad = evidence.first(where: { $0.start < 0 || $0.end < $0.start }) {
            throw failure("evidence of article \(GraphMLWriter.quoted(bad.article)) has impossible offsets "
                + "(start \(bad.start), end \(bad.end)): they count Unicode scalars into the article's text, "
                + "so 0 <= start <= end")
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
        // Stories: the sketch when there is one; counts alone are taken as
        // given (`EdgeStories.extra`); neither is an edge without stories.
        let storyCount = try count(values.stories, "stories"), sourceCount = try count(values.sources, "sources")
        let days: DayCounts?, stories: EdgeStories
        do {
            days = try values.days.map { text throws(EdgeCountError) in try DayCounts(text: text) }
            stories = try EdgeStories(encoded: values.storiesSketch, stories: storyCount, sources: sourceCount)
            if let weight, let articles {
                // As written by this package: the counts are given.
                return try Edge(key: key, evidence: evidence, weight: weight, articles: articles,
                                firstSeen: firstSeen, lastSeen: lastSeen, days: days, stories: stories)
            }
        } catch {
            throw failure(error.message)
        }
        let plain = Edge(key: key, evidence: evidence)
        if weight == nil && articles == nil && firstSeen == nil && lastSeen == nil && days == nil && stories.isEmpty {
            return plain
        }
        let keptWeight = weight ?? plain.weight
        let keptArticles = articles
            ?? (keptWeight == plain.weight ? plain.articles : max(plain.articles, keptWeight > 0 ? 1 : 0))
        do {
            return try Edge(key: key, evidence: evidence, weight: keptWeight, articles: keptArticles,
                            firstSeen: firstSeen, lastSeen: lastSeen, days: days, stories: stories)
        } catch {
            throw failure(error.message)
        }
    }
}

extension EdgeMaker {
    /// A second `<edge>` with the source, relation and target of an earlier
    /// one. This model holds one edge per source, relation and target, so
    /// parallel edges of one relation would be merged, which changes them
    /// (evidence united, counts added): they are read as one edge when
    /// they are identical (the same counts, evidence, dates and other
    /// tools' data), and refused otherwise.
    func checkParallel(_ pending: PendingEdge, _ edge: Edge, earlier: Edge,
                       earlierForeign: [ForeignKey: String]) throws {
        guard edge != earlier || pending.foreign != earlierForeign else { return }
        throw FormatError(file: file, line: pending.line, message: "\(pending.title): a second "
            + "\(edge.relation.rawValue) edge from \(GraphMLWriter.quoted(edge.source)) to "
            + "\(GraphMLWriter.quoted(edge.target)), with other data than the first; this model keeps one edge "
            + "per source, relation and target, and merging them would change their data: merge them into one "
            + "<edge> (or remove one) first")
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
