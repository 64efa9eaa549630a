import StanceModel

/// The state machine behind `GraphMLReader`: one method per GraphML element,
/// each consuming its element from the stream.
struct GraphMLParser {
    typealias Domain = GraphMLVocabulary.Domain

    let xml: XMLStreamReader
    /// The namespace of the root: GraphML's, or none for old files.
    private(set) var namespace = GraphMLVocabulary.namespace
    /// Keys this model reads (`label`, `relation`, `weight`, ...), by id.
    private(set) var keys: [String: DeclaredKey] = [:]
    /// Keys of other tools, by id, kept as `ForeignData`.
    private(set) var foreignKeys: [String: ForeignKey] = [:]
    /// Line of each node id's declaration, to report duplicates.
    private(set) var nodeLines: [String: Int] = [:]
    /// The actor id of each node id, where they differ: igraph writes
    /// nodes as `n0, n1, ...` and keeps the original ids in an `id`
    /// attribute, which names the actor.
    private(set) var actorIDs: [String: String] = [:]
    /// Node id of each actor id given by an `id` attribute, to report two
    /// nodes that name one actor.
    private var actorNodes: [String: String] = [:]
    private(set) var actors: [Actor] = []
    private(set) var edges: [PendingEdge] = []
    var foreign = ForeignData()
    private var sawGraph = false

    init(xml: XMLStreamReader) {
        self.xml = xml
    }

