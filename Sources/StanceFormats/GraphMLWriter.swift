import StanceModel

/// Writes a `StanceGraph` as GraphML 1.0 that networkx, igraph, Gephi, yEd
/// and Cytoscape read without warnings (shared/conformance/CONVENTIONS.md).
///
/// The output is a pure function of the graph: keys in a fixed order, nodes
/// sorted by id, edges in `sortedEdges` order with ids `e0, e1, ...`, and
/// evidence as canonical JSON. Identical graphs therefore give identical
/// bytes, so files can be diffed, cached and compared in tests, and
/// `GraphMLReader` followed by this writer reproduces a file exactly.
public enum GraphMLWriter {
    /// The GraphML document for `graph`, as UTF-8 bytes.
    ///
    /// Free text (labels, kinds, evidence) has code points XML 1.0 cannot
    /// hold replaced by U+FFFD (`XMLText.clean`). Node ids are the actor ids
    /// and are not altered: an id that is not a valid `xs:NMTOKEN` (empty,
    /// containing spaces, `/`, `#`, quotes, ...) throws, because silently
    /// renaming a node would break every reference to it.
    public static func data(_ graph: StanceGraph) throws -> [UInt8] {
        try data(graph, blockSize: 4096)
    }

    /// `data`, with edges serialised `blockSize` at a time on either of two
    /// threads (`Int.max`: all on this one); the bytes never depend on it.
    static func data(_ graph: StanceGraph, blockSize: Int) throws -> [UInt8] {
        var xml = try XMLOutputWriter(blockSize: blockSize)
        try emit(graph, to: &xml)
        return try xml.finish()
    }

    /// The same document written through libxml2's `xmlTextWriter`: an
    /// independent reference for tests. It spells some escapes differently
    /// (`&quot;` in text), so the two are compared by reading both back.
    static func referenceData(_ graph: StanceGraph) throws -> [UInt8] {
        var xml = try XMLStreamWriter(name: "")
        try emit(graph, to: &xml)
        return try xml.finish()
    }

    /// Writes the document for `graph` into `xml`.
    static func emit<W: XMLSink>(_ graph: StanceGraph, to xml: inout W) throws {
        let actors = graph.sortedActors
        for actor in actors where !XMLText.isNMToken(actor.id) {
            throw FormatError(
                file: "", message: "actor id \(quoted(actor.id)) is not a valid GraphML node id (xs:NMTOKEN: "
                    + "letters, digits, '.', '-', '_', ':' and no spaces)")
        }
        let foreignIDs = foreignKeyIDs(graph.foreign)
        try xml.startDocument()
        try xml.startElement("graphml")
        try xml.constantAttribute("xmlns", GraphMLVocabulary.namespace)
        try xml.constantAttribute("xmlns:xsi", GraphMLVocabulary.xsiNamespace)
        for (prefix, uri) in graph.foreign.namespaces.sorted(by: { $0.key < $1.key }) {
            try xml.attribute("xmlns:\(prefix)", uri)
        }
        try xml.constantAttribute("xsi:schemaLocation", GraphMLVocabulary.schemaLocation)
        let dated = graph.edges.values.contains { $0.firstSeen != nil }
        let daily = graph.edges.values.contains { $0.days.isDated }
        let storied = graph.edges.values.contains { !$0.stories.isEmpty }
        for key in GraphMLVocabulary.keys + (dated ? GraphMLVocabulary.dateKeys : [])
            + (daily ? [GraphMLVocabulary.days] : []) + (storied ? GraphMLVocabulary.storyKeys : []) {
            try xml.startElement("key")
            try xml.constantAttribute("id", key.id)
            try xml.constantAttribute("for", key.domain.rawValue)
            try xml.constantAttribute("attr.name", key.name)
            try xml.constantAttribute("attr.type", key.type)
            try xml.endElement()
        }
        for (key, id) in foreignIDs {
            try writeKey(key, id: id, to: &xml)
        }
        let ids = Dictionary(uniqueKeysWithValues: foreignIDs.map { ($0.key, $0.id) })
        try xml.startElement("graph")
        try xml.constantAttribute("id", GraphMLVocabulary.graphID)
        try xml.constantAttribute("edgedefault", "directed")
        try writeForeign(graph.foreign.graph, ids: ids, to: &xml)
        for actor in actors {
            try writeNode(actor, foreign: graph.foreign.nodes[actor.id], ids: ids, to: &xml)
        }
        // Edges in key order, each read in place rather than copied into a
        // sorted array first, in blocks the writer may spread over threads.
        let order = graph.edgeOrder
        try xml.writeInBlocks(count: order.count) { numbers, xml in
            for number in numbers {
                let edge = graph.edges.values[order[number]]
                try writeEdge(edge, id: "e\(number)", foreign: graph.foreign.edges.isEmpty ? nil : graph.foreign.edges[edge.key],
                              ids: ids, to: &xml)
            }
        }
        try xml.endElement()
        try writeForeign(graph.foreign.document, ids: ids, to: &xml)
    }

