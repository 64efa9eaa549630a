import StanceModel

/// The state machine behind `GraphMLReader`: one method per GraphML element,
/// each consuming its element from the stream.
struct GraphMLParser {
    typealias Domain = GraphMLVocabulary.Domain

    let xml: XMLStreamReader
    /// The namespace of the root: GraphML's, or none for old files.
    private(set) var namespace = GraphMLVocabulary.namespace
    private(set) var keys: [String: DeclaredKey] = [:]
    /// Line of each node id's declaration, to report duplicates.
    private(set) var nodeLines: [String: Int] = [:]
    private(set) var actors: [Actor] = []
    private(set) var edges: [PendingEdge] = []
    private var sawGraph = false

    init(xml: XMLStreamReader) {
        self.xml = xml
    }

    /// Reads the whole document and builds the graph.
    mutating func parse() throws -> StanceGraph {
        while try xml.read() {
            switch xml.kind {
            case .documentType:
                // No line: libxml2 keeps none for the DOCTYPE node itself.
                throw FormatError(file: xml.name, message: "DOCTYPE declarations are not accepted: GraphML "
                    + "needs no DTD, and refusing them rules out entity expansion and external entities")
            case .element:
                try parseRoot()
            default:
                continue
            }
        }
        guard sawGraph else {
            throw FormatError(file: xml.name, message: "no <graph> element: not a GraphML graph")
        }
        return try buildGraph()
    }

    private mutating func parseRoot() throws {
        let local = xml.localName, uri = xml.namespaceURI
        guard local == "graphml", uri == GraphMLVocabulary.namespace || uri.isEmpty else {
            let found = uri.isEmpty ? "<\(local)>" : "<\(local)> in namespace \(uri)"
            throw xml.error("root element is \(found), not <graphml> in namespace \(GraphMLVocabulary.namespace)")
        }
        namespace = uri
        try xml.children {
            if xml.isElement("key", in: namespace) {
                try parseKey()
            } else if xml.isElement("graph", in: namespace) {
                guard !sawGraph else {
                    throw xml.error("a second <graph>: only one graph per file is supported")
                }
                sawGraph = true
                try parseGraph()
            } else {
                try xml.skipElement()
            }
        }
    }

    /// `for` defaults to `all` as in the GraphML specification; a value this
    /// reader does not know (`port`, `graphml`) makes a key that applies to
    /// nothing here.
    private mutating func parseKey() throws {
        guard let id = xml.attribute("id") else { throw xml.error("<key> without an id attribute") }
        var key = DeclaredKey(domain: Domain(rawValue: xml.attribute("for") ?? "all"),
                              name: xml.attribute("attr.name"))
        let ns = namespace
        try xml.children {
            if xml.isElement("default", in: ns) {
                key.defaultValue = try xml.elementText()
            } else {
                try xml.skipElement()
            }
        }
        keys[id] = key
    }

    private mutating func parseGraph() throws {
        try xml.children {
            if xml.isElement("node", in: namespace) {
                try parseNode()
            } else if xml.isElement("edge", in: namespace) {
                try parseEdge()
            } else {
                try xml.skipElement()
            }
        }
    }

    private mutating func parseNode() throws {
        guard let id = xml.attribute("id") else { throw xml.error("<node> without an id attribute") }
        let line = xml.line
        if let first = nodeLines[id] {
            throw xml.error("duplicate node id \(GraphMLWriter.quoted(id)) (first declared on line \(first))")
        }
        nodeLines[id] = line
        var label: String?, kind: String?
        try xml.children {
            if xml.isElement("graph", in: namespace) {
                throw xml.error("nested graphs are not supported (in node \(GraphMLWriter.quoted(id)))")
            }
            guard let (name, value) = try readData(on: .node) else { return }
            if name == "label" { label = value } else if name == "kind" { kind = value }
        }
        actors.append(Actor(id: id, label: label ?? defaultValue("label", on: .node) ?? id,
                            kind: kind ?? defaultValue("kind", on: .node) ?? ""))
    }

    private mutating func parseEdge() throws {
        let line = xml.line
        guard let source = xml.attribute("source") else { throw xml.error("<edge> without a source attribute") }
        guard let target = xml.attribute("target") else { throw xml.error("<edge> without a target attribute") }
        var edge = PendingEdge(id: xml.attribute("id"), source: source, target: target, line: line)
        try xml.children {
            if xml.isElement("graph", in: namespace) {
                throw xml.error("nested graphs are not supported (in \(edge.title))")
            }
            guard let (name, value) = try readData(on: .edge) else { return }
            if name == "relation" { edge.relation = value } else if name == "evidence" { edge.evidence = value }
        }
        edges.append(edge)
    }

    /// Reads a `<data>` child whose key means one of the attributes this
    /// model holds for `domain`, returning the attribute name and the text.
    /// Anything else (other elements, unknown or foreign keys) is skipped.
    private func readData(on domain: Domain) throws -> (String, String)? {
        guard xml.isElement("data", in: namespace),
              let key = xml.attribute("key").flatMap({ keys[$0] }),
              let name = key.name, key.domain?.covers(domain) == true,
              Self.attributes(of: domain).contains(name)
        else {
            try xml.skipElement()
            return nil
        }
        return (name, try xml.elementText())
    }

    /// The attributes read on each kind of element; `weight`, `articles`
    /// and the edge `label` are derived, so never read.
    static func attributes(of domain: Domain) -> Set<String> {
        switch domain {
        case .node: nodeAttributes
        case .edge: edgeAttributes
        case .graph, .all: []
        }
    }

    private static let nodeAttributes: Set<String> = ["label", "kind"]
    private static let edgeAttributes: Set<String> = ["relation", "evidence"]

    /// The `<default>` of the key for attribute `name` on `domain`, if any.
    func defaultValue(_ name: String, on domain: Domain) -> String? {
        keys.values.first { $0.means(name, on: domain) && $0.defaultValue != nil }?.defaultValue
    }
}
