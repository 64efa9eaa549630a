import StanceModel

/// Reads GraphML into a `StanceGraph`: files written by `GraphMLWriter`, and
/// files from networkx, igraph, yEd or Gephi that carry the same attributes.
///
/// Keys are resolved by `attr.name` and `for`, never by key id, so
/// networkx's `d0, d1, ...` and yEd's ids work. What the stance model cannot
/// hold is skipped: unknown elements (yEd's `y:` graphics, `<desc>`, ports,
/// hyperedges) by depth, and data of unknown keys. What would make the
/// graph wrong is an error: a DOCTYPE, malformed XML, a root other than
/// GraphML's `<graphml>`, more than one `<graph>`, nested graphs, duplicate
/// node ids, edge endpoints naming no node, edges without a relation or with
/// a relation other than supports, warns or opposes, and unreadable evidence.
///
/// Limitation: the model's edge weight is its number of evidence sentences.
/// An edge with a `weight` but no `evidence` (as other tools write) is read
/// as an edge with no evidence, so its weight becomes 0; `weight` and
/// `articles` values are never read, only recomputed.
public enum GraphMLReader {
    /// Reads the GraphML file at `path`, streaming, in constant memory apart
    /// from the graph itself.
    public static func read(path: String) throws -> StanceGraph {
        var parser = GraphMLParser(xml: try XMLStreamReader(path: path))
        return try parser.parse()
    }

    /// Reads GraphML held in memory; `name` stands for the file in errors.
    public static func read(bytes: [UInt8], name: String) throws -> StanceGraph {
        var parser = GraphMLParser(xml: try XMLStreamReader(bytes: bytes, name: name))
        return try parser.parse()
    }
}

/// What the parser keeps of one `<key>`: enough to resolve `<data>` by
/// attribute name, plus its `<default>`.
struct DeclaredKey {
    var domain: GraphMLVocabulary.Domain?
    var name: String?
    var defaultValue: String?

    /// Whether this key stands for attribute `name` on elements of `domain`.
    func means(_ name: String, on domain: GraphMLVocabulary.Domain) -> Bool {
        self.name == name && (self.domain?.covers(domain) ?? false)
    }
}

/// An `<edge>` as written, checked once all nodes are known, because
/// GraphML allows edges before the nodes they connect.
struct PendingEdge {
    var id: String?
    var source: String
    var target: String
    var relation: String?
    var evidence: String?
    var line: Int

    /// How messages name the edge: its id when it has one, and its ends.
    var title: String {
        let ends = "\(GraphMLWriter.quoted(source)) -> \(GraphMLWriter.quoted(target))"
        return id.map { "edge \(GraphMLWriter.quoted($0)) (\(ends))" } ?? "edge \(ends)"
    }
}