    /// Ids for the foreign keys, in their fixed order: each key keeps the id
    /// it had unless that id is one of ours or taken by an earlier key, in
    /// which case `_2`, `_3`, ... is appended.
    static func foreignKeyIDs(_ foreign: ForeignData) -> [(key: ForeignKey, id: String)] {
        var taken = Set(GraphMLVocabulary.keys.map(\.id) + GraphMLVocabulary.dateKeys.map(\.id)
            + [GraphMLVocabulary.days.id] + GraphMLVocabulary.storyKeys.map(\.id))
        var result: [(ForeignKey, String)] = []
        for key in foreign.sortedKeys {
            let preferred = foreign.keyIDs[key] ?? "k"
            var id = preferred, suffix = 2
            while taken.contains(id) {
                id = "\(preferred)_\(suffix)"
                suffix += 1
            }
            taken.insert(id)
            result.append((key, id))
        }
        return result
    }

    private static func writeKey<W: XMLSink>(_ key: ForeignKey, id: String, to xml: inout W) throws {
        try xml.startElement("key")
        try xml.attribute("id", id)
        if !key.domain.isEmpty { try xml.attribute("for", key.domain) }
        for attribute in key.attributes {
            try xml.attribute(attribute.name, attribute.value)
        }
        if let value = key.defaultValue {
            try xml.startElement("default")
            try xml.raw(value)
            try xml.endElement()
        }
        try xml.endElement()
    }

    /// Foreign `<data>` in key order, their markup written as read.
    private static func writeForeign<W: XMLSink>(_ values: [ForeignKey: String]?, ids: [ForeignKey: String],
                                     to xml: inout W) throws {
        guard let values, !values.isEmpty else { return }
        for (key, value) in values.sorted(by: { $0.key < $1.key }) {
            try xml.startElement("data")
            try xml.attribute("key", ids[key] ?? "k")
            try xml.raw(value)
            try xml.endElement()
        }
    }

    /// Writes `graph` to `path` atomically (see `AtomicFile`): readers of
    /// `path` see the old file or the new one, never half a file. Streams:
    /// the document is never held whole in memory.
    public static func write(_ graph: StanceGraph, to path: String) throws {
        do {
            try AtomicFile.write(to: path) { write in
                try withoutActuallyEscaping(write) { write in
                    var xml = try XMLOutputWriter(streamingTo: write)
                    try emit(graph, to: &xml)
                    _ = try xml.finish()
                }
            }
        } catch var error as FormatError {
            if error.file.isEmpty { error.file = path }
            throw error
        }
    }

    /// A node with its label always written, even when empty, because the
    /// reader takes a missing label to mean "use the id"; `kind` only when
    /// known, to keep files small.
    private static func writeNode<W: XMLSink>(_ actor: Actor, foreign: [ForeignKey: String]?, ids: [ForeignKey: String],
                                  to xml: inout W) throws {
        try xml.startElement("node")
        try xml.attribute("id", actor.id)
        func owner() -> String { "node \(quoted(actor.id))" }
        try writeData(GraphMLVocabulary.nodeLabel, actor.label, to: &xml, owner: owner())
        if !actor.kind.isEmpty {
            try writeData(GraphMLVocabulary.nodeKind, actor.kind, to: &xml, owner: owner())
        }
        try writeForeign(foreign, ids: ids, to: &xml)
        try xml.endElement()
    }

