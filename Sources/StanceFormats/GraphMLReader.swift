import StanceModel

/// Reads GraphML into a `StanceGraph`: files written by `GraphMLWriter`, and
/// files from networkx, igraph, yEd or Gephi that carry a `relation` on
/// their edges.
///
/// Keys are resolved by `attr.name` and `for`, never by key id, so
/// networkx's `d0, d1, ...` and yEd's ids work. Keys this model does not
/// read (yEd's graphics, Gephi's positions and colours, a user's own
/// attributes, graph-level data) are kept as `ForeignData`, so they survive
/// read -> merge -> write. Unknown elements outside `<data>` (`<desc>`)
/// are skipped. Foreign data is kept or refused, never changed: what this
/// directed, one-edge-per-relation model would change or lose on writing
/// (an undirected graph or edge, hyperedges, ports, parallel edges of one
/// relation whose data differ) is an error, as is what would make the
/// graph wrong: a DOCTYPE, XInclude, malformed XML, a root other than GraphML's
/// `<graphml>`, more than one `<graph>`, nested graphs, duplicate node ids,
/// edge endpoints naming no node, an unknown `attr.type`, a value that is
/// not of its key's type, `<data>` of an undeclared key, edges without a
/// relation or with a relation other than supports, warns or opposes,
/// unreadable evidence or evidence offsets (negative, or an end before its
/// start), and counts or dates that contradict the evidence. Identical
/// parallel edges are read as the one edge they are in this model.
///
/// `weight` and `articles` are read, not recomputed: evidence may have been
/// capped. When absent they are those of the evidence (and an edge of
/// another tool with no evidence has weight 0 unless it says otherwise).
public enum GraphMLReader {
    /// Reads the GraphML file at `path`, streaming, in constant memory apart
    /// from the graph itself.
    public static func read(path: String) throws -> StanceGraph {
        try GraphMLParser.parse(XMLEventParser(path: path))
    }

    /// Reads GraphML held in memory; `name` stands for the file in errors.
    public static func read(bytes: [UInt8], name: String) throws -> StanceGraph {
        try GraphMLParser.parse(XMLEventParser(bytes: bytes, name: name))
    }
}

/// What the parser keeps of one `<key>` this model reads: enough to
/// resolve `<data>` by attribute name, plus its `<default>`.
struct DeclaredKey {
    var domain: GraphMLVocabulary.Domain?
    var name: String?
    var type: String?
    var defaultValue: String?

    /// Whether this key stands for attribute `name` on elements of `domain`.
    func means(_ name: String, on domain: GraphMLVocabulary.Domain) -> Bool {
        self.name == name && (self.domain?.covers(domain) ?? false)
    }

    /// Whether the model reads this key on nodes or edges; other keys are
    /// another tool's and kept as foreign data.
    var isModelAttribute: Bool {
        guard let name, let domain else { return false }
        guard let attribute = ModelAttribute(rawValue: name) else { return false }
        return (domain.covers(.node) && ModelAttribute.node.contains(attribute))
            || (domain.covers(.edge) && ModelAttribute.edge.contains(attribute))
    }
}

/// An `<edge>` as written, checked once all nodes are known, because
/// GraphML allows edges before the nodes they connect.
struct PendingEdge {
    var id: String?
    var source: String
    var target: String
    /// Text of the model's attributes (`relation`, `weight`, ...), the
    /// evidence apart.
    var values = EdgeValues()
    /// The evidence JSON as read (UTF-8), decoded where the edge is made.
    var evidence: [UInt8]?
    var foreign: [ForeignKey: String] = [:]
    var line: Int

    init(id: String?, source: String, target: String, line: Int) {
        self.id = id
        self.source = source
        self.target = target
        self.line = line
    }

    /// How messages name the edge: its id when it has one, and its ends.
    var title: String {
        let ends = "\(GraphMLWriter.quoted(source)) -> \(GraphMLWriter.quoted(target))"
        return id.map { "edge \(GraphMLWriter.quoted($0)) (\(ends))" } ?? "edge \(ends)"
    }
}

/// The attributes this model reads, as `attr.name` spells them.
enum ModelAttribute: String {
    case label, kind, id
    case relation, evidence, weight, articles
    case firstSeen = "first_seen", lastSeen = "last_seen"
    case days
    case stories, sources
    case storiesSketch = "stories_sketch"

    /// The attributes read on nodes.
    static let node: [ModelAttribute] = [.label, .kind, .id]
    /// The attributes read on edges; the edge `label` is the relation
    /// again, so it is declared but never read.
    static let edge: [ModelAttribute] = [.relation, .evidence, .weight, .articles, .firstSeen, .lastSeen, .days,
                                         .stories, .sources, .storiesSketch, .label]
}

/// The model's attributes of one edge as read, in fixed fields rather than
/// a dictionary: a large graph has a million of them.
struct EdgeValues {
    var relation, evidence, weight, articles, firstSeen, lastSeen, days: String?
    var stories, sources, storiesSketch: String?

    subscript(attribute: ModelAttribute) -> String? {
        get {
            switch attribute {
            case .relation: relation
            case .evidence: evidence
            case .weight: weight
            case .articles: articles
            case .firstSeen: firstSeen
            case .lastSeen: lastSeen
            case .days: days
            case .stories: stories
            case .sources: sources
            case .storiesSketch: storiesSketch
            case .label, .kind, .id: nil
            }
        }
        set {
            switch attribute {
            case .relation: relation = newValue
            case .evidence: evidence = newValue
            case .weight: weight = newValue
            case .articles: articles = newValue
            case .firstSeen: firstSeen = newValue
            case .lastSeen: lastSeen = newValue
            case .days: days = newValue
            case .stories: stories = newValue
            case .sources: sources = newValue
            case .storiesSketch: storiesSketch = newValue
            case .label, .kind, .id: break
            }
        }
    }

    var isEmpty: Bool {
        relation == nil && evidence == nil && weight == nil && articles == nil && firstSeen == nil && lastSeen == nil
            && days == nil && stories == nil && sources == nil && storiesSketch == nil
    }

    /// These values, each missing one taken from `defaults`.
    func withDefaults(_ defaults: EdgeValues) -> EdgeValues {
        EdgeValues(relation: relation ?? defaults.relation, evidence: evidence ?? defaults.evidence,
                   weight: weight ?? defaults.weight, articles: articles ?? defaults.articles,
                   firstSeen: firstSeen ?? defaults.firstSeen, lastSeen: lastSeen ?? defaults.lastSeen,
                   days: days ?? defaults.days, stories: stories ?? defaults.stories,
                   sources: sources ?? defaults.sources, storiesSketch: storiesSketch ?? defaults.storiesSketch)
    }
}