    /// Reads the whole document and builds the graph.
    mutating func parse() throws -> StanceGraph {
        while try xml.read() {
            switch xml.kind {
            case .documentType:
                throw xml.error("DOCTYPE declarations are not accepted: GraphML needs no DTD, and refusing "
                    + "them rules out entity expansion and external entities")
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
        for (name, value) in xml.allAttributes() where name.hasPrefix("xmlns:") {
            let prefix = String(name.dropFirst("xmlns:".count))
            if prefix != "xsi" && value != GraphMLVocabulary.namespace { foreign.namespaces[prefix] = value }
        }
        try xml.children {
            if xml.isElement("key", in: namespace) {
                try parseKey()
            } else if xml.isElement("graph", in: namespace) {
                guard !sawGraph else {
                    throw xml.error("a second <graph>: only one graph per file is supported")
                }
                sawGraph = true
                try parseGraph()
            } else if xml.isElement("data", in: namespace) {
                if case .foreign(let key, let value) = try readForeignData() { foreign.document[key] = value }
            } else {
                try rejectInclusion()
                try xml.skipElement()
            }
        }
    }

    /// XInclude would make a reader fetch other files or URLs; this reader
    /// never does, and says so rather than silently dropping the element.
    private func rejectInclusion() throws {
        if xml.namespaceURI.hasPrefix("http://www.w3.org/2001/XInclude")
            || xml.namespaceURI.hasPrefix("http://www.w3.org/2003/XInclude") {
            throw xml.error("XInclude <\(xml.localName)> is not accepted: GraphML is read from this file only")
        }
    }

    /// `for` defaults to `all` as in the GraphML specification. A key whose
    /// name and domain this model reads becomes a `DeclaredKey`; any other
    /// becomes a `ForeignKey` whose data is kept.
    private mutating func parseKey() throws {
        guard let id = xml.attribute("id") else { throw xml.error("<key> without an id attribute") }
        let attributes = xml.allAttributes()
        if let type = xml.attribute("attr.type"), !GraphMLVocabulary.types.contains(type) {
            let allowed = GraphMLVocabulary.types.sorted().joined(separator: ", ")
            throw xml.error("key \(GraphMLWriter.quoted(id)) has attr.type \(GraphMLWriter.quoted(type)) "
                + "(expected one of \(allowed))")
        }
        let forValue = xml.attribute("for")
        var key = DeclaredKey(domain: Domain(rawValue: forValue ?? "all"), name: xml.attribute("attr.name"),
                              type: xml.attribute("attr.type"))
        var defaultMarkup: String?
        let ns = namespace
        try xml.children {
            if xml.isElement("default", in: ns) {
                let content = try xml.innerXMLAndText()
                key.defaultValue = content.text
                defaultMarkup = content.markup
            } else {
                try xml.skipElement()
            }
        }
        if key.isModelAttribute {
            keys[id] = key
        } else {
            let others = attributes.filter { $0.name != "id" && $0.name != "for" && !$0.name.hasPrefix("xmlns") }
            let foreignKey = ForeignKey(domain: forValue ?? "", attributes: others.map {
                ForeignKey.Attribute(name: $0.name, value: $0.value)
            }, defaultValue: defaultMarkup)
            foreignKeys[id] = foreignKey
            foreign.keyIDs[foreignKey] = foreign.keyIDs[foreignKey].map { min($0, id) } ?? id
        }
    }

    private mutating func parseGraph() throws {
        try xml.children {
            if xml.isElement("node", in: namespace) {
                try parseNode()
            } else if xml.isElement("edge", in: namespace) {
                try parseEdge()
            } else if xml.isElement("data", in: namespace) {
                if case .foreign(let key, let value) = try readForeignData() { foreign.graph[key] = value }
            } else {
                try rejectInclusion()
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
        var label: String?, kind: String?, actorID: String?
        var others: [ForeignKey: String] = [:]
        try xml.children {
            if xml.isElement("graph", in: namespace) {
                throw xml.error("nested graphs are not supported (in node \(GraphMLWriter.quoted(id)))")
            }
            switch try readData(on: .node, owner: "node \(GraphMLWriter.quoted(id))") {
            case .model("label", let value): label = value
            case .model("kind", let value): kind = value
            case .model("id", let value): actorID = value.trimmingWhitespace()
            case .foreign(let key, let value): others[key] = value
            default: break
            }
        }
        if let actorID, actorID != id {
            guard !actorID.isEmpty else { throw FormatError(file: xml.name, line: line, message: "node \(GraphMLWriter.quoted(id)) has an empty id attribute") }
            actorIDs[id] = actorID
        }
        let actor = actorID.flatMap { $0.isEmpty ? nil : $0 } ?? id
        if let other = actorNodes[actor] {
            throw FormatError(file: xml.name, line: line, message: "nodes \(GraphMLWriter.quoted(other)) and "
                + "\(GraphMLWriter.quoted(id)) both stand for actor \(GraphMLWriter.quoted(actor))")
        }
        actorNodes[actor] = id
        if !others.isEmpty { foreign.nodes[actor] = others }
        actors.append(Actor(id: actor, label: label ?? defaultValue("label", on: .node) ?? actor,
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
            switch try readData(on: .edge, owner: edge.title) {
            case .model(let name, let value): edge.values[name] = value
            case .foreign(let key, let value): edge.foreign[key] = value
            case .skipped: break
            }
        }
        edges.append(edge)
    }

    /// What one `<data>` held.
    enum DataValue {
        /// An attribute this model reads, with its text.
        case model(String, String)
        /// Another tool's key, with the content as markup.
        case foreign(ForeignKey, String)
        case skipped
    }

    /// Reads a child of a node or edge: the text of a key this model reads,
    /// the markup of another tool's key, or nothing (other elements, keys
    /// for another domain). Data of an undeclared key is an error.
    private func readData(on domain: Domain, owner: @autoclosure () -> String) throws -> DataValue {
        guard xml.isElement("data", in: namespace) else {
            try rejectInclusion()
            try xml.skipElement()
            return .skipped
        }
        guard let id = xml.attribute("key") else { throw xml.error("<data> without a key attribute in \(owner())") }
        if let key = keys[id] {
            guard let name = key.name, key.domain?.covers(domain) == true,
                  Self.attributes(of: domain).contains(name) else {
                try xml.skipElement()
                return .skipped
            }
            return .model(name, try xml.elementText())
        }
        return try readForeignData(owner: owner())
    }

    /// Reads a `<data>` of a foreign key as markup, after checking a plain
    /// value against the key's `attr.type`.
    private func readForeignData(owner: @autoclosure () -> String = "the graph") throws -> DataValue {
        guard let id = xml.attribute("key") else { throw xml.error("<data> without a key attribute in \(owner())") }
        guard let key = foreignKeys[id] else {
            if keys[id] != nil { try xml.skipElement(); return .skipped }
            throw xml.error("<data> in \(owner()) refers to key \(GraphMLWriter.quoted(id)), which no <key> declares")
        }
        let line = xml.line
        let content = try xml.innerXMLAndText()
        if !content.hasElements, let type = key.attribute("attr.type"),
           !GraphMLVocabulary.accepts(content.text, as: type) {
            throw FormatError(file: xml.name, line: line, message: "\(owner()): value "
                + "\(GraphMLWriter.quoted(String(content.text.prefix(40)))) of key \(GraphMLWriter.quoted(id)) "
                + "is not a valid \(type)")
        }
        return .foreign(key, content.markup)
    }

    /// The attributes read on each kind of element; the edge `label` is the
    /// relation again, so it is never read.
    static func attributes(of domain: Domain) -> Set<String> {
        switch domain {
        case .node: nodeAttributes
        case .edge: edgeAttributes
        case .graph, .all: []
        }
    }

    static let nodeAttributes: Set<String> = ["label", "kind", "id"]
    static let edgeAttributes: Set<String> = ["relation", "evidence", "weight", "articles",
                                              "first_seen", "last_seen", "label"]

    /// The `<default>` of the key for attribute `name` on `domain`, if any.
    func defaultValue(_ name: String, on domain: Domain) -> String? {
        keys.values.filter { $0.means(name, on: domain) && $0.defaultValue != nil }
            .compactMap(\.defaultValue).min()
    }
}