    private static func writeEdge<W: XMLSink>(_ edge: Edge, id: String, foreign: [ForeignKey: String]?,
                                  ids: [ForeignKey: String], to xml: inout W) throws {
        try xml.startElement("edge")
        try xml.constantAttribute("id", id)
        try xml.attribute("source", edge.source)
        try xml.attribute("target", edge.target)
        func owner() -> String { "edge \(edge.key) (\(edge.weight) sentences)" }
        try writeConstantData(GraphMLVocabulary.relation, edge.relation.rawValue, to: &xml)
        try writeConstantData(GraphMLVocabulary.edgeLabel, edge.relation.rawValue, to: &xml)
        try writeConstantData(GraphMLVocabulary.weight, String(edge.weight), to: &xml)
        try writeConstantData(GraphMLVocabulary.articles, String(edge.articles), to: &xml)
        try xml.startElement("data")
        try xml.constantAttribute("key", GraphMLVocabulary.evidence.id)
        let length = try xml.evidence(edge.evidence)
        try xml.endElement()
        guard length <= maximumTextLength else {
            throw FormatError(file: "", message: "the evidence of \(owner()) is \(length) bytes long, "
                + "over the \(maximumTextLength) bytes that libxml2 reads in one value")
        }
        if let first = edge.firstSeen, let last = edge.lastSeen {
            try writeData(GraphMLVocabulary.firstSeen, first, to: &xml, owner: owner())
            try writeData(GraphMLVocabulary.lastSeen, last, to: &xml, owner: owner())
        }
        if edge.days.isDated {
            try writeData(GraphMLVocabulary.days, edge.days.text, to: &xml, owner: owner())
        }
        if !edge.stories.isEmpty {
            try writeConstantData(GraphMLVocabulary.stories, String(edge.stories.stories), to: &xml)
            try writeConstantData(GraphMLVocabulary.sources, String(edge.stories.sources), to: &xml)
            try writeData(GraphMLVocabulary.storiesSketch, edge.stories.encoded, to: &xml, owner: owner())
        }
        try writeForeign(foreign, ids: ids, to: &xml)
        try xml.endElement()
    }

    /// libxml2 refuses longer text values (see `LibXML.maximumTextLength`).
    static let maximumTextLength = LibXML.maximumTextLength

    /// Writes one `<data>`. A value longer than libxml2 can read back is an
    /// error rather than a file that `GraphMLReader` (and xmllint) would
    /// refuse; in practice only an edge with tens of thousands of evidence
    /// sentences gets there.
    private static func writeData<W: XMLSink>(_ key: GraphMLVocabulary.Key, _ value: String,
                                  to xml: inout W, owner: @autoclosure () -> String) throws {
        let text = XMLText.clean(value)
        guard text.utf8.count <= maximumTextLength else {
            throw FormatError(file: "", message: "the \(key.name) of \(owner()) is \(text.utf8.count) bytes long, "
                + "over the \(maximumTextLength) bytes that libxml2 reads in one value")
        }
        try xml.startElement("data")
        try xml.constantAttribute("key", key.id)
        try xml.text(text)
        try xml.endElement()
    }

    /// Writes one `<data>` whose value this package spells itself (a
    /// relation name, a count): short, clean, with nothing to escape.
    private static func writeConstantData<W: XMLSink>(_ key: GraphMLVocabulary.Key, _ value: String,
                                          to xml: inout W) throws {
        try xml.startElement("data")
        try xml.constantAttribute("key", key.id)
        try xml.constantText(value)
        try xml.endElement()
    }

    /// `"id"` with invisible characters made visible, for error messages.
    static func quoted(_ text: String) -> String {
        "\"" + text.unicodeScalars.map { scalar in
            scalar.value < 0x20 || scalar.value == 0x7F || !XMLText.isAllowed(scalar)
                ? scalar.escaped(asASCII: true) : String(scalar)
        }.joined() + "\""
    }
}
